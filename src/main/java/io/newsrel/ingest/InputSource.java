package io.newsrel.ingest;

import io.newsrel.config.PipelineConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One input as a {@link DocumentReader} reads it: a regular file, or a stream (standard input, a
 * pipe such as {@code <(zcat dump.gz)}) that can be read only once and was already opened to
 * tell its format. Carries the limits that bound reading it and, for a file checked first
 * ({@link FileCheck}), which of its records come from data that passed its checksums.
 */
public final class InputSource {

    private final String name;
    private final Path file;
    private final InputStream stream;
    private final PipelineConfig.Limits limits;
    private final FileCheck check;
    private boolean streamTaken;

    private InputSource(String name, Path file, InputStream stream, PipelineConfig.Limits limits, FileCheck check) {
        this.name = name;
        this.file = file;
        this.stream = stream;
        this.limits = limits;
        this.check = check;
    }

    /** A regular file, read without a prior check (all its content counts as verified). */
    public static InputSource of(Path file, PipelineConfig.Limits limits) {
        return new InputSource(file.toString(), file, null, limits, null);
    }

    /** A regular file whose {@link FileCheck} is known, named {@code name} in errors. */
    static InputSource checked(Path file, String name, PipelineConfig.Limits limits, FileCheck check) {
        return new InputSource(name, file, null, limits, check);
    }

    /** A stream's decompressed content, to be read once, named {@code name} in errors. */
    static InputSource stream(String name, InputStream content, PipelineConfig.Limits limits) {
        return new InputSource(name, null, content, limits, null);
    }

    /** How records name this input: the path as given, or "stdin". */
    public String name() {
        return name;
    }

    /** The name without directory and compression suffix: a text file's document id. */
    public String baseName() {
        return file == null || !name.equals(file.toString()) ? name : InputFiles.baseName(file);
    }

    /** The file, for readers that need to seek in it; empty for a stream. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public PipelineConfig.Limits limits() {
        return limits;
    }

    /** The decompressed content, bounded by the limits; a stream's can be opened once. */
    public InputStream open() throws IOException {
        if (file != null) {
            return InputFiles.open(file, limits);
        }
        if (streamTaken) {
            throw new IllegalStateException(name + " can be read only once");
        }
        streamTaken = true;
        return stream;
    }

    /**
     * The record, or in its place an error line when the bytes it was read from (up to
     * {@code end} in the decompressed content) lie past the part of the file that passed its
     * checksums: such a record may be altered and is quarantined.
     */
    public InputItem verified(InputItem item, long end) {
        return check == null || check.verifiedThrough(end) ? item : quarantined(item);
    }

    /** As {@link #verified}, for a record that starts at {@code start} in the compressed file (a gzip member of a WARC). */
    public InputItem verifiedAtCompressedOffset(InputItem item, long start) {
        return check == null || check.checksumFailure() == null || start < check.verifiedCompressed() ? item : quarantined(item);
    }

    /** Where the gzip members of the file start, from its check (empty when unknown). */
    java.util.List<Long> memberStarts() {
        return check == null ? java.util.List.of() : check.memberStarts();
    }

    private InputItem quarantined(InputItem item) {
        String reason = "quarantined: read from data that fails its checksum (" + check.checksumFailure() + ")";
        return item instanceof InputItem.Document doc
                ? new InputItem.Unreadable(doc.document().id(), item.origin(), reason)
                : new InputItem.Unreadable(((InputItem.Unreadable) item).id(), item.origin(),
                        reason + "; " + ((InputItem.Unreadable) item).reason());
    }
}
