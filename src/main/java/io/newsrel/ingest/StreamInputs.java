package io.newsrel.ingest;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a stream input: standard input ({@code -}) or a pipe ({@code <(zcat dump.gz)}, a FIFO).
 * A stream can be read once, so its format is told from its first bytes through a buffer that
 * gives them back ({@code mark}/{@code reset}) and the reader gets that same buffer; content no
 * reader recognises is read as one text document. Compressed data is first copied to a temporary
 * file (up to {@code limits.maxFileBytes}) and read as a file is, so that its checksums are checked
 * before a record of it is used.
 */
final class StreamInputs {

    private StreamInputs() {
    }

    static Iterator<InputItem> read(InputEntry entry, InputResolver resolver) throws IOException {
        // FileInputStream, not Files.newInputStream: a channel's available() seeks, which a pipe cannot
        InputStream raw = entry.path().equals(InputEntry.STDIN) ? unclosable(System.in)
                : new FileInputStream(entry.path().toFile());
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(InputFiles.HEAD);
        byte[] magic = in.readNBytes(InputFiles.HEAD);
        in.reset();
        long max = resolver.limits().maxFileBytes();
        String overLimit = "the stream holds more than " + max + " bytes, over limits.maxFileBytes=" + max;
        if (InputFiles.Compression.of(magic, magic.length) != InputFiles.Compression.NONE) {
            return spooled(entry, in, resolver, overLimit);
        }
        BufferedInputStream content = new BufferedInputStream(new CappedStream(in, max, "limits.maxFileBytes", overLimit), 1 << 16);
        content.mark(InputResolver.SNIFF_BYTES);
        byte[] head = content.readNBytes(InputResolver.SNIFF_BYTES);
        content.reset();
        DocumentReader reader = resolver.readerOf(head).or(resolver::textReader).orElseThrow();
        return reader.read(InputSource.stream(entry.name(), content, resolver.limits()));
    }

    private static Iterator<InputItem> spooled(InputEntry entry, InputStream in, InputResolver resolver, String overLimit)
            throws IOException {
        Path copy = Files.createTempFile("newsrel-stream-", ".spool");
        copy.toFile().deleteOnExit();
        try (in; OutputStream out = Files.newOutputStream(copy)) {
            new CappedStream(in, resolver.limits().maxFileBytes(), "limits.maxFileBytes", overLimit).transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        FileCheck check = FileCheck.of(copy, resolver.limits());
        if (check.limitProblem() != null) {
            Files.deleteIfExists(copy);
            return List.<InputItem>of(new InputItem.Unreadable(null, entry.name(), check.limitProblem())).iterator();
        }
        byte[] head = InputFiles.head(copy, InputResolver.SNIFF_BYTES, resolver.limits());
        DocumentReader reader = resolver.readerOf(head).or(resolver::textReader).orElseThrow();
        Iterator<InputItem> records = reader.read(InputSource.checked(copy, entry.name(), resolver.limits(), check));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = records.hasNext();
                if (!more) {
                    try {
                        Files.deleteIfExists(copy);
                    } catch (IOException ignored) {
                        // deleted on exit
                    }
                }
                return more;
            }

            @Override
            public InputItem next() {
                return records.next();
            }
        };
    }

    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // standard input stays open for the JVM
            }
        };
    }
}
