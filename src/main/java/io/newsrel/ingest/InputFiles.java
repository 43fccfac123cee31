package io.newsrel.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/**
 * Opens input files, decompressing gzip, bzip2 and zstd. The compression is recognised by the
 * file's first bytes (its magic number), so a misnamed file still opens; the name's compression
 * suffix ({@code .gz}, {@code .bz2}, {@code .zst}) is dropped to find the reader
 * ({@code dump.jsonl.gz} is read as JSONL). Concatenated streams (multi-member gzip, as
 * {@code .warc.gz} files are) are read whole.
 */
public final class InputFiles {

    /** The compressions newsrel reads, with their magic numbers. */
    public enum Compression {
        GZIP(new byte[] {0x1f, (byte) 0x8b}),
        BZIP2(new byte[] {'B', 'Z', 'h'}),
        ZSTD(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}),
        NONE(new byte[0]);

        private final byte[] magic;

        Compression(byte[] magic) {
            this.magic = magic;
        }

        static Compression of(byte[] head, int length) {
            for (Compression c : values()) {
                if (c != NONE && length >= c.magic.length && Arrays.equals(head, 0, c.magic.length, c.magic, 0, c.magic.length)) {
                    return c;
                }
            }
            return NONE;
        }
    }

    private static final int HEAD = 4;
    private static final List<String> COMPRESSION_SUFFIXES = List.of(".gz", ".gzip", ".bz2", ".zst", ".zstd");

    private InputFiles() {
    }

    /** How the file is compressed, by its first bytes. */
    public static Compression compression(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD);
            return Compression.of(head, head.length);
        }
    }

    /**
     * How many bytes of a file on disk have been read (compressed bytes, for a compressed file), so
     * that progress through one large dump can be told. Files opened through {@link #open} or
     * {@link #channel} while {@link #counting} runs count into it.
     */
    public static final class BytesRead {
        private final AtomicLong streamed = new AtomicLong();
        private volatile FileChannel channel;

        /** Bytes read so far. */
        public long bytes() {
            FileChannel c = channel;
            if (c != null) {
                try {
                    return c.position();
                } catch (IOException e) {
                    return Long.MAX_VALUE; // closed: read to the end (callers cap it at the file's size)
                }
            }
            return streamed.get();
        }
    }

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

    /**
     * Runs {@code opening} (a reader's {@code read(file)}) so that the files it opens count the
     * bytes they read from disk into {@code counter}, however later reads happen.
     *
     * @param counter   where to count
     * @param opening   what opens the files
     * @param <T>       what it returns
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
     * offsets); counted by {@link #counting} through its position.
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

    /** The raw bytes of a file, counted when {@link #counting} asks. */
    private static InputStream raw(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        BytesRead counter = COUNTER.get();
        if (counter == null) {
            return in;
        }
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counter.streamed.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counter.streamed.addAndGet(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                counter.streamed.addAndGet(skipped);
                return skipped;
            }
        };
    }

    /** The file's contents, decompressed when its first bytes say it is compressed. */
    public static InputStream open(Path file) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(raw(file), 1 << 16);
        try {
            raw.mark(HEAD);
            byte[] head = raw.readNBytes(HEAD);
            raw.reset();
            return switch (Compression.of(head, head.length)) {
                case GZIP -> new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
                case BZIP2 -> new BufferedInputStream(new BZip2CompressorInputStream(raw, true), 1 << 16);
                case ZSTD -> new BufferedInputStream(new ZstdCompressorInputStream(raw), 1 << 16);
                case NONE -> raw;
            };
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The file name without its compression suffix: "reut2-000.sgm.gz" → "reut2-000.sgm". */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : COMPRESSION_SUFFIXES) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** {@link #baseName} lower-cased: what readers judge a file by. */
    public static String logicalName(Path file) {
        return baseName(file).toLowerCase(Locale.ROOT);
    }

    /** The first bytes of the decompressed content (fewer for a short file), for sniffing its format. */
    public static byte[] head(Path file, int bytes) throws IOException {
        try (InputStream in = open(file)) {
            return in.readNBytes(bytes);
        }
    }
}
