package io.newsrel.ingest;

import io.newsrel.config.PipelineConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the paths a user gives into one stream of input records: folders are walked recursively
 * in name order (so runs are reproducible), each file goes to the first reader that accepts it by
 * name, else to the first that recognises its first bytes. In a folder, files no reader takes are
 * skipped with a log line; a file named explicitly that no reader takes is an error. A file that
 * breaks off (a truncated gzip, a read error) gives one {@link InputItem.Unreadable} saying how
 * many records were read before; those records are kept and the next file is read.
 */
public final class InputResolver {

    private static final Logger LOG = LoggerFactory.getLogger(InputResolver.class);

    /** How much of a file's start content sniffing looks at. */
    private static final int SNIFF_BYTES = 1024;

    private final List<DocumentReader> readers;

    public InputResolver(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** A resolver with every reader newsrel has, JSON field names as configured. */
    public static InputResolver standard(PipelineConfig.Input fields) {
        return new InputResolver(List.of(new TextFileReader(), new JsonlReader(fields), new HtmlFileReader(),
                new WarcFileReader(), new ReutersSgmReader()));
    }

    /** The files to read, in order; fails when a path does not exist or an explicit file is not supported. */
    public List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "input not found");
            }
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    List<Path> found = walk.filter(Files::isRegularFile).sorted().toList();
                    for (Path file : found) {
                        if (reader(file).isPresent()) {
                            files.add(file);
                        } else {
                            LOG.info("skipping {}: no reader for this kind of file", file);
                        }
                    }
                }
            } else if (reader(input).isPresent()) {
                files.add(input);
            } else {
                throw new IllegalArgumentException("unsupported input file " + input
                        + " (expected .txt, .jsonl, .html, .warc, .sgm, possibly .gz, .bz2 or .zst)");
            }
        }
        return files;
    }

    /** Streams the records of all files, one file after the other. */
    public RecordStream records(List<Path> files) {
        return new RecordStream(files);
    }

    /** How many records the files hold, when every file's reader says it holds one; else empty. */
    public OptionalLong knownRecordCount(List<Path> files) {
        for (Path file : files) {
            if (!reader(file).map(DocumentReader::oneRecordPerFile).orElse(false)) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(files.size());
    }

    /** The records of a list of files, in order; tells how many files and bytes it has read. */
    public final class RecordStream implements Iterator<InputItem> {
        private final Iterator<Path> remaining;
        private final long bytesTotal;
        private Iterator<InputItem> current = Collections.emptyIterator();
        private Path file;
        private long readFromFile;
        private int filesOpened;
        private long bytesBefore;
        private long fileSize;
        private InputFiles.BytesRead fileBytes = new InputFiles.BytesRead();

        private RecordStream(List<Path> files) {
            this.remaining = List.copyOf(files).iterator();
            this.bytesTotal = files.stream().mapToLong(InputResolver::size).sum();
        }

        /** Files opened so far, the current one included. */
        public int filesOpened() {
            return filesOpened;
        }

        /** Bytes of the files on disk read so far (compressed bytes of compressed files). */
        public long bytesRead() {
            return bytesBefore + Math.min(fileBytes.bytes(), fileSize);
        }

        /** Bytes of all the files on disk. */
        public long bytesTotal() {
            return bytesTotal;
        }

        @Override
        public boolean hasNext() {
            while (!advance() && remaining.hasNext()) {
                bytesBefore += fileSize;
                file = remaining.next();
                filesOpened++;
                readFromFile = 0;
                fileSize = size(file);
                fileBytes = new InputFiles.BytesRead();
                try {
                    DocumentReader reader = reader(file).orElseThrow();
                    current = InputFiles.counting(fileBytes, () -> reader.read(file));
                } catch (IOException | RuntimeException e) {
                    current = fileError("cannot read file: " + describe(e));
                }
            }
            return current.hasNext();
        }

        /** Whether the current file has a record ready; a read error becomes the file's last record. */
        private boolean advance() {
            try {
                return current.hasNext();
            } catch (RuntimeException e) {
                LOG.warn("{} broke off after {} records: {}", file, readFromFile, e.toString());
                current = fileError("file breaks off after " + readFromFile + " records: " + describe(e));
                return true;
            }
        }

        private Iterator<InputItem> fileError(String reason) {
            return List.<InputItem>of(new InputItem.Unreadable(null, file.toString(), reason)).iterator();
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            readFromFile++;
            return current.next();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // it will fail when read, with an error line
        }
    }

    /** The cause of a read error in words: "EOFException: Unexpected end of ZLIB input stream". */
    private static String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** The reader that handles {@code file}, judged by its name, else by its first bytes; empty when none does. */
    public Optional<DocumentReader> reader(Path file) {
        Optional<DocumentReader> byName = readers.stream().filter(r -> r.accepts(file)).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        byte[] head;
        try {
            head = InputFiles.head(file, SNIFF_BYTES);
        } catch (IOException e) {
            return Optional.empty();
        }
        return readers.stream().filter(r -> r.acceptsContent(head)).findFirst();
    }
}
