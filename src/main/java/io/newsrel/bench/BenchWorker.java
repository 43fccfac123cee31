package io.newsrel.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsrel.Pipeline;
import io.newsrel.config.ConfigLoader;
import io.newsrel.config.PipelineConfig;
import io.newsrel.ingest.InputItem;
import io.newsrel.ingest.InputResolver;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.output.DocumentJson;
import io.newsrel.output.Json;
import io.newsrel.util.OrderedParallelMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One benchmark measurement, in this JVM: loads one system (raw CoreNLP or the newsrel pipeline),
 * warms it up, then times it over each corpus with a given number of threads. The JVM is fresh
 * for every measurement ({@link BenchRunner} starts one per system, thread count and run), so
 * load time, peak heap and peak RSS belong to that system alone.
 */
public final class BenchWorker {

    private static final Logger LOG = LoggerFactory.getLogger(BenchWorker.class);

    /** The systems compared. */
    public enum System {
        /** Stanford CoreNLP with {@link #CORENLP_ANNOTATORS} and its default properties: the baseline. */
        CORENLP,
        /** The full newsrel pipeline, JSON output included (written to memory, not to disk). */
        NEWSREL
    }

    /** CoreNLP's default NER pipeline, as a user who wants entities runs it. */
    public static final String CORENLP_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    /**
     * What to measure.
     *
     * @param inputs   one corpus per path (a file or folder newsrel can read), as the user wrote it
     * @param limit    documents read from each corpus (its first ones)
     * @param warmup   documents of each corpus processed before timing starts
     * @param steady   after those, go on warming up until the JIT compiler is nearly idle (see
     *                 {@link SteadyWarmup}), so that the timed pass measures a long batch job's
     *                 steady state rather than the JVM compiling the pipeline
     * @param config   newsrel configuration file, or null
     * @param settings newsrel settings "key=value"
     */
    public record Spec(System system, int threads, List<String> inputs, int limit, int warmup, boolean steady,
                       String config, List<String> settings) {
        public Spec {
            inputs = List.copyOf(inputs);
            settings = List.copyOf(settings);
            if (threads < 1 || limit < 1 || warmup < 0) {
                throw new IllegalArgumentException("threads and limit must be positive, warmup not negative");
            }
        }
    }

