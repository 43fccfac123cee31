package io.newsrel.server;

import java.util.List;
import java.util.Locale;

/**
 * What a load test measured: the server phase (requests, answers, 503s, errors, latency) and
 * {@code newsrel extract} on the same documents with the same threads, each with its wall time
 * and the process's CPU time, and the machine's load average around them.
 *
 * @param documents      distinct documents cycled through
 * @param clients        concurrent clients
 * @param threads        worker threads of the server, and of extract
 * @param server         the server phase
 * @param extract        the extract run(s), in the order they ran
 * @param errorSamples   the first few errors, described
 */
public record LoadReport(int documents, int clients, int threads, Server server, List<Phase> extract,
                         List<String> errorSamples) {

    /**
     * One measured stretch of work.
     *
     * @param documents  documents done in it
     * @param characters their characters
     * @param seconds    wall time
     * @param cpuSeconds CPU time of the whole process (all threads, GC, JIT; in the server phase the clients too)
     * @param loadBefore the 1-minute load average when it started
     * @param loadAfter  the 1-minute load average when it ended
     */
    public record Phase(long documents, long characters, double seconds, double cpuSeconds,
                        double loadBefore, double loadAfter) {
        public double docsPerSecond() {
            return documents / seconds;
        }

        public double docsPerCpuSecond() {
            return cpuSeconds > 0 ? documents / cpuSeconds : Double.NaN;
        }

        public double charsPerSecond() {
            return characters / seconds;
        }
    }

    /**
     * @param sent        requests sent
     * @param answered    200 answers, each the expected bytes for its own request
     * @param overloaded  503 answers (the client waits Retry-After and goes on)
     * @param errors      anything else: another status, a wrong or repeated answer, a failed request
     * @param uniqueIds   distinct document ids among the 200 answers (= answered: each exactly once)
     * @param p50Ms       latency of the 200 answers, median, in milliseconds
     */
    public record Server(Phase phase, long sent, long answered, long overloaded, long errors, long uniqueIds,
                         double p50Ms, double p95Ms, double p99Ms, double maxMs) {
    }

    public boolean clean() {
        return server.errors() == 0 && server.answered() == server.uniqueIds()
                && server.answered() + server.overloaded() == server.sent();
    }

    /** Server throughput over extract's (the last extract run, the warmest). */
    public double throughputRatio() {
        return server.phase().docsPerSecond() / extract.get(extract.size() - 1).docsPerSecond();
    }

    /** A Markdown summary, as the README shows it. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d clients, %d worker threads, %d distinct documents%n%n",
                clients, threads, documents));
        out.append("| run | documents | seconds | docs/s | chars/s | CPU s | docs per CPU-second | load before → after |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < extract.size(); i++) {
            row(out, "newsrel extract" + (extract.size() > 1 ? " #" + (i + 1) : ""), extract.get(i));
        }
        row(out, "newsrel serve", server.phase());
        out.append(String.format(Locale.ROOT, "%nserve / extract throughput: %.2f%n", throughputRatio()));
        out.append(String.format(Locale.ROOT,
                "requests %d: 200 %d (distinct ids %d), 503 %d, other errors %d; latency of the 200s "
                        + "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                server.sent(), server.answered(), server.uniqueIds(), server.overloaded(), server.errors(),
                server.p50Ms(), server.p95Ms(), server.p99Ms(), server.maxMs()));
        errorSamples.forEach(e -> out.append("error: ").append(e).append('\n'));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Phase p) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.0f | %.1f | %.2f | %.1f → %.1f |%n",
                name, p.documents(), p.seconds(), p.docsPerSecond(), p.charsPerSecond(), p.cpuSeconds(),
                p.docsPerCpuSecond(), p.loadBefore(), p.loadAfter()));
    }
}
