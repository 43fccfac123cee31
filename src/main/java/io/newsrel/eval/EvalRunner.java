package io.newsrel.eval;

import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.util.OrderedParallelMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the systems under evaluation over the gold data of each mode and collects their scores
 * into an {@link EvalReport}. Every system sees the same documents in the same run.
 */
public final class EvalRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EvalRunner.class);

    /** The kinds of gold data. */
    public enum Mode { DEFNEWS, RE3D, CONLL }

    /** Where each mode's gold data lies under the shared data folder. */
    public static Path goldPath(Path dataDir, Mode mode) {
        return switch (mode) {
            case DEFNEWS -> dataDir.resolve("defnews-dev.jsonl");
            case RE3D -> dataDir.resolve("re3d-dev");
            case CONLL -> dataDir.resolve("conll2003").resolve("eng.testa");
        };
    }

    private final List<DocumentExtractor> systems;
    private final io.newsrel.entities.CountryGazetteer countries;
    private final int threads;

    /** @param systems newsrel first, then the baselines */
    public EvalRunner(List<DocumentExtractor> systems, io.newsrel.entities.CountryGazetteer countries, int threads) {
        this.systems = List.copyOf(systems);
        this.countries = countries;
        this.threads = threads;
    }

    public EvalReport run(Path dataDir, List<Mode> modes) throws IOException {
        EvalReport report = new EvalReport(systems.stream().map(DocumentExtractor::name).toList());
        for (Mode mode : modes) {
            Path gold = goldPath(dataDir, mode);
            if (!Files.exists(gold)) {
                throw new IOException("gold data for " + mode + " not found: " + gold);
            }
            for (DocumentExtractor system : systems) {
                long started = System.nanoTime();
                switch (mode) {
                    case DEFNEWS -> {
                        DefnewsScorer scorer = new DefnewsScorer();
                        score(DefnewsGold.read(gold), DefnewsGold.Article::document, system, scorer::add);
                        report.defnews.put(system.name(), scorer.result());
                    }
                    case RE3D -> {
                        Re3dScorer scorer = new Re3dScorer(countries);
                        score(Re3dScorer.read(gold), Re3dScorer.GoldDocument::document, system, scorer::add);
                        report.re3d.put(system.name(), scorer.result());
                    }
                    case CONLL -> {
                        ConllScorer scorer = new ConllScorer(countries);
                        score(ConllScorer.read(gold), ConllScorer.GoldDocument::document, system, scorer::add);
                        report.conll.put(system.name(), scorer.result());
                    }
                    default -> throw new IllegalStateException(mode.name());
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                report.seconds.computeIfAbsent(mode.name().toLowerCase(), k -> new LinkedHashMap<>())
                        .put(system.name(), Math.round(seconds * 10) / 10.0);
                LOG.info("{} scored on {} in {} s", system.name(), mode, String.format("%.1f", seconds));
            }
        }
        return report;
    }

    /** Processes the gold documents on the worker threads and scores each result as it comes. */
    private <G> void score(List<G> gold, Function<G, NewsDocument> document, DocumentExtractor system,
                           BiConsumer<G, ExtractionResult> scorer) {
        record Scored<G>(G gold, ExtractionResult result) {
        }
        List<G> items = new ArrayList<>(gold);
        try (OrderedParallelMap<G, Scored<G>> results = new OrderedParallelMap<>(items.iterator(),
                g -> new Scored<>(g, system.process(document.apply(g))), threads, threads * 2)) {
            while (results.hasNext()) {
                Scored<G> s = results.next();
                scorer.accept(s.gold(), s.result());
            }
        }
    }

    /** The scores of all modes and systems, and the flat metrics the floors refer to. */
    public static final class EvalReport {
        public final List<String> systems;
        public final Map<String, DefnewsScorer.Result> defnews = new LinkedHashMap<>();
        public final Map<String, Re3dScorer.Result> re3d = new LinkedHashMap<>();
        public final Map<String, Map<String, Prf>> conll = new LinkedHashMap<>();
        public final Map<String, Map<String, Double>> seconds = new LinkedHashMap<>();

        EvalReport(List<String> systems) {
            this.systems = systems;
        }

        public Map<String, String> re3dTypeMapping() {
            return new java.util.TreeMap<>(Re3dScorer.GOLD_TYPE_MAPPING);
        }

        /** Named scores of one system, e.g. {@code defnews.entities.COUNTRY.f1}, for floors and diffs. */
        public Map<String, Double> metrics(String system) {
            Map<String, Double> m = new java.util.TreeMap<>();
            DefnewsScorer.Result d = defnews.get(system);
            if (d != null) {
                d.entities().forEach((type, prf) -> putPrf(m, "defnews.entities." + type, prf));
                d.relations().forEach((type, prf) -> putPrf(m, "defnews.relations." + type, prf));
                d.attributeAccuracy().forEach((attr, acc) -> m.put("defnews.attributes." + attr + ".accuracy", acc));
            }
            Re3dScorer.Result r = re3d.get(system);
            if (r != null) {
                r.exact().forEach((label, prf) -> putPrf(m, "re3d.exact." + label, prf));
                r.overlap().forEach((label, prf) -> putPrf(m, "re3d.overlap." + label, prf));
            }
            Map<String, Prf> c = conll.get(system);
            if (c != null) {
                c.forEach((label, prf) -> putPrf(m, "conll." + label, prf));
            }
            return m;
        }

        private static void putPrf(Map<String, Double> m, String prefix, Prf prf) {
            m.put(prefix + ".precision", prf.precision());
            m.put(prefix + ".recall", prf.recall());
            m.put(prefix + ".f1", prf.f1());
        }
    }
}
