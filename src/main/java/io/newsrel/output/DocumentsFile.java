package io.newsrel.output;

import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads a {@code documents.jsonl} written by {@code newsrel extract} back, one line at a time, so
 * a file of any size streams. A line that is not a {@code newsrel-document/1} document goes to the
 * {@link BadLine} handler with its line number and reason, and reading goes on.
 */
public final class DocumentsFile {

    /** Told about each line that could not be read. */
    public interface BadLine {
        void skipped(String location, String reason);
    }

    private DocumentsFile() {
    }

    /** Reads one line of documents.jsonl into the result it was written from (text required). */
    public static ExtractionResult parse(String line) throws IOException {
        DocumentJson json = Json.MAPPER.readValue(line, DocumentJson.class);
        if (!DocumentJson.SCHEMA.equals(json.schema())) {
            throw new IOException("schema is " + json.schema() + ", expected " + DocumentJson.SCHEMA);
        }
        if (json.text() == null) {
            throw new IOException("document " + json.id() + " has no text (written with output.text=false)");
        }
        NewsDocument doc = new NewsDocument(json.id(), json.text(), json.date(), json.title(), json.url(),
                json.metadata());
        return new ExtractionResult(doc, nonNull(json.sentences()), nonNull(json.entities()),
                nonNull(json.relations()));
    }

    /**
     * The documents of {@code file}, lazily, in file order; the caller closes the returned
     * iterator's file by reading it to the end or by closing it.
     */
    public static Reader open(Path file, BadLine badLine) throws IOException {
        return new Reader(file, Objects.requireNonNull(badLine));
    }

    private static <T> java.util.List<T> nonNull(java.util.List<T> list) {
        return list == null ? java.util.List.of() : list;
    }

    /** An iterator over the documents of one file; closing it closes the file. */
    public static final class Reader implements Iterator<ExtractionResult>, AutoCloseable {
        private final Path file;
        private final BufferedReader in;
        private final BadLine badLine;
        private int lineNumber;
        private ExtractionResult next;
        private boolean done;

        private Reader(Path file, BadLine badLine) throws IOException {
            this.file = file;
            this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            this.badLine = badLine;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                String line = readLine();
                if (line == null) {
                    done = true;
                    close();
                } else if (!line.isBlank()) {
                    try {
                        next = parse(line);
                    } catch (IOException | RuntimeException e) {
                        badLine.skipped(file + ":" + lineNumber, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                    }
                }
            }
            return next != null;
        }

        @Override
        public ExtractionResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ExtractionResult result = next;
            next = null;
            return result;
        }

        private String readLine() {
            try {
                lineNumber++;
                return in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ":" + lineNumber, e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file, e);
            }
        }
    }
}
