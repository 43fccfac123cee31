package io.newsrel.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that stops with an {@link InputLimitException} once more than {@code cap} bytes were
 * read from it: what bounds a decompressed file, whatever its reader does with the bytes. It
 * also counts them, so a reader knows where in the content it is.
 */
final class CappedStream extends FilterInputStream {

    private final long cap;
    private final String key;
    private final String reason;
    private long read;

    /**
     * @param reason what the limit means, naming its key
     */
    CappedStream(InputStream in, long cap, String key, String reason) {
        super(in);
        this.cap = cap;
        this.key = key;
        this.reason = reason;
    }

    /** Bytes read so far. */
    long position() {
        return read;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws InputLimitException {
        read += n;
        if (read > cap) {
            throw new InputLimitException(key, reason);
        }
    }
}
