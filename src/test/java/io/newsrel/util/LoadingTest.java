package io.newsrel.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LoadingTest {

    @Test
    void loadsOnAThreadOfItsOwnName() {
        assertEquals("model-loader", Loading.join(Loading.start("model-loader", () -> Thread.currentThread().getName())));
    }

    /** A failure reaches the caller as it was thrown, so the pipeline can blame it on its setting. */
    @Test
    void aFailedLoadThrowsTheLoadersOwnException() {
        UncheckedIOException thrown = new UncheckedIOException("cannot read model x", new java.io.IOException("gone"));
        CompletableFuture<Object> loading = Loading.start("model-loader", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(UncheckedIOException.class, () -> Loading.join(loading)));
        AssertionError error = new AssertionError("broken");
        assertSame(error, assertThrows(AssertionError.class,
                () -> Loading.join(Loading.start("model-loader", () -> {
                    throw error;
                }))));
    }
}
