package io.newsrel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

    @Test
    void aSlowDocumentFailsWhenItsBudgetIsSpentAndTheNextOneRuns() throws InterruptedException {
        TimeBudget budget = new TimeBudget(200);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicInteger swallowed = new AtomicInteger();
        long started = System.nanoTime();
        LimitExceededException slow = assertThrows(LimitExceededException.class, () -> budget.run("slow", () -> {
            // like CoreNLP stages that clear the flag: the first two interrupts are lost
            while (true) {
                if (Thread.interrupted() && swallowed.incrementAndGet() == 3) {
                    stopped.countDown();
                    throw new IllegalStateException("stopped");
                }
            }
        }));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals("over the time budget of 200 ms (limits.documentTimeoutMs)", slow.getMessage());
        assertEquals("limits.documentTimeoutMs", slow.key());
        assertTrue(millis < 2_000, "returned after " + millis + " ms");
        assertTrue(stopped.await(5, TimeUnit.SECONDS), "repeated interrupts stop a document that ignores the first");
        assertEquals("fine", budget.run("ok", () -> "fine"));
    }

    @Test
    void aDocumentThatNeverStopsDoesNotHoldUpTheCaller() {
        TimeBudget budget = new TimeBudget(100);
        long started = System.nanoTime();
        assertThrows(LimitExceededException.class, () -> budget.run("stuck", () -> {
            long until = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < until) {
                Thread.interrupted();
            }
            return "late";
        }));
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "the caller waited for the stuck document");
        assertEquals("next", budget.run("next", () -> "next"));
    }

    @Test
    void aFailureOfTheWorkReachesTheCallerAsItIs() {
        TimeBudget budget = new TimeBudget(60_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> budget.run("bad", () -> {
            throw new IllegalArgumentException("bad document");
        }));
        assertEquals("bad document", e.getMessage());
    }

    @Test
    void noBudgetRunsOnTheCallersThread() {
        TimeBudget none = new TimeBudget(0);
        Thread caller = Thread.currentThread();
        assertEquals(Boolean.TRUE, none.run("d", () -> Thread.currentThread() == caller));
    }
}
