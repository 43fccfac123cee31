package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsrel completion} prints a bash script that completes commands and options. */
class CompletionTest {

    @TempDir
    Path dir;

    /** The words bash offers after the script is sourced and TAB is pressed at the end of {@code line}. */
    private List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        String line = String.join(" ", words);
        String driver = "source '" + script + "'\n"
                + "COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=" + line.length() + "\n"
                + "_complete_newsrel newsrel\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        // stderr apart: outside a real TAB press bash complains about compopt, which changes nothing here
        Process bash = new ProcessBuilder("bash", "-c", driver).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), out);
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
    }

    @Test
    void theScriptCompletesCommandsAndOptions() throws IOException, InterruptedException {
        Cli.Run run = Cli.run("completion");
        assertEquals(NewsrelCli.OK, run.code(), run.err());
        assertTrue(run.out().contains("complete -F _complete_newsrel"), run.out());
        Path script = Files.writeString(dir.resolve("newsrel-completion.bash"), run.out());
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "bash is needed to run the script");

        assertEquals(List.of("eval", "export", "extract"), complete(script, "newsrel", "e"));
        assertEquals(List.of("--set", "--shard-size", "--sipri"), complete(script, "newsrel", "extract", "--s"));
        assertEquals(List.of("brat", "labelstudio"), complete(script, "newsrel", "export", "--format", ""));
    }
}
