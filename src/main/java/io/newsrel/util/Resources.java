package io.newsrel.util;

import java.io.InputStream;

/** The project's files inside the jar (models/, schema/, defaults). */
public final class Resources {

    private Resources() {
    }

    /**
     * Opens a classpath resource; a missing one is a broken build, so it fails loudly.
     *
     * @param path absolute resource path, e.g. {@code /models/gazetteers/systems.tsv}
     * @param what what the file is, for the message ("gazetteer", "rule file")
     */
    public static InputStream open(String path, String what) {
        InputStream in = Resources.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(what + " " + path + " missing from the jar");
        }
        return in;
    }
}
