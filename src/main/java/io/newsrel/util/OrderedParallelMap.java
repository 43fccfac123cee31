package io.newsrel.util;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps an iterator through a function on several threads and hands the results back in input
 * order. At most {@code window} inputs are in flight, so memory does not grow with the input.
 * The function must not throw; turn failures into values.
 *
 * @param <T> input type
 * @param <R> result type
 */
public final class OrderedParallelMap<T, R> implements Iterator<R>, AutoCloseable {

    private final Iterator<T> input;
    private final Function<T, R> function;
    private final ExecutorService executor;
    private final int window;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();

    public OrderedParallelMap(Iterator<T> input, Function<T, R> function, int threads, int window) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("threads " + threads + " must be >= 1 and <= window " + window);
        }
        this.input = input;
        this.function = function;
        this.window = window;
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsrel-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public boolean hasNext() {
        fill();
        return !inFlight.isEmpty();
    }

    @Override
    public R next() {
        fill();
        Future<R> head = inFlight.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
    }

    private void fill() {
        while (inFlight.size() < window && input.hasNext()) {
            T item = input.next();
            inFlight.add(executor.submit(() -> function.apply(item)));
        }
    }

    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        executor.shutdownNow();
    }
}
