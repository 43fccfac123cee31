package io.newsrel.output;

import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the documents {@code newsrel extract} wrote back, one line at a time, so files of any size
 * stream. An output folder holds them in one of the layouts {@code extract} writes:
 * {@code documents.jsonl}, {@code documents.jsonl.gz} ({@code --gzip}) or numbered shards
 * {@code documents-00000.jsonl[.gz]} ({@code --shard-size}); {@link #openFolder} reads any of
 * them, shards in order. A line that is not a {@code newsrel-document/1} document goes to the
 * {@link BadLine} handler with its file, line number and reason, and reading goes on.
 */
public final class DocumentsFile {

    /** The names of documents files in an output folder, whatever the layout. */
    private static final Pattern DOCUMENTS_FILE = Pattern.compile("documents(-\\d{5})?\\.jsonl(\\.gz)?");

    /** What the layouts are called in messages. */
    public static final String LAYOUTS = "documents.jsonl, documents.jsonl.gz or documents-00000.jsonl[.gz] shards";

    /** Told about each line that could not be read. */
    public interface BadLine {
        /**
         * A line was skipped.
         *
         * @param location the file and line number, {@code documents.jsonl:12}
         * @param reason   why it could not be read
         */
        void skipped(String location, String reason);
    }

    private DocumentsFile() {
    }

    /**
     * Reads one line of documents.jsonl into the result it was written from (text required).
     *
     * @param line one JSON line
     * @return the document and what was extracted from it
     * @throws IOException when the line is not a {@code newsrel-document/1} document with its text
     */
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
     * The documents files of an output folder in reading order: one file, or the shards by number.
     *
     * @param dir an output folder of {@code newsrel extract}
     * @return the files; empty when the folder holds none (or does not exist)
     * @throws IOException when the folder cannot be listed
     */
    public static List<Path> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> DOCUMENTS_FILE.matcher(f.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * The documents of an output folder, whatever layout {@code extract} wrote them in, lazily and
     * in order; close the reader when done.
     *
     * @param dir     an output folder of {@code newsrel extract}
     * @param badLine told about each line that could not be read
     * @return a reader over every documents file of the folder
     * @throws NoDocumentsException when the folder holds no documents file
     * @throws IOException          when the folder cannot be listed
     */
    public static Reader openFolder(Path dir, BadLine badLine) throws IOException {
        List<Path> files = filesIn(dir);
        if (files.isEmpty()) {
            throw new NoDocumentsException("no documents in " + dir + " (expected " + LAYOUTS
                    + "; run newsrel extract first)");
        }
        return new Reader(files, Objects.requireNonNull(badLine));
    }

    /**
     * The documents of one file ({@code .jsonl}, or gzipped {@code .jsonl.gz}), lazily, in file
     * order; close the reader when done.
     *
     * @param file    a documents file
     * @param badLine told about each line that could not be read
     * @return a reader over the file
     * @throws IOException when the file cannot be opened
     */
    public static Reader open(Path file, BadLine badLine) throws IOException {
        return new Reader(List.of(file), Objects.requireNonNull(badLine));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** An output folder without documents files. */
    public static final class NoDocumentsException extends IOException {
        NoDocumentsException(String message) {
            super(message);
        }
    }

    /** An iterator over the documents of one or more files, read one after the other; closing it closes the file. */
    public static final class Reader implements Iterator<ExtractionResult>, AutoCloseable {
        private final Iterator<Path> files;
        private final BadLine badLine;
        private Path file;
        private BufferedReader in;
        private int lineNumber;
        private ExtractionResult next;
        private boolean done;

        private Reader(List<Path> files, BadLine badLine) throws IOException {
            this.files = List.copyOf(files).iterator();
            this.badLine = badLine;
            this.file = this.files.next();
            this.in = reader(file);
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                String line = readLine();
                if (line == null) {
                    done = true;
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

        /** The next line of the current file, going on to the next file at the end of one; null after the last. */
        private String readLine() {
            try {
                while (true) {
                    if (in == null) {
                        if (!files.hasNext()) {
                            return null;
                        }
                        file = files.next();
                        in = reader(file);
                        lineNumber = 0;
                    }
                    String line = in.readLine();
                    if (line != null) {
                        lineNumber++;
                        return line;
                    }
                    close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " after line " + lineNumber, e);
            }
        }

        private static BufferedReader reader(Path file) throws IOException {
            InputStream raw = Files.newInputStream(file);
            try {
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            } catch (IOException e) {
                raw.close();
                throw e;
            }
        }

        @Override
        public void close() {
            if (in == null) {
                return;
            }
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file, e);
            } finally {
                in = null;
            }
        }
    }
}
