package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.bench.LauncherJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./newsrel} wrapper, run with stand-ins for mvn and java: when it builds the jar,
 * Maven's messages reach stderr without colour codes (Maven prints them even in batch mode); it writes
 * its class archive once per build and gives it to every JVM it starts.
 */
class WrapperScriptTest {

    @TempDir
    Path dir;

    private Path executable(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** A checkout with the wrapper, a pom and sources, and a stand-in for java that echoes its command. */
    private Path checkout(String java) throws IOException {
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
        executable(bin.resolve("java"), java);
        return root;
    }

    /** Runs the wrapper with {@code --version}; returns {stdout, stderr}. */
    private String[] run(Path root) throws IOException, InterruptedException {
        ProcessBuilder wrapper = new ProcessBuilder("bash", root.resolve("newsrel").toString(), "--version");
        wrapper.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        Path err = dir.resolve("stderr");
        wrapper.redirectError(err.toFile());
        Process process = wrapper.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        return new String[] {out, Files.readString(err)};
    }

    @Test
    void buildingTheJarLeaksNoColourCodes() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash runs the wrapper");
        // a java that writes no class archive: the wrapper says so once and runs without one
        Path root = checkout("#!/bin/bash\necho \"java $*\"\n");
        String[] run = run(root);

        String stderr = run[1];
        assertTrue(stderr.contains("[WARNING] some warning"), stderr);
        assertFalse(stderr.contains("\u001b"), "colour codes on stderr: " + stderr.replace("\u001b", "ESC"));
        assertTrue(stderr.contains("could not write target/newsrel.jsa"), stderr);
        // the wrapper gives the JVM 3 GB unless NEWSREL_JAVA_OPTS sets a heap of its own, and its JIT and GC options
        assertEquals("java -Xmx3g " + String.join(" ", LauncherJvm.OPTIONS) + " -jar " + root.resolve("target/newsrel.jar")
                + " --version\n", run[0]);
        assertFalse(run(root)[1].contains("newsrel.jsa"), "a failed archive is not tried again until the next build");
    }

    @Test
    void theClassArchiveIsWrittenOncePerBuildAndUsedByEveryRun() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash runs the wrapper");
        // a java that writes the archive it is asked for, and counts how often it was asked
        Path root = checkout("""
                #!/bin/bash
                for a in "$@"; do
                  case "$a" in -XX:ArchiveClassesAtExit=*) echo classes > "${a#*=}"; echo x >> "$(dirname "$0")/writes" ;; esac
                done
                echo "java $*"
                """);
        Path archive = root.resolve("target/newsrel.jsa");
        String expected = "java -Xmx3g " + String.join(" ", LauncherJvm.OPTIONS) + " "
                + String.join(" ", LauncherJvm.classArchiveOptions(archive.toString()))
                + " -jar " + root.resolve("target/newsrel.jar") + " --version\n";

        String[] first = run(root);
        assertTrue(first[1].contains("writing target/newsrel.jsa"), first[1]);
        assertEquals(expected, first[0]);
        String[] second = run(root);
        assertFalse(second[1].contains("writing"), second[1]);
        assertEquals(expected, second[0]);
        assertEquals(1, Files.readAllLines(dir.resolve("bin/writes")).size());

        // a new build makes the archive stale: it is written again
        Path jar = root.resolve("target/newsrel.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 10_000));
        assertTrue(run(root)[1].contains("writing target/newsrel.jsa"));
        assertEquals(2, Files.readAllLines(dir.resolve("bin/writes")).size());
    }
}
