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
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the paths a user gives into one stream of input records: folders are walked recursively
 * in name order ({@link InputWalk}), each file goes to the first reader that accepts it by name,
 * else to the first that recognises its first bytes. What a folder holds that no reader takes is
 * an error line at its place, never a silent skip; a file named explicitly that no reader takes is
 * an error. {@code -} is standard input and a named pipe or {@code /dev/fd/N} a stream: read once,
 * its format told by its first bytes without consuming them ({@link StreamInputs}).
 *
 * <p>Before a file's first record is read, the whole file is checked once ({@link FileCheck}): its
 * SHA-256 for resuming, the decompression limits, the checksums of compressed data. A file that
 * breaks off (a truncated gzip, a read error) gives one {@link InputItem.Unreadable} saying how
 * many records were read before; those records are kept and the next file is read.
 */
public final class InputResolver {

    private static final Logger LOG = LoggerFactory.getLogger(InputResolver.class);

    /** How much of a file's start content sniffing looks at. */
    static final int SNIFF_BYTES = 1024;

    private final List<DocumentReader> readers;
    private final PipelineConfig.Limits limits;

    public InputResolver(List<DocumentReader> readers, PipelineConfig.Limits limits) {
        this.readers = List.copyOf(readers);
        this.limits = limits;
    }

    /** A resolver with every reader newsrel has, with the configuration's field names and limits. */
    public static InputResolver standard(PipelineConfig config) {
        return new InputResolver(List.of(new TextFileReader(), new JsonlReader(config.input(), config.limits()),
                new HtmlFileReader(), new WarcFileReader(), new ReutersSgmReader()), config.limits());
    }

    public PipelineConfig.Limits limits() {
        return limits;
    }

    /** The entries to read, in order, none excluded. */
    public List<InputEntry> entries(List<Path> inputs) throws IOException {
        return entries(inputs, Set.of());
    }

