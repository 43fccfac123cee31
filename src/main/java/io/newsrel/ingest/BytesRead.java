package io.newsrel.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many bytes of an input file on disk a reader has read (compressed bytes, for a compressed
 * file), so that progress through one large dump can be told. The files a reader opens through
 * {@link InputFiles#open} or {@link #channel} while {@link #counting} runs count into it, however
 * much later they are read.
 */
public final class BytesRead {

    /** Something that opens a file. */
    @FunctionalInterface
    public interface Opening<T> {
        /**
         * Opens it.
         *
         * @return what was opened
         * @throws IOException when it cannot be opened
         */
        T open() throws IOException;
    }

    private static final ThreadLocal<BytesRead> COUNTER = new ThreadLocal<>();

    private final AtomicLong streamed = new AtomicLong();
    private volatile FileChannel channel;

    /** @return the bytes read so far; {@link Long#MAX_VALUE} once a channel is closed (read to its end) */
    public long bytes() {
        FileChannel c = channel;
        if (c != null) {
            try {
                return c.position();
            } catch (IOException e) {
                return Long.MAX_VALUE; // callers cap it at the file's size
            }
        }
        return streamed.get();
    }

    /**
     * Runs {@code opening} (a reader's {@code read}) so that the files it opens count the bytes
     * they read from disk into {@code counter}.
     *
     * @param counter where to count
     * @param opening what opens the files
     * @param <T>     what it returns
     * @return what {@code opening} returns
     * @throws IOException when {@code opening} throws it
     */
    public static <T> T counting(BytesRead counter, Opening<T> opening) throws IOException {
        COUNTER.set(counter);
        try {
            return opening.open();
        } finally {
            COUNTER.remove();
        }
    }

    /**
     * The file as a channel, for readers that need positions in the file on disk (WARC record
     * offsets); counted through its position.
     *
     * @param file the file
     * @return an open channel at its start
     * @throws IOException when it cannot be opened
     */
    public static FileChannel channel(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file);
        BytesRead counter = COUNTER.get();
        if (counter != null) {
            counter.channel = channel;
        }
        return channel;
    }

    /** The raw bytes of a file, counted when {@link #counting} runs. */
    static InputStream raw(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        BytesRead counter = COUNTER.get();
        return counter == null ? in : new Counted(in, counter.streamed);
    }

    /** A stream that adds what is read from it to a count. */
    private static final class Counted extends FilterInputStream {
        private final AtomicLong count;

        Counted(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count.addAndGet(skipped);
            return skipped;
        }
    }
}
