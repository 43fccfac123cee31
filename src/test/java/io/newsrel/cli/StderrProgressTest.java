package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.batch.ProgressListener.Earlier;
import io.newsrel.batch.ProgressListener.Input;
import io.newsrel.batch.ProgressListener.Progress;
import org.junit.jupiter.api.Test;

class StderrProgressTest {

    private static final long SECONDS = 1_000_000_000L;

    @Test
    void aKnownTotalGivesABarAndAnEta() {
        Progress p = new Progress(90, 10, 5_000, 10 * SECONDS, Earlier.NONE, 400, new Input(100, 400, 1_000, 4_000));
        assertEquals("[######..................] 100/400 records, 10 errors, 9.0 docs/s, 500 tokens/s, ETA 0:00:30",
                StderrProgress.bar(p));
    }

    @Test
    void aResumedRunCountsWhatEarlierSessionsDidButRatesOnlyThisOne() {
        Progress p = new Progress(100, 0, 1_000, 10 * SECONDS, new Earlier(200, 7, 2_000), 400,
                new Input(300, 400, 3_000, 4_000));
        assertEquals("300/400 records, 7 errors, 10.0 docs/s, 100 tokens/s, ETA 0:00:10", StderrProgress.line(p));
    }

    @Test
    void oneLargeDumpShowsTheBytesReadAndAnEtaByBytes() {
        // one compressed file of 4 MB, a quarter read in 30 s: a bar, and 90 s to go
        Progress p = new Progress(50, 0, 700, 30 * SECONDS, Earlier.NONE, -1, new Input(1, 1, 1_000_000, 4_000_000));
        assertEquals("[######..................] 50 records, 25% of 4.0 MB read, 0 errors, 1.7 docs/s, 23 tokens/s, ETA 0:01:30",
                StderrProgress.bar(p));
    }

    @Test
    void aResumedDumpRatesOnlyTheBytesReadInThisSession() {
        // half the file was skipped on resume; 10% more read in 20 s: 40% to go at 5% per 10 s
        Progress p = new Progress(40, 2, 700, 20 * SECONDS, new Earlier(300, 5, 2_000_000), -1,
                new Input(2, 3, 2_400_000, 4_000_000));
        assertEquals("342 records, 60% of 4.0 MB read (file 2/3), 7 errors, 2.0 docs/s, 35 tokens/s, ETA 0:01:20",
                StderrProgress.line(p));
    }

    @Test
    void standardInputHasNoSizeSoOnlyRecordsAreCounted() {
        Progress p = new Progress(20, 1, 300, 10 * SECONDS, Earlier.NONE, -1, new Input(1, 1, 0, -1));
        assertEquals("[........................] 21 records, 1 errors, 2.0 docs/s, 30 tokens/s", StderrProgress.bar(p));
    }
}
