package io.newsrel.relations.transfer;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** The binary features of one candidate deal, as "family:name" strings. Not thread-safe. */
public final class Features {

    private final Set<String> names = new TreeSet<>();

    public void add(String family, String name) {
        names.add(family + ":" + name);
    }

    public void add(String family, String name, boolean present) {
        if (present) {
            add(family, name);
        }
    }

    public Collection<String> names() {
        return names;
    }

    /** A count in a few buckets, so that a linear model can weigh "none", "one", "a few", "many". */
    static String bucket(int n) {
        return n <= 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : n <= 8 ? "4-8" : "9+";
    }
}
