package io.newsrel.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The clients of a load test: each sends one document after another ({@code application/json},
 * a fresh id per request) until the deadline or the request budget is reached, checks that a 200
 * is the expected bytes for its own id, counts 503s (waiting {@code Retry-After} before going on)
 * and counts everything else as an error.
 */
final class LoadClients {

    /** One document to send: the JSON body for an id, and the answer expected for it. */
    interface Target {
        byte[] body(String id);

        String expected(String id);

        int characters();

        String id();
    }

    /** What the clients saw. */
    record Result(long sent, long answered, long overloaded, long errors, long uniqueIds, long answeredChars,
                  List<Long> latenciesNanos, List<String> errorSamples) {
    }

    private static final int ERROR_SAMPLES = 5;

    private final URI extract;
    private final List<? extends Target> targets;
    private final LongSupplier nanoClock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong answeredChars = new AtomicLong();
    private final AtomicLong overloaded = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final Set<String> answeredIds = ConcurrentHashMap.newKeySet();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    LoadClients(URI server, List<? extends Target> targets, LongSupplier nanoClock) {
        this.extract = server.resolve("/v1/extract");
        this.targets = List.copyOf(targets);
        this.nanoClock = nanoClock;
    }

    /**
     * Runs {@code clients} clients until {@code deadlineNanos} (by the clock) or until
     * {@code maxRequests} were sent (0: no such bound).
     */
    Result run(int clients, long deadlineNanos, long maxRequests) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "newsrel-load-client");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> loop(deadlineNanos, maxRequests)));
            }
            for (Future<?> client : running) {
                try {
                    client.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    error("client crashed: " + e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(sent.get(), answered.get(), overloaded.get(), errors.get(), answeredIds.size(),
                answeredChars.get(), List.copyOf(latencies), List.copyOf(errorSamples));
    }

    private Void loop(long deadlineNanos, long maxRequests) throws InterruptedException {
        while (nanoClock.getAsLong() < deadlineNanos) {
            long number = next.getAndIncrement();
            if (maxRequests > 0 && number >= maxRequests) {
                break;
            }
            Target target = targets.get((int) (number % targets.size()));
            String id = target.id() + "~" + number;
            HttpRequest request = HttpRequest.newBuilder(extract).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(target.body(id))).build();
            sent.incrementAndGet();
            long started = nanoClock.getAsLong();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                error(id + ": request failed: " + e);
                continue;
            }
            long took = nanoClock.getAsLong() - started;
            check(target, id, response, took);
        }
        return null;
    }

    private void check(Target target, String id, HttpResponse<String> response, long tookNanos) throws InterruptedException {
        switch (response.statusCode()) {
            case 200 -> {
                if (!response.body().equals(target.expected(id))) {
                    error(id + ": the answer differs from extract's line for the document");
                } else if (!answeredIds.add(id)) {
                    error(id + ": answered twice");
                } else {
                    answered.incrementAndGet();
                    answeredChars.addAndGet(target.characters());
                    latencies.add(tookNanos);
                }
            }
            case 503 -> {
                overloaded.incrementAndGet();
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(seconds * 1000);
            }
            default -> error(id + ": status " + response.statusCode() + ": " + response.body().strip());
        }
    }

    private void error(String description) {
        errors.incrementAndGet();
        if (errorSamples.size() < ERROR_SAMPLES) {
            errorSamples.add(description);
        }
    }
}
