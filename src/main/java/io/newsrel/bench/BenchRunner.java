package io.newsrel.bench;

import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the benchmark: one fresh JVM per system, thread count and run, so that each measurement
 * has its own load time, heap and resident set. Runs are interleaved (CoreNLP then newsrel, at
 * every thread count, run after run) so that anything else the machine does weighs on both.
 */
public final class BenchRunner {

    /**
     * @param systems   the systems to compare
     * @param threads   thread counts, each measured for every system
     * @param runs      measurements of each system and thread count; the report takes the median
     * @param xmx       the worker JVMs' heap limit ("2g"), or {@link WorkerHeap#LAUNCHER} for the
     *                  launcher's heap at each thread count
     * @param jvmArgs   other options for the worker JVMs, e.g. "-XX:+UseParallelGC"
     * @param workDir   where specs, results and worker logs go
     */
    public record Plan(List<BenchWorker.System> systems, List<Integer> threads, int runs, String xmx,
                       List<String> jvmArgs, Path workDir) {
        public Plan {
            systems = List.copyOf(systems);
            threads = List.copyOf(threads);
            jvmArgs = List.copyOf(jvmArgs);
        }

        /** The options of a worker JVM running {@code threads} threads. */
        public List<String> jvmArgs(int threads) {
            List<String> args = new ArrayList<>();
            args.add("-Xmx" + WorkerHeap.resolve(xmx, threads));
            args.addAll(jvmArgs);
            return args;
        }

        /**
         * The options of a worker JVM measuring {@code system}: newsrel's are the launcher's; raw
         * CoreNLP gets the heap its own documentation runs it with ({@link WorkerHeap#CORENLP}) unless
         * {@code xmx} names one, and the JVM's defaults otherwise.
         */
        public List<String> jvmArgs(BenchWorker.System system, int threads) {
            List<String> args = new ArrayList<>(jvmArgs(threads));
            if (system == BenchWorker.System.NEWSREL) {
                args.addAll(1, LauncherJvm.OPTIONS);
            } else if (WorkerHeap.LAUNCHER.equals(xmx)) {
                args.set(0, "-Xmx" + WorkerHeap.CORENLP);
            }
            return args;
        }
    }

    private final Plan plan;
    private final Consumer<String> progress;

    public BenchRunner(Plan plan, Consumer<String> progress) {
        this.plan = plan;
        this.progress = progress;
    }

    /**
     * Measures every combination of {@code plan} on the corpora of {@code template} (whose system
     * and threads are replaced) and returns all results, in the order they ran.
     */
    public List<BenchWorker.Result> run(BenchWorker.Spec template) throws IOException, InterruptedException {
        Files.createDirectories(plan.workDir());
        List<BenchWorker.Result> results = new ArrayList<>();
        int step = 0;
        int steps = plan.runs() * plan.threads().size() * plan.systems().size();
        for (int run = 1; run <= plan.runs(); run++) {
            for (int threads : plan.threads()) {
                for (BenchWorker.System system : plan.systems()) {
                    step++;
                    progress.accept(String.format("[%d/%d] run %d: %s, %d thread%s", step, steps, run, system,
                            threads, threads == 1 ? "" : "s"));
                    BenchWorker.Spec spec = new BenchWorker.Spec(system, threads, template.inputs(), template.limit(),
                            template.warmup(), template.steady(), template.config(), template.settings());
                    results.add(measure(spec, "run" + run + "-" + system.name().toLowerCase() + "-t" + threads));
                }
            }
        }
        return results;
    }

    private BenchWorker.Result measure(BenchWorker.Spec spec, String name) throws IOException, InterruptedException {
        Path specFile = plan.workDir().resolve(name + "-spec.json");
        Path resultFile = plan.workDir().resolve(name + "-result.json");
        Path log = plan.workDir().resolve(name + ".log");
        Files.deleteIfExists(resultFile);
        Files.writeString(specFile, Json.pretty(spec));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(plan.jvmArgs(spec.system(), spec.threads()));
        String classPath = System.getProperty("java.class.path");
        if (spec.system() == BenchWorker.System.NEWSREL) {
            command.addAll(LauncherJvm.classArchive(classPath));
        }
        // The log keeps the worker's load and warm-up lines (the warm-up rounds' JIT share).
        command.add("-Dnewsrel.log=INFO");
        command.add("-cp");
        command.add(classPath);
        command.add("io.newsrel.cli.NewsrelCli");
        command.add("bench");
        command.add("--worker=" + specFile);
        command.add("--worker-result=" + resultFile);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0 || !Files.exists(resultFile)) {
            List<String> lines = Files.readAllLines(log);
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            throw new IOException("benchmark worker " + name + " failed (exit " + exit + "); end of " + log + ":\n" + tail);
        }
        return Json.MAPPER.readValue(resultFile.toFile(), BenchWorker.Result.class);
    }

    /** Runs one worker in this JVM and writes its result: the worker JVM's entry point. */
    public static void work(Path specFile, Path resultFile) throws IOException {
        BenchWorker.Result result = BenchWorker.run(BenchWorker.readSpec(specFile));
        Files.writeString(resultFile, Json.pretty(result));
    }
}
