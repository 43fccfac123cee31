package io.newsrel.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.model.NewsDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A processor that holds each document until the test releases it by id, so that tests can fill
 * the workers and choose the order documents finish in, without timing anything. Its answer is
 * {@code {"id":"..."}}.
 */
final class HeldProcessor implements DocumentProcessor {

    /** Far longer than any wait here should take; only keeps a broken test from hanging. */
    private static final long SAFETY_SECONDS = 120;

    private final Semaphore started = new Semaphore(0);
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> finished = new ConcurrentHashMap<>();
    final List<String> finishOrder = new CopyOnWriteArrayList<>();

    @Override
    public Answer process(NewsDocument document, String origin) {
        started.release();
        try {
            gate(gates, document.id()).await(SAFETY_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finishOrder.add(document.id());
        gate(finished, document.id()).countDown();
        return new Answer.Document(("{\"id\":\"" + document.id() + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until {@code count} more documents have started. */
    void awaitStarted(int count) throws InterruptedException {
        assertTrue(started.tryAcquire(count, SAFETY_SECONDS, TimeUnit.SECONDS), count + " documents never started");
    }

    void release(String... ids) {
        for (String id : ids) {
            gate(gates, id).countDown();
        }
    }

    void awaitFinished(String id) throws InterruptedException {
        assertTrue(gate(finished, id).await(SAFETY_SECONDS, TimeUnit.SECONDS), id + " never finished");
    }

    private static CountDownLatch gate(Map<String, CountDownLatch> gates, String id) {
        return gates.computeIfAbsent(id, k -> new CountDownLatch(1));
    }
}
