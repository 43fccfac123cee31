package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.config.ConfigException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How the commands build their pipeline. CoreNLP prints a stack trace of its own on stderr when
 * a model named in the configuration cannot be opened, before it throws; that trace says nothing
 * the one-line error does not, so stderr is held while the models load: passed on whole when the
 * pipeline loads, and without stack traces when it fails.
 */
final class PipelineLoading {

    /** Builds the pipeline; tests replace it to share one loaded pipeline among many commands. */
    static volatile Function<Pipeline.Builder, Pipeline> build = Pipeline.Builder::build;

    private PipelineLoading() {
    }

    /**
     * The pipeline of {@code builder}; its configuration is checked first, so that a bad setting
     * is reported before anything loads.
     *
     * @throws UsageException when the configuration or a file it names cannot be used
     */
    static Pipeline load(Pipeline.Builder builder) {
        try {
            builder.config();
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
        PrintStream err = System.err;
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        System.setErr(new PrintStream(held, true, StandardCharsets.UTF_8));
        boolean loaded = false;
        try {
            Pipeline pipeline = build.apply(builder);
            loaded = true;
            return pipeline;
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        } finally {
            System.setErr(err);
            String text = held.toString(StandardCharsets.UTF_8);
            err.print(loaded ? text : withoutStackTraces(text));
            err.flush();
        }
    }

    /** The text without Java stack traces: the exception line, its "at" lines, "Caused by" and "... N more". */
    static String withoutStackTraces(String text) {
        List<String> lines = text.lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean frame = line.startsWith("\tat ") || line.startsWith("\t... ") || line.startsWith("Caused by: ");
            boolean header = i + 1 < lines.size() && lines.get(i + 1).startsWith("\tat ");
            if (!frame && !header) {
                kept.add(line);
            }
        }
        return kept.isEmpty() ? "" : String.join(System.lineSeparator(), kept) + System.lineSeparator();
    }
}