    /**
     * The entries to read, in order; fails when a path does not exist or an explicit file is not supported.
     *
     * @param excluded real paths of folders not to walk into (the run's output folder)
     */
    public List<InputEntry> entries(List<Path> inputs, Set<Path> excluded) throws IOException {
        List<InputEntry> entries = new ArrayList<>();
        for (Path input : inputs) {
            if (input.equals(InputEntry.STDIN)) {
                entries.add(new InputEntry(input, InputEntry.Kind.STREAM, -1, null));
            } else if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "input not found");
            } else if (Files.isDirectory(input)) {
                entries.addAll(InputWalk.walk(input, excluded, this::problemOf));
            } else if (!Files.isRegularFile(input)) {
                entries.add(new InputEntry(input, InputEntry.Kind.STREAM, -1, null));
            } else if (reader(input).isPresent()) {
                entries.add(new InputEntry(input, InputEntry.Kind.FILE, Files.size(input), null));
            } else {
                throw new IllegalArgumentException("unsupported input file " + input + " (" + unsupported(input) + ")");
            }
        }
        return entries;
    }

    /** The files to read (the readable files among the entries), in order. */
    public List<Path> files(List<Path> inputs) throws IOException {
        return entries(inputs).stream().filter(e -> e.kind() == InputEntry.Kind.FILE).map(InputEntry::path).toList();
    }

    /** Why no reader takes a file in a folder; null when one does. */
    private String problemOf(Path file) {
        try {
            return reader(file).isPresent() ? null : "not read: " + unsupported(file);
        } catch (UncheckedIOException e) {
            return "cannot read file: " + describe(e);
        }
    }

    /** What newsrel reads, and what it knows this file is. */
    private static String unsupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String known = name.endsWith(".xz") || name.endsWith(".lz4") || name.endsWith(".lzma") ? "a compression newsrel does not read; "
                : name.matches(".*\\.(tar|tgz|zip|7z|rar)(\\.[a-z0-9]+)?$") ? "an archive: unpack it first; "
                : name.endsWith(".json") ? "a .json file: newsrel reads one JSON object per line, as .jsonl; " : "";
        return known + "newsrel reads .txt, .jsonl, .html, .warc, .sgm, possibly .gz, .bz2 or .zst";
    }

    /** Streams the records of the entries, one after the other. */
    public RecordStream records(List<InputEntry> entries) {
        return new RecordStream(entries);
    }

    /** Streams the records of files (each must be readable), one after the other. */
    public RecordStream recordsOfFiles(List<Path> files) throws IOException {
        List<InputEntry> entries = new ArrayList<>();
        for (Path file : files) {
            entries.add(new InputEntry(file, InputEntry.Kind.FILE, Files.size(file), null));
        }
        return records(entries);
    }

    /** How many records the entries hold, when each holds one; else empty. */
    public OptionalLong knownRecordCount(List<InputEntry> entries) {
        for (InputEntry entry : entries) {
            boolean one = switch (entry.kind()) {
                case PROBLEM -> true;
                case STREAM -> false;
                case FILE -> reader(entry.path()).map(DocumentReader::oneRecordPerFile).orElse(false);
            };
            if (!one) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(entries.size());
    }

    /**
     * What a run read of one input: the file's size and SHA-256 when it was opened, so that a
     * resumed run can tell whether it changed; a stream has neither.
     */
    public record Fingerprint(String path, long size, String sha256) {
    }

    /**
     * The records of a list of entries, in order; tells how many entries it has opened, what they
     * held and how many of their bytes were read.
     */
    public final class RecordStream implements Iterator<InputItem> {
        private final Iterator<InputEntry> remaining;
        private final List<Fingerprint> opened = new ArrayList<>();
        private final long bytesTotal;
        private Iterator<InputItem> current = Collections.emptyIterator();
        private InputEntry entry;
        private long readFromFile;
        private long bytesBefore;
        private long entrySize;
        private BytesRead entryBytes = new BytesRead();

        private RecordStream(List<InputEntry> entries) {
            this.remaining = List.copyOf(entries).iterator();
            this.bytesTotal = entries.stream().anyMatch(e -> e.kind() == InputEntry.Kind.STREAM) ? -1
                    : entries.stream().mapToLong(e -> Math.max(0, e.size())).sum();
        }

        /** @return bytes of the input files on disk read so far (compressed bytes of compressed files) */
        public long bytesRead() {
            return bytesBefore + Math.min(entryBytes.bytes(), entrySize);
        }

        /** @return bytes of all input files on disk; -1 when a stream is among them (its size is unknown) */
        public long bytesTotal() {
            return bytesTotal;
        }

        /** Entries opened so far, the current one included. */
        public int filesOpened() {
            return opened.size();
        }

        /** The fingerprints of the entries opened so far, in order. */
        public List<Fingerprint> fingerprints() {
            return List.copyOf(opened);
        }

        @Override
        public boolean hasNext() {
            while (!advance() && remaining.hasNext()) {
                bytesBefore += entrySize;
                entry = remaining.next();
                readFromFile = 0;
                entrySize = Math.max(0, entry.size());
                entryBytes = new BytesRead();
                current = open(entry);
            }
            return current.hasNext();
        }

        private Iterator<InputItem> open(InputEntry entry) {
            try {
                switch (entry.kind()) {
                    case PROBLEM -> {
                        opened.add(new Fingerprint(entry.path().toString(), -1, null));
                        return fileError(entry.problem());
                    }
                    case STREAM -> {
                        opened.add(new Fingerprint(entry.path().toString(), -1, null));
                        return StreamInputs.read(entry, InputResolver.this);
                    }
                    default -> {
                        FileCheck check = FileCheck.of(entry.path(), limits);
                        opened.add(new Fingerprint(entry.path().toString(), check.size(), check.sha256()));
                        if (check.limitProblem() != null) {
                            return fileError(check.limitProblem());
                        }
                        if (check.checksumFailure() != null) {
                            LOG.warn("{} fails its checksum ({}): records past byte {} are quarantined", entry.path(),
                                    check.checksumFailure(), check.verifiedBytes());
                        }
                        DocumentReader reader = reader(entry.path()).orElseThrow();
                        InputSource source = InputSource.checked(entry.path(), entry.path().toString(), limits, check);
                        return BytesRead.counting(entryBytes, () -> reader.read(source));
                    }
                }
            } catch (IOException | RuntimeException e) {
                return fileError("cannot read file: " + describe(e));
            }
        }

        /** Whether the current entry has a record ready; a read error becomes its last record. */
        private boolean advance() {
            try {
                return current.hasNext();
            } catch (RuntimeException e) {
                LOG.warn("{} broke off after {} records: {}", entry.path(), readFromFile, e.toString());
                Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
                current = fileError(cause instanceof InputLimitException limit
                        ? "file stops after " + readFromFile + " records: " + limit.getMessage()
                        : "file breaks off after " + readFromFile + " records: " + describe(e));
                return true;
            }
        }

        private Iterator<InputItem> fileError(String reason) {
            return List.<InputItem>of(new InputItem.Unreadable(null, entry.name(), reason)).iterator();
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            readFromFile++;
            InputItem item = current.next();
            if (item instanceof InputItem.Document doc && doc.document().id().length() > limits.maxIdChars()) {
                return new InputItem.Unreadable(null, doc.origin(), "id of " + doc.document().id().length()
                        + " characters, over limits.maxIdChars=" + limits.maxIdChars());
            }
            return item;
        }
    }

    /** The cause of a read error in words: "EOFException: Unexpected end of ZLIB input stream". */
    static String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** The reader that handles {@code file}, judged by its name, else by its first bytes; empty when none does. */
    public Optional<DocumentReader> reader(Path file) {
        Optional<DocumentReader> byName = readers.stream().filter(r -> r.accepts(file)).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] head;
        try {
            head = InputFiles.head(file, SNIFF_BYTES, limits);
        } catch (IOException e) {
            return Optional.empty();
        }
        return readerOf(head);
    }

    /** The reader that recognises content starting with {@code head}; empty when none does. */
    Optional<DocumentReader> readerOf(byte[] head) {
        return readers.stream().filter(r -> r.acceptsContent(head)).findFirst();
    }

    /** The reader of plain text, for a stream no other reader recognises. */
    Optional<DocumentReader> textReader() {
        return readers.stream().filter(r -> r instanceof TextFileReader).findFirst();
    }
}
