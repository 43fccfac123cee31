package io.newsrel.ingest;

import io.newsrel.config.PipelineConfig;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    static final int HEAD = 4;
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
     * The file's contents, decompressed when its first bytes say it is compressed, and stopped
     * with an {@link InputLimitException} past {@code limits.maxFileBytes} or, compressed, past
     * {@code limits.maxDecompressionRatio} times its size.
     */
    public static InputStream open(Path file, PipelineConfig.Limits limits) throws IOException {
        long size = Files.size(file);
        BufferedInputStream raw = new BufferedInputStream(BytesRead.raw(file), 1 << 16);
        try {
            raw.mark(HEAD);
            byte[] head = raw.readNBytes(HEAD);
            raw.reset();
            Compression compression = Compression.of(head, head.length);
            InputStream content = decompress(raw, compression);
            return new CappedStream(compression == Compression.NONE ? content : new BufferedInputStream(content, 1 << 16),
                    FileCheck.decompressedCap(size, compression, limits), capKey(size, compression, limits),
                    FileCheck.overCap(size, compression, limits));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The key of the limit that caps a file: the ratio's for a compressed file whose ratio cap is the lower. */
    private static String capKey(long size, Compression compression, PipelineConfig.Limits limits) {
        return FileCheck.decompressedCap(size, compression, limits) == limits.maxFileBytes()
                ? "limits.maxFileBytes" : "limits.maxDecompressionRatio";
    }

    /** The decompressed content of {@code raw}, whose compression is known. */
    static InputStream decompress(InputStream raw, Compression compression) throws IOException {
        return switch (compression) {
            case GZIP -> new GZIPInputStream(raw, 1 << 16);
            case BZIP2 -> new BZip2CompressorInputStream(raw, true);
            case ZSTD -> new ZstdCompressorInputStream(raw);
            case NONE -> raw;
        };
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
    public static byte[] head(Path file, int bytes, PipelineConfig.Limits limits) throws IOException {
        try (InputStream in = open(file, limits)) {
            return in.readNBytes(bytes);
        }
    }
}
