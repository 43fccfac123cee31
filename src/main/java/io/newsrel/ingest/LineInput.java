package io.newsrel.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line without ever holding more than {@code maxBytes} of a line:
 * a longer line is skipped to its end and reported by its length, so a file without newlines
 * cannot fill the memory. Knows the exact offset of the end of each line it returned (what
 * decides whether a line lies in the checksum-verified part of a compressed file).
 */
final class LineInput {

    /** One line, without its {@code \n}; {@code bytes} is null when the line was over the limit. */
    record Line(byte[] bytes, long length, long end) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed;

    LineInput(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int kept = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? new Line(kept == length ? Arrays.copyOf(line, kept) : null, length, consumed) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            long room = Math.max(0, Math.min(n, (long) maxBytes - length));
            if (room > 0 && kept == length) {
                if (kept + room > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(kept + room, 2L * line.length)));
                }
                System.arraycopy(buffer, start, line, kept, (int) room);
                kept += (int) room;
            }
            length += n;
            consumed += n;
            if (length > maxBytes) {
                kept = -1;
            }
            if (pos < limit) {
                pos++;
                consumed++;
                return new Line(kept == length ? Arrays.copyOf(line, kept) : null, length, consumed);
            }
        }
    }

    void close() throws IOException {
        in.close();
    }
}
