package io.newsrel.cli;

import io.newsrel.output.DocumentsFile;
import io.newsrel.review.BratExporter;
import io.newsrel.review.LabelStudioExporter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsrel export}: an extract run's output for review in Label Studio or brat. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Exports an extract run for review in Label Studio or brat.",
        description = {"labelstudio: tasks.json (import with predictions) and labeling-config.xml.",
                "brat: NAME.txt and NAME.ann per document, and annotation.conf.",
                "Reviewed work comes back with newsrel eval --gold-labelstudio FILE",
                "or newsrel eval --gold-brat DIR.", ""})
final class ExportCommand implements Callable<Integer> {

    enum Format { LABELSTUDIO, BRAT }

    /** The formats as they are typed, for shell completion. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(Stream.of(Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "labelstudio or brat.")
    Format format;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Output folder of newsrel extract (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = {"-o", "--export-dir"}, paramLabel = "DIR", description = "Where to write (default: DIR/labelstudio or DIR/brat).")
    Path exportDir;

    @Option(names = {"-q", "--quiet"}, description = "No messages on stderr except unreadable lines.")
    boolean quiet;

    @Override
    public Integer call() {
        Path dir = exportDir != null ? exportDir : output.resolve(format.name().toLowerCase());
        PrintStream err = System.err;
        AtomicInteger skipped = new AtomicInteger();
        String written;
        try (DocumentsFile.Reader docs = DocumentsFile.openFolder(output, (where, reason) -> {
            skipped.incrementAndGet();
            err.println("newsrel: skipped " + where + ": " + reason);
        })) {
            written = switch (format) {
                case LABELSTUDIO -> {
                    LabelStudioExporter.Written w = new LabelStudioExporter().write(docs, dir);
                    yield w.documents() + " tasks, " + w.relations() + " relations, to " + dir.resolve(LabelStudioExporter.TASKS)
                            + " and " + dir.resolve(LabelStudioExporter.CONFIG);
                }
                case BRAT -> {
                    BratExporter.Written w = new BratExporter().write(docs, dir);
                    yield w.documents() + " documents, " + w.relations() + " relations, to " + dir;
                }
            };
        } catch (DocumentsFile.NoDocumentsException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new RuntimeException("I/O error: " + e, e);
        }
        if (!quiet) {
            err.println("newsrel: exported " + written);
        }
        return skipped.get() > 0 ? NewsrelCli.RECORDS_FAILED : NewsrelCli.OK;
    }
}
