package io.newsrel.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * An output file written by appending lines, that a checkpoint can mark as committed: after
 * {@link #commit()} every line written so far is on disk and the returned length is where a
 * resumed run cuts the file back to, dropping whatever an interrupted run wrote after it.
 * Gzipped files are written as one gzip member per commit, so a file cut at a commit is still a
 * valid (multi-member) gzip file.
 */
final class AppendLog implements AutoCloseable {

    private final FileChannel channel;
    private final OutputStream file;
    private final boolean gzip;
    private OutputStream out;

    /** Opens the file for appending after cutting it to {@code committedLength} bytes (0 for a new file). */
    AppendLog(Path path, long committedLength, boolean gzip) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long length = channel.size();
        if (length < committedLength) {
            channel.close();
            throw new IOException(path + " has " + length + " bytes, fewer than the " + committedLength
                    + " its checkpoint committed; the run cannot be resumed");
        }
        channel.truncate(committedLength);
        channel.position(committedLength);
        this.file = Channels.newOutputStream(channel);
        this.gzip = gzip;
    }

    void writeLine(String line) throws IOException {
        if (out == null) {
            OutputStream member = new Unclosable(file);
            out = gzip ? new GZIPOutputStream(member, 1 << 16) : new BufferedOutputStream(member, 1 << 16);
        }
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /** Writes out what was buffered (ending the gzip member) and returns the committed length. */
    long commit() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        channel.force(false);
        return channel.size();
    }

    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            commit();
        } finally {
            channel.close();
        }
    }

    /** Passes writes through; closing it ends a gzip member or buffer, not the file. */
    private static final class Unclosable extends OutputStream {
        private final OutputStream target;

        Unclosable(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            target.flush();
        }
    }
}
