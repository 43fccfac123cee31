package io.newsrel;

import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's sample corpus, read from the repository (tests run from its root). */
public final class Corpus {

    public static final Path DIR = Path.of("corpus");
    public static final String SEED_ID = "000_e9b01d91b214da4a.txt";

    private Corpus() {
    }

    public static NewsDocument seed() {
        try {
            String text = Files.readString(DIR.resolve(SEED_ID), StandardCharsets.UTF_8);
            return NewsDocument.of(SEED_ID, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
