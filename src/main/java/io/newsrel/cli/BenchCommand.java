package io.newsrel.cli;

import io.newsrel.bench.BenchReport;
import io.newsrel.bench.BenchRunner;
import io.newsrel.bench.BenchWorker;
import io.newsrel.bench.LauncherJvm;
import io.newsrel.bench.WorkerHeap;
import io.newsrel.output.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measures the speed of newsrel against raw CoreNLP.",
        description = {"Runs raw CoreNLP (" + BenchWorker.CORENLP_ANNOTATORS + ", default properties)",
                "and the full newsrel pipeline on the same documents, with 1 and 2 threads,",
                "the warm-up excluded: tokens/s, docs/s, load time, peak heap and peak RSS.",
                "Prints Markdown tables with the ratio newsrel / CoreNLP. Every measurement",
                "runs in a fresh JVM; the tables give the median of the runs.", ""})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", arity = "0..*",
            description = {"Corpora, each a file or folder newsrel reads; default:", "../shared/data/reuters21578",
                    "../shared/data/defnews-dev.jsonl"})
    List<Path> corpora = new ArrayList<>(List.of(Path.of("../shared/data/reuters21578"),
            Path.of("../shared/data/defnews-dev.jsonl")));

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "First N documents of each corpus (default: ${DEFAULT-VALUE}).")
    int limit = 1000;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", split = ",",
            description = "Thread counts to measure (default: 1,2).")
    List<Integer> threads = new ArrayList<>(List.of(1, 2));

    @Option(names = "--runs", paramLabel = "N", description = "Runs of each measurement (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--warmup", paramLabel = "N",
            description = "First documents of each corpus processed before timing starts (default: ${DEFAULT-VALUE}).")
    int warmup = 50;

    @Option(names = "--steady",
            description = "After the warm-up documents, go on warming up until the JIT compiler is nearly idle "
                    + "(compiling at most 3%% of the time): measures the steady state of a long batch job.")
    boolean steady;

    @Option(names = "--xmx", paramLabel = "SIZE",
            description = {"Heap limit of the measured JVMs (default: ${DEFAULT-VALUE}: what the newsrel",
                    "launcher gives extract, " + WorkerHeap.ONE_WORKER + " for one thread, " + WorkerHeap.MORE_WORKERS
                            + " for more)."})
    String xmx = WorkerHeap.LAUNCHER;

    @Option(names = "--jvm-arg", paramLabel = "OPTION",
            description = {"Another option for the measured JVMs (repeatable),", "for example -XX:+UseParallelGC"})
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--systems", paramLabel = "SYSTEM", split = ",",
            description = "Systems to measure: corenlp, newsrel (default: both).")
    List<BenchWorker.System> systems = new ArrayList<>(List.of(BenchWorker.System.CORENLP, BenchWorker.System.NEWSREL));

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "newsrel configuration merged over the defaults.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "One newsrel setting (repeatable).")
    List<String> settings = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE", description = "Also write every measurement and the medians as JSON.")
    Path report;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Specs, results and logs of the measured JVMs (default: ${DEFAULT-VALUE}).")
    Path workDir = Path.of("target", "bench");

    @Option(names = "--worker", hidden = true, description = "Internal: measure the spec in this file.")
    Path workerSpec;

    @Option(names = "--worker-result", hidden = true, description = "Internal: where the worker writes its result.")
    Path workerResult;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (workerSpec != null) {
            BenchRunner.work(workerSpec, workerResult);
            return NewsrelCli.OK;
        }
        for (Path corpus : corpora) {
            if (!Files.exists(corpus)) {
                throw new UsageException("corpus not found: " + corpus, null);
            }
        }
        for (String setting : settings) {
            if (setting.indexOf('=') < 1) {
                throw new UsageException("--set needs KEY=VALUE, got '" + setting + "'", null);
            }
        }
        if (threads.stream().anyMatch(t -> t < 1) || runs < 1 || limit < 1 || warmup < 0) {
            throw new UsageException("threads, runs and limit must be positive, warmup not negative", null);
        }
        PrintWriter err = spec.commandLine().getErr();
        BenchRunner.Plan plan = new BenchRunner.Plan(systems, threads, runs, xmx, jvmOptions, workDir);
        BenchWorker.Spec template = new BenchWorker.Spec(BenchWorker.System.NEWSREL, 1,
                corpora.stream().map(Path::toString).toList(), limit, warmup, steady,
                config == null ? null : config.toString(), settings);
        List<BenchWorker.Result> results = new BenchRunner(plan, line -> {
            err.println("newsrel bench: " + line);
            err.flush();
        }).run(template);
        BenchReport medians = BenchReport.of(results);
        PrintWriter out = spec.commandLine().getOut();
        out.println("newsrel bench: " + runs + " run(s), " + warmup + " warm-up documents excluded"
                + (steady ? " and warm-up until the JIT compiler is nearly idle" : "") + ", "
                + String.join(" ", jvmArgs(plan)) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        out.print(medians.markdown());
        out.flush();
        if (report != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("plan", plan);
            json.put("medians", medians.rows());
            json.put("measurements", results);
            Path parent = report.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(report, Json.pretty(json) + "\n");
        }
        return NewsrelCli.OK;
    }

    /** The worker JVMs' options, the heap written per thread count when it depends on it. */
    private static List<String> jvmArgs(BenchRunner.Plan plan) {
        List<String> args = new ArrayList<>();
        for (int threads : plan.threads()) {
            args.add(plan.jvmArgs(threads).get(0) + " (" + threads + " thread" + (threads == 1 ? "" : "s") + ")");
        }
        args.addAll(plan.jvmArgs());
        if (plan.systems().contains(BenchWorker.System.NEWSREL)) {
            boolean archived = !LauncherJvm.classArchive(System.getProperty("java.class.path")).isEmpty();
            args.add("(newsrel also " + String.join(" ", LauncherJvm.OPTIONS)
                    + (archived ? " and the class archive target/" + LauncherJvm.CLASS_ARCHIVE : "") + ", as its launcher)");
        }
        if (plan.systems().contains(BenchWorker.System.CORENLP) && WorkerHeap.LAUNCHER.equals(plan.xmx())) {
            args.add("(CoreNLP -Xmx" + WorkerHeap.CORENLP + " at every thread count, as its documentation)");
        }
        return args;
    }
}
