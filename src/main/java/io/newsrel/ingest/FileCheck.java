package io.newsrel.ingest;

import io.newsrel.config.PipelineConfig;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What newsrel learns of an input file before it reads a record of it, in one pass over its bytes:
 * its size and SHA-256 (so a resumed run can tell whether its inputs changed), whether its
 * decompressed content stays within {@code limits.maxFileBytes} and
 * {@code limits.maxDecompressionRatio}, and, for a compressed file, how much of it passes its
 * checksums: records from beyond that are quarantined, never written as good documents.
 *
 * @param size               bytes on disk
 * @param sha256             SHA-256 of the bytes on disk, hex
 * @param compression        how the file is compressed
 * @param verifiedBytes      decompressed bytes that passed their checksums ({@code Long.MAX_VALUE} for a
 *                           file with nothing to check)
 * @param verifiedCompressed compressed bytes holding them
 * @param memberStarts       where the gzip members start (empty when not gzip)
 * @param checksumFailure    why the rest failed its check; null when all passed
 * @param limitProblem       why the file is not read at all (over a limit, naming its key); null when it is
 */
public record FileCheck(long size, String sha256, InputFiles.Compression compression, long verifiedBytes,
                        long verifiedCompressed, List<Long> memberStarts, String checksumFailure,
                        String limitProblem) {

    /** Decompressed output up to this is never called a bomb, however well it compressed. */
    static final long RATIO_FLOOR_BYTES = 16 << 20;

    public FileCheck {
        memberStarts = List.copyOf(memberStarts);
    }

    /** Reads the whole file once. */
    public static FileCheck of(Path file, PipelineConfig.Limits limits) throws IOException {
        long size = Files.size(file);
        MessageDigest sha = newSha256();
        // the buffer sits above the digest, so the bytes read again after reset() are hashed once
        try (InputStream raw = new BufferedInputStream(new DigestInputStream(Files.newInputStream(file), sha), 1 << 16)) {
            raw.mark(4);
            byte[] head = raw.readNBytes(4);
            raw.reset();
            InputFiles.Compression compression = InputFiles.Compression.of(head, head.length);
            long cap = decompressedCap(size, compression, limits);
            FileCheck check = switch (compression) {
                case NONE -> plain(size, limits);
                case GZIP -> gzip(raw, size, cap, compression, limits);
                case BZIP2, ZSTD -> stream(raw, size, cap, compression, limits);
            };
            raw.transferTo(OutputStream.nullOutputStream());
            return new FileCheck(size, HexFormat.of().formatHex(sha.digest()), compression, check.verifiedBytes,
                    check.verifiedCompressed, check.memberStarts, check.checksumFailure, check.limitProblem);
        }
    }

    /** The most decompressed bytes the file may give. */
    static long decompressedCap(long size, InputFiles.Compression compression, PipelineConfig.Limits limits) {
        if (compression == InputFiles.Compression.NONE) {
            return limits.maxFileBytes();
        }
        long byRatio = Math.max(RATIO_FLOOR_BYTES, multiply(size, limits.maxDecompressionRatio()));
        return Math.min(limits.maxFileBytes(), byRatio);
    }

    /** The error a file over its cap gets: names the key that set the cap. */
    static String overCap(long size, InputFiles.Compression compression, PipelineConfig.Limits limits) {
        long cap = decompressedCap(size, compression, limits);
        if (cap == limits.maxFileBytes()) {
            return "the file holds more than " + cap + " bytes, over limits.maxFileBytes=" + limits.maxFileBytes();
        }
        return "the file expands to more than " + limits.maxDecompressionRatio() + " times its " + size
                + " compressed bytes, over limits.maxDecompressionRatio=" + limits.maxDecompressionRatio();
    }

    private static FileCheck plain(long size, PipelineConfig.Limits limits) {
        String problem = size > limits.maxFileBytes() ? overCap(size, InputFiles.Compression.NONE, limits) : null;
        return new FileCheck(size, "", InputFiles.Compression.NONE, Long.MAX_VALUE, size, List.of(), null, problem);
    }

    private static FileCheck gzip(InputStream raw, long size, long cap, InputFiles.Compression compression,
                                  PipelineConfig.Limits limits) throws IOException {
        GzipMembers.Result result = GzipMembers.check(raw, cap);
        if (result.overLimit()) {
            return new FileCheck(size, "", compression, 0, 0, result.memberStarts(), null, overCap(size, compression, limits));
        }
        return new FileCheck(size, "", compression, result.failure() == null ? Long.MAX_VALUE : result.verifiedBytes(),
                result.failure() == null ? size : result.verifiedCompressed(), result.memberStarts(), result.failure(), null);
    }

    /** bzip2 and zstd: checked as a whole (a failure leaves nothing verified). */
    private static FileCheck stream(InputStream raw, long size, long cap, InputFiles.Compression compression,
                                    PipelineConfig.Limits limits) throws IOException {
        try (InputStream in = InputFiles.decompress(nonClosing(raw), compression)) {
            long total = 0;
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > cap) {
                    return new FileCheck(size, "", compression, 0, 0, List.of(), null, overCap(size, compression, limits));
                }
            }
            return new FileCheck(size, "", compression, Long.MAX_VALUE, size, List.of(), null, null);
        } catch (IOException | RuntimeException e) {
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new FileCheck(size, "", compression, 0, 0, List.of(), compression.name().toLowerCase() + " check failed: " + what, null);
        }
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the digest must still see the rest of the file
            }
        };
    }

    private static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The SHA-256 of a file's bytes, hex. */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest sha = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether the decompressed content up to {@code end} passed its checksums. */
    public boolean verifiedThrough(long end) {
        return end <= verifiedBytes;
    }
}
