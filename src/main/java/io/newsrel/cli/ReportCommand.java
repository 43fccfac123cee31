package io.newsrel.cli;

import io.newsrel.output.DocumentsFile;
import io.newsrel.review.ReportWriter;
import io.newsrel.sipri.RegisterComparison;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsrel report}: the static review page of an extract run. */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Writes a static page to review an extract run's relations.",
        description = {"DIR/report/index.html: filters, sorting, each relation's evidence with its",
                "arguments highlighted, a view per document and a summary. Open it in a",
                "browser; it needs no server and no network.", ""})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Output folder of newsrel extract (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = {"-o", "--report-dir"}, paramLabel = "DIR", description = "Where to write the page (default: DIR/report).")
    Path reportDir;

    @Option(names = {"-q", "--quiet"}, description = "No messages on stderr except unreadable lines.")
    boolean quiet;

    @Override
    public Integer call() {
        return write(output, reportDir == null ? output.resolve("report") : reportDir, quiet);
    }

    /** Writes the report of {@code output} into {@code reportDir}; shared with {@code extract --report}. */
    static int write(Path output, Path reportDir, boolean quiet) {
        PrintStream err = System.err;
        AtomicInteger skipped = new AtomicInteger();
        ReportWriter.Written written;
        try (DocumentsFile.Reader docs = DocumentsFile.openFolder(output, (where, reason) -> {
            skipped.incrementAndGet();
            err.println("newsrel: skipped " + where + ": " + reason);
        })) {
            written = new ReportWriter().write(docs, reportDir, output.toString(), skipped::get,
                    RegisterComparison.inRegisterByKey(output.resolve(RegisterComparison.FILE)));
        } catch (DocumentsFile.NoDocumentsException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new RuntimeException("I/O error: " + e, e);
        }
        if (!quiet) {
            err.printf("newsrel: wrote %s (%d documents, %d relations)%n", written.index(), written.documents(),
                    written.relations());
        }
        return skipped.get() > 0 ? NewsrelCli.RECORDS_FAILED : NewsrelCli.OK;
    }
}
