package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.TestPipeline;
import io.newsrel.config.PipelineConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line in the test JVM with stdout and stderr captured. A command whose
 * configuration is the default one gets the tests' shared pipeline instead of loading CoreNLP again
 * (the loading path, stderr held back included, is the command's own).
 */
final class Cli {

    record Run(int code, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        PipelineLoading.build = Cli::sharedWhenDefault;
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = NewsrelCli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private static Pipeline sharedWhenDefault(Pipeline.Builder builder) {
        Pipeline shared = TestPipeline.get();
        PipelineConfig wanted = builder.config();
        return wanted.equals(shared.config()) ? shared : builder.build();
    }
}
