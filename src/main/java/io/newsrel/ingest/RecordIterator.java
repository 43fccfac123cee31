package io.newsrel.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The iterator every reader returns: subclasses say how to read the next record; this class
 * closes the source at the end and turns an I/O error (a truncated gzip, a vanished file) into
 * an {@link UncheckedIOException}, which {@link InputResolver} reports as one error line for the
 * file, keeping the records read before it.
 */
abstract class RecordIterator implements Iterator<InputItem> {

    private final Closeable source;
    private InputItem next;
    private boolean finished;

    RecordIterator(Closeable source) {
        this.source = source;
    }

    /** The next record, or null at the end of the source. */
    protected abstract InputItem readNext() throws IOException;

    @Override
    public final boolean hasNext() {
        if (next == null && !finished) {
            try {
                next = readNext();
            } catch (IOException e) {
                finish();
                throw new UncheckedIOException(e);
            }
            if (next == null) {
                finish();
            }
        }
        return next != null;
    }

    @Override
    public final InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = next;
        next = null;
        return item;
    }

    private void finish() {
        finished = true;
        try {
            source.close();
        } catch (IOException ignored) {
            // the records are read; a failing close loses nothing
        }
    }
}
