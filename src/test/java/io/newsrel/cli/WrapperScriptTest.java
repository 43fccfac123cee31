package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.bench.LauncherJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./newsrel} wrapper, run with stand-ins for mvn and java: when it builds the jar,
 * Maven's messages reach stderr without colour codes (Maven prints them even in batch mode).
 */
class WrapperScriptTest {

    @TempDir
    Path dir;

    private Path executable(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void buildingTheJarLeaksNoColourCodes() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash runs the wrapper");
        Path root = Files.createDirectories(dir.resolve("repo"));
        Files.copy(Path.of("newsrel"), root.resolve("newsrel"));
        Files.createDirectories(root.resolve("src/main"));
        Files.createDirectories(root.resolve("models"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // a Maven as Debian's 3.8 behaves with -B -q: reset codes on stdout and stderr, a coloured warning
        executable(bin.resolve("mvn"), """
                #!/bin/bash
                printf '\\033[0m\\033[0m'
                printf '\\033[1;33m[WARNING]\\033[m some warning\\n\\033[0m' >&2
                mkdir -p target && echo jar > target/newsrel.jar
                """);
        executable(bin.resolve("java"), "#!/bin/bash\necho \"java $*\"\n");

        ProcessBuilder wrapper = new ProcessBuilder("bash", root.resolve("newsrel").toString(), "--version");
        wrapper.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Path err = dir.resolve("stderr");
        wrapper.redirectError(err.toFile());
        Process process = wrapper.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());

        String stderr = Files.readString(err);
        assertTrue(stderr.contains("[WARNING] some warning"), stderr);
        assertFalse(stderr.contains("\u001b"), "colour codes on stderr: " + stderr.replace("\u001b", "ESC"));
        // the wrapper gives the JVM 3 GB unless NEWSREL_JAVA_OPTS sets a heap of its own, and its JIT and GC options
        assertEquals("java -Xmx3g " + String.join(" ", LauncherJvm.OPTIONS) + " -jar " + root.resolve("target/newsrel.jar")
                + " --version\n", out);
    }
}
