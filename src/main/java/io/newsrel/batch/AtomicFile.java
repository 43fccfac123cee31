package io.newsrel.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a whole file under a temporary name and renames it, so the final name never holds half a file. */
final class AtomicFile {

    /** Something that writes a whole file. */
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
