package io.newsrel.util;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Loads a model on a thread of its own while the caller loads another. Loading the pipeline is
 * mostly reading models (CoreNLP's tagger, its three CRF models and SUTime's rules, the entity
 * stage's gazetteers and system recognizer), each on one core; on two cores they take about half
 * the time side by side.
 */
public final class Loading {

    private Loading() {
    }

    /**
     * Starts loading on a new daemon thread.
     *
     * @param name   the thread's name, as thread dumps and profiles show it
     * @param loader what to load
     * @return the loading, to {@link #join} when the value is needed
     */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> loader) {
        return CompletableFuture.supplyAsync(loader, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * The loaded value, or the exception that stopped its loading as it was thrown (not wrapped),
     * so that a caller blames a failed load the same way whichever thread loaded it.
     */
    public static <T> T join(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