    /**
     * The timed pass over one corpus.
     *
     * @param seconds    wall-clock time
     * @param cpuSeconds CPU time of the whole process over the pass (all threads, GC and JIT
     *                   included): unlike wall time, it hardly changes when other programs load the
     *                   machine, so tokens per CPU-second compares runs made on a busy machine
     * @param jitSeconds time the JIT compilers spent compiling during the pass: on 2 cores, a
     *                   compiler still busy takes a core's share from the workers
     */
    public record CorpusRun(String corpus, int documents, long tokens, double seconds, double cpuSeconds,
                            double jitSeconds) {
        public double docsPerSecond() {
            return documents / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double tokensPerCpuSecond() {
            return cpuSeconds > 0 ? tokens / cpuSeconds : Double.NaN;
        }

        /** Share of the pass's wall time the JIT compilers were compiling. */
        public double jitShare() {
            return jitSeconds / seconds;
        }
    }

    /**
     * @param warmupSeconds wall time of the warm-up, over all corpora
     * @param peakHeapBytes the largest heap use seen (sum of the heap pools' peaks, garbage included)
     * @param peakRssBytes  the process's peak resident set (VmHWM), or -1 where /proc is missing
     * @param maxHeapBytes  the heap limit (-Xmx)
     */
    public record Result(System system, int threads, double loadSeconds, double warmupSeconds, List<CorpusRun> corpora,
                         long peakHeapBytes, long peakRssBytes, long maxHeapBytes) {
    }

    private BenchWorker() {
    }

    public static Result run(Spec spec) throws IOException {
        PipelineConfig config = newsrelConfig(spec);
        List<List<NewsDocument>> corpora = new ArrayList<>();
        for (String input : spec.inputs()) {
            corpora.add(firstDocuments(Path.of(input), spec.limit(), config));
        }
        long started = java.lang.System.nanoTime();
        ToLongFunction<NewsDocument> system = load(spec);
        double loadSeconds = (java.lang.System.nanoTime() - started) / 1e9;
        LOG.info("{} loaded in {} s", spec.system(), String.format("%.2f", loadSeconds));

        // Each corpus warms up: a model loaded on first use (the parser) is loaded before timing.
        long warmupStarted = java.lang.System.nanoTime();
        for (List<NewsDocument> corpus : corpora) {
            processAll(corpus.subList(0, Math.min(spec.warmup(), corpus.size())), system, spec.threads());
        }
        if (spec.steady()) {
            SteadyWarmup steady = new SteadyWarmup(SteadyWarmup.MAX_JIT_SHARE, SteadyWarmup.MAX_SECONDS);
            for (List<NewsDocument> corpus : corpora) {
                steady.run(corpus, batch -> processAll(batch, system, spec.threads()), spec.threads());
            }
        }
        double warmupSeconds = (java.lang.System.nanoTime() - warmupStarted) / 1e9;
        List<CorpusRun> runs = new ArrayList<>();
        for (int i = 0; i < corpora.size(); i++) {
            long t0 = java.lang.System.nanoTime();
            long cpu0 = processCpuNanos();
            long jit0 = SteadyWarmup.jitMillis();
            long tokens = processAll(corpora.get(i), system, spec.threads());
            double seconds = (java.lang.System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            double jitSeconds = (SteadyWarmup.jitMillis() - jit0) / 1e3;
            runs.add(new CorpusRun(spec.inputs().get(i), corpora.get(i).size(), tokens, seconds, cpuSeconds,
                    jitSeconds));
            LOG.info("{} threads={} {}: {} docs, {} tokens in {} s", spec.system(), spec.threads(),
                    spec.inputs().get(i), corpora.get(i).size(), tokens, String.format("%.2f", seconds));
        }
        return new Result(spec.system(), spec.threads(), loadSeconds, warmupSeconds, runs, peakHeapBytes(), peakRssBytes(),
                Runtime.getRuntime().maxMemory());
    }

    /** The system as a function from a document to the number of tokens it processed. */
    private static ToLongFunction<NewsDocument> load(Spec spec) {
        if (spec.system() == System.CORENLP) {
            Properties props = new Properties();
            props.setProperty("annotators", CORENLP_ANNOTATORS);
            StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
            return document -> {
                Annotation annotation = new Annotation(document.text());
                corenlp.annotate(annotation);
                return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
            };
        }
        Pipeline.Builder builder = Pipeline.builder();
        if (spec.config() != null) {
            builder.configFile(Path.of(spec.config()));
        }
        forEachSetting(spec, builder::set);
        Pipeline pipeline = builder.build();
        PipelineConfig.Output output = pipeline.config().output();
        return document -> {
            ExtractionResult result = pipeline.process(document);
            // Serialised as the CLI would write it: output is part of the work.
            String json = Json.line(DocumentJson.of(result, output));
            return json.isEmpty() ? 0 : result.tokenCount();
        };
    }

    private static PipelineConfig newsrelConfig(Spec spec) {
        ConfigLoader loader = ConfigLoader.fromDefaults();
        if (spec.config() != null) {
            loader.mergeFile(Path.of(spec.config()));
        }
        forEachSetting(spec, loader::set);
        return loader.build();
    }

    /** The spec's "key=value" settings, split; the CLI checked each has its "=". */
    private static void forEachSetting(Spec spec, BiConsumer<String, String> set) {
        for (String setting : spec.settings()) {
            int eq = setting.indexOf('=');
            set.accept(setting.substring(0, eq), setting.substring(eq + 1));
        }
    }

    private static long processAll(List<NewsDocument> documents, ToLongFunction<NewsDocument> system, int threads) {
        long tokens = 0;
        if (threads == 1) {
            for (NewsDocument document : documents) {
                tokens += system.applyAsLong(document);
            }
            return tokens;
        }
        try (OrderedParallelMap<NewsDocument, Long> results =
                     new OrderedParallelMap<>(documents.iterator(), system::applyAsLong, threads, threads * 4)) {
            while (results.hasNext()) {
                tokens += results.next();
            }
        }
        return tokens;
    }

    private static List<NewsDocument> firstDocuments(Path input, int limit, PipelineConfig config)
            throws IOException {
        InputResolver resolver = InputResolver.standard(config);
        List<NewsDocument> documents = new ArrayList<>();
        Iterator<InputItem> records = resolver.records(resolver.entries(List.of(input)));
        while (records.hasNext() && documents.size() < limit) {
            if (records.next() instanceof InputItem.Document d) {
                documents.add(d.document());
            }
        }
        if (documents.isEmpty()) {
            throw new IOException("no documents in " + input);
        }
        return documents;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long peakRssBytes() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debug("cannot read {}: {}", status, e.toString());
        }
        return -1;
    }

    /** Reads a spec written by {@link BenchRunner}. */
    static Spec readSpec(Path file) throws IOException {
        return Json.MAPPER.readValue(file.toFile(), Spec.class);
    }
}
