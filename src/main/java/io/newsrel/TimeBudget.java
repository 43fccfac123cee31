package io.newsrel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each document under a time budget. The document runs on a thread of its own; when the
 * budget is spent the document becomes a failure at once, so the worker goes on with the next
 * document and a runaway document never holds up the batch. Its thread is then interrupted
 * every {@value #INTERRUPT_EVERY_MS} ms until it stops: CoreNLP stops on an interrupt only at
 * some points and some of its stages clear the flag, so a single interrupt is often lost (on a
 * 3,000-sentence document one interrupt was ignored for 44 s; repeated ones stopped it at once).
 */
final class TimeBudget {

    private static final Logger LOG = LoggerFactory.getLogger(TimeBudget.class);
    static final long INTERRUPT_EVERY_MS = 100;

    private final long millis;
    private final ExecutorService threads;
    private final ScheduledExecutorService interrupter;

    /**
     * @param millis the budget of one document; 0 runs documents on the caller's thread without one.
     *               The threads are daemons that end when idle, so a budget needs no closing.
     */
    TimeBudget(long millis) {
        this.millis = millis;
        AtomicInteger counter = new AtomicInteger();
        this.threads = millis == 0 ? null : Executors.newCachedThreadPool(r -> daemon(r, "newsrel-document-" + counter.incrementAndGet()));
        if (millis == 0) {
            this.interrupter = null;
        } else {
            ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "newsrel-interrupter"));
            scheduler.setKeepAliveTime(10, TimeUnit.SECONDS);
            scheduler.allowCoreThreadTimeOut(true);
            this.interrupter = scheduler;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * The work's result, or an exception when the budget is spent first.
     *
     * @throws LimitExceededException when the work takes longer than the budget (its thread is then stopped)
     * @throws IllegalStateException  when the caller is interrupted while it waits
     */
    <T> T run(String id, Supplier<T> work) {
        if (threads == null) {
            return work.get();
        }
        Task<T> task = new Task<>(work);
        Future<T> outcome = threads.submit(task::call);
        try {
            return outcome.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("document {} over its time budget of {} ms; interrupting it", id, millis);
            stop(task, id);
            throw new LimitExceededException("limits.documentTimeoutMs",
                    "over the time budget of " + millis + " ms (limits.documentTimeoutMs)");
        } catch (InterruptedException e) {
            stop(task, id);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Interrupts the task's thread again and again until the task has ended. */
    private void stop(Task<?> task, String id) {
        long started = System.nanoTime();
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            if (task.interrupt()) {
                interrupter.schedule(self[0], INTERRUPT_EVERY_MS, TimeUnit.MILLISECONDS);
            } else {
                LOG.info("document {} stopped {} ms after its time budget", id, (System.nanoTime() - started) / 1_000_000);
            }
        };
        try {
            interrupter.execute(self[0]);
        } catch (RejectedExecutionException closed) {
            task.interrupt();
        }
    }

    /** A document's work, which knows its thread while it runs, so that only it is interrupted. */
    private static final class Task<T> {
        private final Supplier<T> work;
        private Thread thread;
        private boolean done;

        Task(Supplier<T> work) {
            this.work = work;
        }

        T call() {
            synchronized (this) {
                thread = Thread.currentThread();
            }
            try {
                return work.get();
            } finally {
                synchronized (this) {
                    done = true;
                    thread = null;
                    // an interrupt meant for this document must not reach the pooled thread's next one
                    Thread.interrupted();
                }
            }
        }

        /** Interrupts the running document; false once it has ended. */
        synchronized boolean interrupt() {
            if (done) {
                return false;
            }
            if (thread != null) {
                thread.interrupt();
            }
            return true;
        }
    }
}
