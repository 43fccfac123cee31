package io.newsrel.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Checks a gzip file member by member (RFC 1952): inflates each, compares its CRC-32 and length
 * with its trailer, and notes where each member starts and ends. A reader that streams a gzip file
 * learns of a bad checksum only at the end of its member, after it has handed out the member's
 * records; this check, run first, tells which records come from verified members.
 */
final class GzipMembers {

    /**
     * What the check found.
     *
     * @param verifiedBytes      decompressed bytes of the members that passed their check, from the start
     * @param verifiedCompressed compressed bytes of those members (where the first bad member starts)
     * @param memberStarts       compressed offset of every member that was reached
     * @param failure            why the member after the verified ones failed; null when all passed
     * @param overLimit          whether the check stopped at the decompressed limit
     */
    record Result(long verifiedBytes, long verifiedCompressed, List<Long> memberStarts, String failure,
                  boolean overLimit) {
    }

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long offset;

    private GzipMembers(InputStream in) {
        this.in = in;
    }

    /** Checks the gzip data of {@code in}, inflating at most {@code maxBytes} bytes. */
    static Result check(InputStream in, long maxBytes) throws IOException {
        return new GzipMembers(in).check(maxBytes);
    }

    private Result check(long maxBytes) throws IOException {
        long verified = 0;
        long verifiedCompressed = 0;
        List<Long> starts = new ArrayList<>();
        byte[] out = new byte[1 << 16];
        while (true) {
            int first = peek();
            if (first < 0) {
                return new Result(verified, verifiedCompressed, starts, null, false);
            }
            long start = offset;
            if (starts.isEmpty() || first == 0x1f) {
                starts.add(start);
            }
            String headerProblem = header();
            if (headerProblem != null) {
                // bytes after the last member that are not a member: what GZIPInputStream ignores too
                return starts.size() == 1
                        ? new Result(0, 0, starts, headerProblem, false)
                        : new Result(verified, verifiedCompressed, starts.subList(0, starts.size() - 1), null, false);
            }
            Inflater inflater = new Inflater(true);
            CRC32 crc = new CRC32();
            long size = 0;
            try {
                while (!inflater.finished()) {
                    if (inflater.needsInput()) {
                        if (!fill()) {
                            return new Result(verified, verifiedCompressed, starts, "the gzip data ends inside a member", false);
                        }
                        inflater.setInput(buffer, pos, limit - pos);
                    }
                    int n = inflater.inflate(out);
                    crc.update(out, 0, n);
                    size += n;
                    if (verified + size > maxBytes) {
                        return new Result(verified, verifiedCompressed, starts, null, true);
                    }
                    if (n == 0 && inflater.needsDictionary()) {
                        return new Result(verified, verifiedCompressed, starts, "the gzip data needs a dictionary", false);
                    }
                    int used = (limit - pos) - inflater.getRemaining();
                    pos += used;
                    offset += used;
                    if (!inflater.finished() && !inflater.needsInput()) {
                        inflater.setInput(buffer, pos, limit - pos);
                    }
                }
            } catch (DataFormatException e) {
                return new Result(verified, verifiedCompressed, starts, "invalid deflate data: " + e.getMessage(), false);
            } finally {
                inflater.end();
            }
            long storedCrc = uint32();
            long storedSize = uint32();
            if (storedCrc < 0 || storedSize < 0) {
                return new Result(verified, verifiedCompressed, starts, "the gzip data ends inside a member trailer", false);
            }
            if (storedCrc != crc.getValue()) {
                return new Result(verified, verifiedCompressed, starts, "gzip checksum (CRC-32) mismatch", false);
            }
            if (storedSize != (size & 0xffffffffL)) {
                return new Result(verified, verifiedCompressed, starts, "gzip length mismatch", false);
            }
            verified += size;
            verifiedCompressed = offset;
        }
    }

    /** Reads a member header; null when it is one, else what is wrong. */
    private String header() throws IOException {
        int id1 = read();
        int id2 = read();
        int method = read();
        int flags = read();
        if (id1 != 0x1f || id2 != 0x8b) {
            return "not gzip data";
        }
        if (method != 8 || flags < 0) {
            return "unknown gzip compression method " + method;
        }
        for (int i = 0; i < 6; i++) {
            if (read() < 0) {
                return "the gzip data ends inside a member header";
            }
        }
        if ((flags & FEXTRA) != 0) {
            int length = read() | (read() << 8);
            for (int i = 0; i < length; i++) {
                if (read() < 0) {
                    return "the gzip data ends inside a member header";
                }
            }
        }
        for (int flag : new int[] {FNAME, FCOMMENT}) {
            if ((flags & flag) != 0) {
                int b;
                while ((b = read()) > 0) {
                    // a zero-terminated name or comment
                }
                if (b < 0) {
                    return "the gzip data ends inside a member header";
                }
            }
        }
        if ((flags & FHCRC) != 0 && (read() < 0 || read() < 0)) {
            return "the gzip data ends inside a member header";
        }
        return null;
    }

    private long uint32() throws IOException {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int b = read();
            if (b < 0) {
                return -1;
            }
            value |= (long) b << (8 * i);
        }
        return value;
    }

    private int peek() throws IOException {
        return fill() ? buffer[pos] & 0xff : -1;
    }

    private int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        offset++;
        return buffer[pos++] & 0xff;
    }

    /** Makes sure a byte is buffered; false at the end of the data. */
    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }
}
