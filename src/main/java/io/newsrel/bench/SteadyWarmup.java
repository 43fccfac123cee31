package io.newsrel.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms a system up until the JIT compiler is nearly idle. The pipeline runs a lot of code (CoreNLP,
 * SUTime, TokensRegex, the relation rules), and HotSpot's C2 compiler goes on compiling it for a
 * minute or two: per-thread CPU sampling of a one-thread extract on Reuters showed the compiler
 * thread at 0.47 cores in the first 20 s and still 0.1–0.2 cores after a minute. On a 2-core machine
 * that compiler work borrows the second core in a one-thread run and competes with the second worker
 * in a two-thread run, so a short warm-up measures JIT, not the steady state a long batch job runs in.
 *
 * <p>The documents are processed in rounds, cycling through the corpus, until the whole corpus has
 * been processed at least once and the compile time of
 * the last {@value #WINDOW} rounds together is at most {@code maxJitShare} of their wall time, or
 * {@code maxSeconds} have passed. One quiet round is not enough: the compiler works in bursts, and a
 * warm-up that stopped after one round of 2.7% went on compiling 15% of the timed pass. Nor is a
 * warm-up that has not yet seen every document of the corpus: the timed pass would meet text the
 * compiled code has not run on (a rare path, a type a call site never saw) and compile again. Two
 * threads over 600 Reuters documents stopped after 360 of them. (The JIT's share of their timed pass,
 * 17.5%, was still 11.2% with this alone; keeping cold code, {@link LauncherJvm#KEEP_COLD_CODE},
 * lowered it on average.)
 */
final class SteadyWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(SteadyWarmup.class);
    /** A compiler busy 3% of the time is as good as idle next to the measurement's own noise. */
    static final double MAX_JIT_SHARE = 0.03;
    static final double MAX_SECONDS = 300;
    /** Documents per round and worker thread: rounds of a few seconds, long enough to average over. */
    private static final int DOCUMENTS_PER_THREAD = 60;
    /** Rounds judged together. */
    static final int WINDOW = 3;

    private final double maxJitShare;
    private final double maxSeconds;
    private final LongSupplier jitClock;
    private final LongSupplier wallClock;

    SteadyWarmup(double maxJitShare, double maxSeconds) {
        this(maxJitShare, maxSeconds, SteadyWarmup::jitMillis, System::nanoTime);
    }

    /**
     * @param jitClock  compile time so far in ms
     * @param wallClock elapsed time in ns ({@link System#nanoTime}); tests give their own clocks, so
     *                  what they check does not depend on how busy the machine is
     */
    SteadyWarmup(double maxJitShare, double maxSeconds, LongSupplier jitClock, LongSupplier wallClock) {
        this.maxJitShare = maxJitShare;
        this.maxSeconds = maxSeconds;
        this.jitClock = jitClock;
        this.wallClock = wallClock;
    }

    /** Time the JIT compilers have spent compiling since the JVM started, in ms; 0 when not known. */
    static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * @param process processes one round of documents with the measured thread count
     * @return the rounds run
     */
    <T> int run(List<T> corpus, ToLongFunction<List<T>> process, int threads) {
        long started = wallClock.getAsLong();
        int size = Math.min(corpus.size(), DOCUMENTS_PER_THREAD * threads);
        int next = 0;
        int rounds = 0;
        long seen = 0; // documents processed so far, counting repeats
        Deque<double[]> window = new ArrayDeque<>(); // {wall seconds, compile seconds} of the last rounds
        while (true) {
            List<T> round = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                round.add(corpus.get((next + i) % corpus.size()));
            }
            next = (next + size) % corpus.size();
            long t0 = wallClock.getAsLong();
            long jit0 = jitClock.getAsLong();
            process.applyAsLong(round);
            double seconds = (wallClock.getAsLong() - t0) / 1e9;
            double compiling = (jitClock.getAsLong() - jit0) / 1e3;
            rounds++;
            seen += size;
            window.addLast(new double[] {seconds, compiling});
            if (window.size() > WINDOW) {
                window.removeFirst();
            }
            double total = (wallClock.getAsLong() - started) / 1e9;
            double share = window.stream().mapToDouble(r -> r[1]).sum() / window.stream().mapToDouble(r -> r[0]).sum();
            LOG.info("warm-up round {}: {} documents in {} s, JIT compiling {}% of the time ({}% over the last {} rounds)",
                    rounds, size, String.format("%.1f", seconds), String.format("%.1f", compiling / seconds * 100),
                    String.format("%.1f", share * 100), window.size());
            if (window.size() == WINDOW && share <= maxJitShare && seen >= corpus.size()) {
                return rounds;
            }
            if (total >= maxSeconds) {
                LOG.warn("JIT still compiling {}% of the time after a warm-up of {} s; timing anyway",
                        String.format("%.1f", share * 100), String.format("%.0f", total));
                return rounds;
            }
        }
    }
}
