package io.newsrel.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The medians of a benchmark's runs, per corpus, system and thread count, and the ratios the
 * project tracks: newsrel over raw CoreNLP (tokens/s at the same thread count) and two threads
 * over one (the scaling of each system).
 */
public final class BenchReport {

    /** Medians over the runs of one system at one thread count on one corpus. */
    public record Row(String corpus, BenchWorker.System system, int threads, int runs, int documents, long tokens,
                      double tokensPerSecond, double docsPerSecond, double tokensPerCpuSecond,
                      double jitShare, double loadSeconds, double warmupSeconds, long peakHeapBytes,
                      long peakRssBytes, long maxHeapBytes) {
    }

    private final List<Row> rows;

    private BenchReport(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static BenchReport of(List<BenchWorker.Result> results) {
        Map<String, List<BenchWorker.Result>> groups = new LinkedHashMap<>();
        for (BenchWorker.Result r : results) {
            groups.computeIfAbsent(r.system() + "/" + r.threads(), k -> new ArrayList<>()).add(r);
        }
        List<Row> rows = new ArrayList<>();
        List<String> corpora = results.isEmpty() ? List.of()
                : results.get(0).corpora().stream().map(BenchWorker.CorpusRun::corpus).toList();
        for (int c = 0; c < corpora.size(); c++) {
            int corpus = c;
            for (List<BenchWorker.Result> group : groups.values()) {
                List<BenchWorker.CorpusRun> runs = group.stream().map(r -> r.corpora().get(corpus)).toList();
                BenchWorker.Result first = group.get(0);
                rows.add(new Row(corpora.get(c), first.system(), first.threads(), group.size(),
                        runs.get(0).documents(), runs.get(0).tokens(),
                        median(runs, BenchWorker.CorpusRun::tokensPerSecond),
                        median(runs, BenchWorker.CorpusRun::docsPerSecond),
                        median(runs, BenchWorker.CorpusRun::tokensPerCpuSecond),
                        median(runs, BenchWorker.CorpusRun::jitShare),
                        median(group, BenchWorker.Result::loadSeconds),
                        median(group, BenchWorker.Result::warmupSeconds),
                        (long) median(group, r -> r.peakHeapBytes()),
                        (long) median(group, r -> r.peakRssBytes()),
                        first.maxHeapBytes()));
            }
        }
        rows.sort(Comparator.comparing(Row::corpus, Comparator.comparingInt(corpora::indexOf))
                .thenComparingInt(Row::threads).thenComparing(Row::system));
        return new BenchReport(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** newsrel's tokens/s over raw CoreNLP's on a corpus at a thread count, or NaN when one is missing. */
    public double speedup(String corpus, int threads) {
        return tokensPerSecond(corpus, BenchWorker.System.NEWSREL, threads)
                / tokensPerSecond(corpus, BenchWorker.System.CORENLP, threads);
    }

    /** The same ratio in tokens per CPU-second. */
    public double cpuSpeedup(String corpus, int threads) {
        return value(corpus, BenchWorker.System.NEWSREL, threads, Row::tokensPerCpuSecond)
                / value(corpus, BenchWorker.System.CORENLP, threads, Row::tokensPerCpuSecond);
    }

    /** A system's tokens/s with {@code threads} over its tokens/s with one thread. */
    public double scaling(String corpus, BenchWorker.System system, int threads) {
        return tokensPerSecond(corpus, system, threads) / tokensPerSecond(corpus, system, 1);
    }

    private double tokensPerSecond(String corpus, BenchWorker.System system, int threads) {
        return value(corpus, system, threads, Row::tokensPerSecond);
    }

    private double value(String corpus, BenchWorker.System system, int threads, ToDoubleFunction<Row> value) {
        return rows.stream().filter(r -> r.corpus().equals(corpus) && r.system() == system && r.threads() == threads)
                .mapToDouble(value).findFirst().orElse(Double.NaN);
    }

    /** The tables as Markdown: one per corpus, then the ratios. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        List<String> corpora = rows.stream().map(Row::corpus).distinct().toList();
        List<Integer> threadCounts = rows.stream().map(Row::threads).distinct().sorted().toList();
        for (String corpus : corpora) {
            Row any = rows.stream().filter(r -> r.corpus().equals(corpus)).findFirst().orElseThrow();
            out.append(String.format(Locale.ROOT, "%n%s: %d documents, %d tokens (medians of %d runs)%n%n",
                    corpus, any.documents(), any.tokens(), any.runs()));
            out.append("| system | threads | tokens/s | docs/s | tokens/CPU-s | JIT % | load s | warm-up s | peak heap MB "
                    + "| peak RSS MB | -Xmx MB |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                if (r.corpus().equals(corpus)) {
                    out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.0f | %.1f | %.1f | %.0f | %d | %s | %d |%n",
                            label(r.system()), r.threads(), r.tokensPerSecond(), r.docsPerSecond(),
                            r.tokensPerCpuSecond(), r.jitShare() * 100, r.loadSeconds(), r.warmupSeconds(),
                            r.peakHeapBytes() >> 20, r.peakRssBytes() < 0 ? "n/a" : Long.toString(r.peakRssBytes() >> 20),
                            r.maxHeapBytes() >> 20));
                }
            }
            out.append('\n');
            for (int threads : threadCounts) {
                if (!Double.isNaN(speedup(corpus, threads))) {
                    out.append(String.format(Locale.ROOT,
                            "newsrel / CoreNLP tokens/s, %d thread%s: **%.2f×** (per CPU-second: %.2f×)%n",
                            threads, threads == 1 ? "" : "s", speedup(corpus, threads), cpuSpeedup(corpus, threads)));
                }
            }
            for (int threads : threadCounts) {
                for (BenchWorker.System system : BenchWorker.System.values()) {
                    if (threads > 1 && !Double.isNaN(scaling(corpus, system, threads))) {
                        out.append(String.format(Locale.ROOT, "%s, %d threads / 1 thread: %.2f×%n",
                                label(system), threads, scaling(corpus, system, threads)));
                    }
                }
            }
        }
        return out.toString();
    }

    private static String label(BenchWorker.System system) {
        return system == BenchWorker.System.CORENLP ? "CoreNLP " + BenchWorker.CORENLP_ANNOTATORS : "newsrel";
    }

    private static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        double[] values = items.stream().mapToDouble(value).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
