package io.newsrel.cli;

import io.newsrel.eval.DefnewsGold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the gold article files a {@code --gold} option names, as usage errors when one is missing or broken. */
final class GoldFiles {

    private GoldFiles() {
    }

    static List<DefnewsGold.Article> read(List<Path> files) {
        List<DefnewsGold.Article> articles = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("gold file not found: " + file, null);
            }
            try {
                articles.addAll(DefnewsGold.read(file));
            } catch (IOException | RuntimeException e) {
                throw new UsageException("cannot read gold file " + file + ": " + e.getMessage(), e);
            }
        }
        if (articles.isEmpty()) {
            throw new UsageException("no gold articles in " + files, null);
        }
        return articles;
    }
}
