package io.newsrel.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads the records of one input file, one at a time. A record that cannot be read becomes an
 * {@link InputItem.Unreadable} and reading goes on with the next.
 */
public interface DocumentReader {

    /** Whether this reader handles the file (by its name). */
    boolean accepts(Path file);

    /** Streams the file's records; the iterator closes the file when exhausted. */
    Iterator<InputItem> read(Path file) throws IOException;
}
