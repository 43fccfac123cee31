package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.batch.ProgressListener.Progress;
import org.junit.jupiter.api.Test;

class StderrProgressTest {

    private static final long SECONDS = 1_000_000_000L;

    @Test
    void aKnownTotalGivesABarAndAnEta() {
        Progress p = new Progress(90, 10, 5_000, 10 * SECONDS, 0, 400, 100, 400);
        assertEquals("[######..................] 100/400 records, 10 errors, 9.0 docs/s, 500 tokens/s, ETA 0:00:30",
                StderrProgress.bar(p));
    }

    @Test
    void aResumedRunCountsWhatEarlierSessionsDidButRatesOnlyThisOne() {
        Progress p = new Progress(100, 0, 1_000, 10 * SECONDS, 200, 400, 300, 400);
        assertEquals("300/400 records, 0 errors, 10.0 docs/s, 100 tokens/s, ETA 0:00:10", StderrProgress.line(p));
    }

    @Test
    void anUnknownTotalShowsFilesAndAnEtaByFiles() {
        Progress p = new Progress(50, 0, 700, 30 * SECONDS, 0, -1, 3, 5);
        assertEquals("50 records (file 3/5), 0 errors, 1.7 docs/s, 23 tokens/s, ETA 0:00:45", StderrProgress.line(p));
    }
}
