package io.newsrel.ingest;

import io.newsrel.config.PipelineConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads the records of one input file, one at a time. A record that cannot be read becomes an
 * {@link InputItem.Unreadable} and reading goes on with the next. Readers read through
 * {@link InputSource#open}, so every format may come gzip-, bzip2- or zstd-compressed, from a file
 * or a pipe, and reading stops at the configured limits before a record is held in memory.
 */
public interface DocumentReader {

    /** Whether this reader handles the file, judged by {@link InputFiles#logicalName} ("a.jsonl.gz" → "a.jsonl"). */
    boolean accepts(Path file);

    /**
     * Whether the first bytes of a file (decompressed) look like this reader's format; asked
     * only for files no reader accepts by name.
     */
    default boolean acceptsContent(byte[] head) {
        return false;
    }

    /** Whether every file of this kind is one record (so a run's total is known before it starts). */
    default boolean oneRecordPerFile() {
        return false;
    }

    /** Streams the input's records; the iterator closes the input when exhausted. */
    Iterator<InputItem> read(InputSource source) throws IOException;

    /** Streams a file's records with the default limits and no prior check (for tests and tools). */
    default Iterator<InputItem> read(Path file) throws IOException {
        return read(InputSource.of(file, PipelineConfig.defaults().limits()));
    }
}
