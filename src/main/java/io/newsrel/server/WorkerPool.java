package io.newsrel.server;

import io.newsrel.model.NewsDocument;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The worker threads that share the one pipeline, behind an admission limit: at most
 * {@code threads + queue} requests are admitted at once (one per worker, the rest waiting), so
 * the backlog is bounded and a request beyond it is turned away at once (503) instead of waiting
 * in an ever longer line. An admitted request holds a {@link Slot} until its answer is sent; an
 * NDJSON request submits its documents through its one slot, a few at a time.
 */
final class WorkerPool implements AutoCloseable {

    private final Semaphore slots;
    private final ExecutorService workers;
    private final Supplier<DocumentProcessor> processor;

    /**
     * @param processor the processor of the moment (set when the pipeline is loaded); asked for
     *                  each document
     */
    WorkerPool(int threads, int queue, Supplier<DocumentProcessor> processor) {
        this.slots = new Semaphore(threads + queue);
        this.processor = processor;
        AtomicInteger counter = new AtomicInteger();
        // the admission limit bounds what waits here: at most (threads + queue) x window documents
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "newsrel-serve-worker-" + counter.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A slot for one request, or empty when every worker is busy and the queue is full. */
    Optional<Slot> tryAdmit() {
        return slots.tryAcquire() ? Optional.of(new Slot()) : Optional.empty();
    }

    /** Takes no more documents; those already submitted finish (see {@link #awaitTermination}). */
    @Override
    public void close() {
        workers.shutdown();
    }

    boolean awaitTermination(long millis) throws InterruptedException {
        return workers.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    /** One admitted request's right to submit documents; closing it (once) admits the next. */
    final class Slot implements AutoCloseable {
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot() {
        }

        CompletableFuture<Answer> submit(NewsDocument document, String origin) {
            return CompletableFuture.supplyAsync(() -> processor.get().process(document, origin), workers);
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        }
    }
}
