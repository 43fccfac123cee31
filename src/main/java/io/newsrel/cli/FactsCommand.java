package io.newsrel.cli;

import io.newsrel.batch.ExtractJob;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.sipri.GoldWindows;
import io.newsrel.sipri.RegisterCheck;
import io.newsrel.sipri.RegisterComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsrel facts}: tools for the facts of an extract run. */
@Command(name = "facts", mixinStandardHelpOptions = true, header = "Tools for the facts of an extract run.",
        subcommands = {FactsCommand.CompareSipri.class})
final class FactsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand (try: compare-sipri)");
    }

    /** {@code newsrel facts compare-sipri REGISTER FACTS}. */
    @Command(name = "compare-sipri", mixinStandardHelpOptions = true,
            header = "Finds each extracted arms transfer in the SIPRI trade register, or says why not.",
            description = {"Looks each ARMS_TRANSFER fact up in a SIPRI trade register (CSV export): the orders with its",
                    "recipient, supplier, a designation its system names, and a year in the window (README). Writes one",
                    "line per fact (its matching orders, or why it is not in the register) and prints the totals.",
                    "With --gold, measures year windows on a defnews gold file instead."})
    static final class CompareSipri implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "REGISTER", description = "SIPRI trade register export (CSV).")
        Path register;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FACTS", description = "facts.jsonl of an extract run.")
        Path facts;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Where to write the lines (default: " + RegisterComparison.FILE + " beside FACTS).")
        Path output;

        @Option(names = "--gold", paramLabel = "FILE",
                description = "Measure year windows on the gold transfers of a defnews file (SPEC-gold.md) instead.")
        Path gold;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(register)) {
                throw new UsageException("register not found: " + register, null);
            }
            if ((facts == null) == (gold == null)) {
                throw new UsageException("give FACTS or --gold FILE", null);
            }
            Path input = facts != null ? facts : gold;
            if (!Files.isRegularFile(input)) {
                throw new UsageException("not found: " + input, null);
            }
            PrintWriter err = spec.commandLine().getErr();
            AtomicInteger skippedRows = new AtomicInteger();
            RegisterComparison comparison = RegisterComparison.load(register, RegisterCheck.Window.CHOSEN,
                    (where, why) -> skippedRows.incrementAndGet());
            if (skippedRows.get() > 0) {
                err.printf("newsrel: %d register rows left out (too few columns: comments wrapped over lines)%n",
                        skippedRows.get());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (gold != null) {
                printWindows(out, GoldWindows.measure(DefnewsGold.read(gold), comparison, GoldWindows.candidates()));
                return NewsrelCli.OK;
            }
            Path target = output != null ? output : facts.toAbsolutePath().resolveSibling(RegisterComparison.FILE);
            int[] bad = {0};
            RegisterComparison.Totals totals = comparison.compare(facts, target, (where, why) -> {
                bad[0]++;
                err.println("newsrel: skipped " + where + ": " + why);
            });
            print(out, totals, target);
            return bad[0] > 0 ? NewsrelCli.RECORDS_FAILED : NewsrelCli.OK;
        }
    }

    /** Runs the comparison into an extract output folder, for {@code extract --sipri}. */
    static RegisterComparison.Totals compareInto(Path register, Path outputDir, PrintWriter out, PrintWriter err)
            throws IOException {
        RegisterComparison comparison = RegisterComparison.load(register, RegisterCheck.Window.CHOSEN, (w, why) -> { });
        Path target = outputDir.resolve(RegisterComparison.FILE);
        RegisterComparison.Totals totals = comparison.compare(outputDir.resolve(ExtractJob.FACTS), target,
                (where, why) -> err.println("newsrel: skipped " + where + ": " + why));
        print(out, totals, target);
        return totals;
    }

    static void print(PrintWriter out, RegisterComparison.Totals t, Path written) {
        out.printf("SIPRI register: %d orders (%d with a recipient or supplier that is no present-day state), "
                + "orders up to %d%n", t.orders(), t.unlinkedOrders(), t.lastOrderYear());
        out.printf("ARMS_TRANSFER facts: %d, in the register: %d (%s), not in the register: %d%n", t.facts(),
                t.inRegister(), percent(t.inRegister(), t.facts()), t.notInRegister());
        for (Map.Entry<String, Integer> miss : t.misses().entrySet()) {
            out.printf("  %-40s %d%n", miss.getKey(), miss.getValue());
        }
        out.printf("  of them with every year after %d: %d%n", t.lastOrderYear(), t.afterRegister());
        out.printf("facts naming no system (matched on countries and years): %d%n", t.withoutSystem());
        out.printf("wrote %s%n", written);
        out.flush();
    }

    private static void printWindows(PrintWriter out, java.util.List<GoldWindows.Row> rows) {
        out.printf("| year window | gold transfers with their system in the register | matched | share | matched by several orders |%n");
        out.printf("|---|---|---|---|---|%n");
        for (GoldWindows.Row row : rows) {
            out.printf("| %s | %d | %d | %s | %d |%n", row.window(), row.comparable(), row.matched(),
                    percent(row.matched(), row.comparable()), row.ambiguous());
        }
        out.flush();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }
}
