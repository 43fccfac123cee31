package io.newsrel.util;

import java.util.Iterator;
import java.util.function.Function;

/** Lazy views of iterators, so that streams of records stay streams. */
public final class Iterators {

    private Iterators() {
    }

    /** Each element of {@code source} through {@code function}, computed when it is asked for. */
    public static <T, R> Iterator<R> map(Iterator<T> source, Function<? super T, ? extends R> function) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public R next() {
                return function.apply(source.next());
            }
        };
    }
}
