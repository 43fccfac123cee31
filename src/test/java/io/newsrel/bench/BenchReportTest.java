package io.newsrel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.bench.BenchWorker.CorpusRun;
import io.newsrel.bench.BenchWorker.Result;
import io.newsrel.bench.BenchWorker.System;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static Result result(System system, int threads, double seconds, double load) {
        return new Result(system, threads, load, 1.0,
                List.of(new CorpusRun("c", 10, 1000, seconds, seconds * threads, seconds / 10)),
                100L << 20, 200L << 20, 2048L << 20);
    }

    @Test
    void mediansOfRunsAndRatiosBetweenSystemsAndThreadCounts() {
        List<Result> results = List.of(
                result(System.CORENLP, 1, 10, 16), result(System.NEWSREL, 1, 2, 7),
                result(System.CORENLP, 1, 12, 18), result(System.NEWSREL, 1, 4, 9),
                result(System.CORENLP, 1, 11, 17), result(System.NEWSREL, 1, 40, 8),
                result(System.NEWSREL, 2, 2, 8), result(System.NEWSREL, 2, 2.5, 8), result(System.NEWSREL, 2, 2, 8));
        BenchReport report = BenchReport.of(results);

        BenchReport.Row newsrel = report.rows().stream()
                .filter(r -> r.system() == System.NEWSREL && r.threads() == 1).findFirst().orElseThrow();
        assertEquals(3, newsrel.runs());
        assertEquals(250.0, newsrel.tokensPerSecond(), 1e-9, "median of 500, 250 and 25 tokens/s");
        assertEquals(8.0, newsrel.loadSeconds(), 1e-9);
        assertEquals(0.1, newsrel.jitShare(), 1e-9);
        // CoreNLP's median is 1000/11 tokens/s.
        assertEquals(250.0 / (1000.0 / 11), report.speedup("c", 1), 1e-9);
        assertEquals(500.0 / 250.0, report.scaling("c", System.NEWSREL, 2), 1e-9);
        assertTrue(Double.isNaN(report.speedup("c", 2)), "no CoreNLP run with 2 threads");
        assertTrue(report.markdown().contains("newsrel / CoreNLP tokens/s, 1 thread: **2.75×**"), report.markdown());
        assertTrue(!report.markdown().contains("NaN"), "a ratio that cannot be computed is left out");
    }
}
