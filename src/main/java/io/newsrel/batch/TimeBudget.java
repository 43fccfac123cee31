package io.newsrel.batch;

import io.newsrel.DocumentOutcome;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each document under a time budget. The document runs on a thread of its own; when the
 * budget is spent, that thread is interrupted (CoreNLP checks interrupts between and inside
 * annotators) and the document becomes a failure at once, so a runaway document never holds up
 * the batch: the worker goes on with the next document even if the interrupted thread has not
 * stopped yet.
 */
final class TimeBudget implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TimeBudget.class);

    private final long millis;
    private final ExecutorService threads;

    /** @param millis the budget of one document; 0 runs documents on the caller's thread without one */
    TimeBudget(long millis) {
        this.millis = millis;
        AtomicInteger counter = new AtomicInteger();
        this.threads = millis == 0 ? null : Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newsrel-document-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    DocumentOutcome run(String id, String origin, Supplier<DocumentOutcome> work) {
        if (threads == null) {
            return work.get();
        }
        Future<DocumentOutcome> outcome = threads.submit(work::get);
        try {
            return outcome.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            LOG.warn("document {} ({}) over its time budget of {} ms; interrupted", id, origin, millis);
            return new DocumentOutcome.Failure(id, origin,
                    "over the time budget of " + millis + " ms (limits.documentTimeoutMs)");
        } catch (InterruptedException e) {
            outcome.cancel(true);
            Thread.currentThread().interrupt();
            return new DocumentOutcome.Failure(id, origin, "interrupted");
        } catch (ExecutionException e) {
            return new DocumentOutcome.Failure(id, origin, "processing failed: " + e.getCause());
        }
    }

    @Override
    public void close() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }
}
