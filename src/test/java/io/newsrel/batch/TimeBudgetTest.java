package io.newsrel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.DocumentOutcome;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

    private static final DocumentOutcome.Failure FINE = new DocumentOutcome.Failure("ok", "o", "a stand-in outcome");

    @Test
    void aSlowDocumentFailsWhenItsBudgetIsSpentAndTheNextOneRuns() throws InterruptedException {
        try (TimeBudget budget = new TimeBudget(200)) {
            CountDownLatch stopped = new CountDownLatch(1);
            AtomicInteger swallowed = new AtomicInteger();
            long started = System.nanoTime();
            DocumentOutcome slow = budget.run("slow", "f:1", () -> {
                // like CoreNLP stages that clear the flag: the first two interrupts are lost
                while (true) {
                    if (Thread.interrupted() && swallowed.incrementAndGet() == 3) {
                        stopped.countDown();
                        throw new IllegalStateException("stopped");
                    }
                }
            });
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertEquals(new DocumentOutcome.Failure("slow", "f:1",
                    "over the time budget of 200 ms (limits.documentTimeoutMs)"), slow);
            assertTrue(millis < 2_000, "returned after " + millis + " ms");
            assertTrue(stopped.await(5, TimeUnit.SECONDS), "repeated interrupts stop a document that ignores the first");
            assertEquals(FINE, budget.run("ok", "f:2", () -> FINE));
        }
    }

    @Test
    void aDocumentThatNeverStopsDoesNotHoldUpTheCaller() {
        try (TimeBudget budget = new TimeBudget(100)) {
            long started = System.nanoTime();
            DocumentOutcome stuck = budget.run("stuck", "f:1", () -> {
                long until = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < until) {
                    Thread.interrupted();
                }
                return FINE;
            });
            assertInstanceOf(DocumentOutcome.Failure.class, stuck);
            assertTrue(System.nanoTime() - started < 2_000_000_000L, "the caller waited for the stuck document");
            assertEquals(FINE, budget.run("next", "f:2", () -> FINE));
        }
    }

    @Test
    void noBudgetRunsOnTheCallersThread() {
        try (TimeBudget none = new TimeBudget(0)) {
            Thread caller = Thread.currentThread();
            AtomicInteger sameThread = new AtomicInteger();
            none.run("d", "f", () -> {
                sameThread.set(Thread.currentThread() == caller ? 1 : 0);
                return FINE;
            });
            assertEquals(1, sameThread.get());
        }
    }
}
