package io.newsrel.ingest;

import io.newsrel.model.NewsDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WARC files ({@code .warc}, {@code .warc.gz}, e.g. Common Crawl's CC-NEWS), read with jwarc.
 * Each {@code response} record with an HTML payload is one document: id = the WARC-Record-ID,
 * url = the target URI, text, title and date as {@link HtmlArticle} reads them, the WARC-Date
 * (the crawl day) when the page names no publication date. A response that is not HTML
 * ("not HTML: application/pdf"), not a 2xx, or has no article text is unreadable and gets an
 * error line. Records that hold no page — warcinfo, request, metadata, revisit, resource — are
 * skipped without one. The origin of a record is {@code FILE@OFFSET}, the byte offset of the
 * record in the file as it is on disk (what CDX indexes give for a {@code .warc.gz}). A record
 * that cannot be parsed (a broken WARC header, an HTTP status line such as "ICY 200 OK") is one
 * error line, and reading goes on with the next record: the next gzip member of a
 * {@code .warc.gz}, the next "WARC/" line of a plain one. A payload over
 * {@code limits.maxRecordBytes} is reported, not parsed.
 */
public final class WarcFileReader implements DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(WarcFileReader.class);

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    @Override
    public boolean accepts(Path file) {
        return InputFiles.logicalName(file).endsWith(".warc");
    }

    @Override
    public boolean acceptsContent(byte[] head) {
        return new String(head, StandardCharsets.ISO_8859_1).startsWith("WARC/");
    }

    @Override
    public Iterator<InputItem> read(InputSource source) throws IOException {
        // jwarc reads plain and gzipped WARC itself, which keeps record offsets those of the file
        Path file = source.file().orElse(null);
        InputFiles.Compression compression = file == null ? null : InputFiles.compression(file);
        boolean seekable = compression == InputFiles.Compression.NONE || compression == InputFiles.Compression.GZIP;
        WarcReader warc = seekable ? new WarcReader(BytesRead.channel(file)) : new WarcReader(source.open());
        warc.setLenient(true);
        warc.onWarning(message -> LOG.warn("{}: {}", source.name(), message));
        int maxBytes = source.limits().maxRecordBytes();
        return new RecordIterator(warc) {
            @Override
            protected InputItem readNext() throws IOException {
                while (true) {
                    Optional<WarcRecord> record;
                    try {
                        record = warc.next();
                    } catch (IOException | RuntimeException e) {
                        long at = warc.position();
                        long next = seekable ? nextRecordStart(file, compression, source, at) : -1;
                        if (next < 0) {
                            throw e instanceof IOException io ? io : new IOException(e.toString(), e);
                        }
                        warc.position(next);
                        return new InputItem.Unreadable(null, source.name() + "@" + at, "unreadable WARC record ("
                                + describe(e) + "); reading goes on at byte " + next);
                    }
                    if (record.isEmpty()) {
                        return null;
                    }
                    if (record.get() instanceof WarcResponse response) {
                        String origin = source.name() + "@" + warc.position();
                        InputItem item = readSafely(response, origin, maxBytes);
                        return compression == InputFiles.Compression.GZIP
                                ? source.verifiedAtCompressedOffset(item, warc.position())
                                : source.verified(item, seekable ? 0 : warc.position() + 1);
                    }
                }
            }
        };
    }

    /** A response that cannot be parsed (a status line "ICY 200 OK", a bad header) is one error line. */
    private static InputItem readSafely(WarcResponse response, String origin, int maxBytes) {
        String id;
        try {
            id = response.id().toString();
        } catch (RuntimeException e) {
            return new InputItem.Unreadable(null, origin, "unreadable WARC-Record-ID: " + describe(e));
        }
        try {
            return read(response, origin, maxBytes);
        } catch (IOException | RuntimeException e) {
            return new InputItem.Unreadable(id, origin, "unreadable HTTP response (" + describe(e) + ")");
        }
    }

    /**
     * Where the record after the one at {@code failedAt} starts: the next gzip member of a
     * {@code .warc.gz} (one per record), the next line starting "WARC/" of a plain WARC; -1 when none.
     */
    private static long nextRecordStart(Path file, InputFiles.Compression compression, InputSource source, long failedAt)
            throws IOException {
        if (compression == InputFiles.Compression.GZIP) {
            return source.memberStarts().stream().filter(start -> start > failedAt).findFirst().orElse(-1L);
        }
        byte[] marker = "\nWARC/".getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long base = failedAt;
            int matched = 0;
            channel.position(base);
            int n;
            while ((n = channel.read(buffer.clear())) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer.get(i);
                    matched = b == marker[matched] ? matched + 1 : (b == marker[0] ? 1 : 0);
                    if (matched == marker.length) {
                        return base + i + 1 - (marker.length - 1);
                    }
                }
                base += n;
            }
        }
        return -1;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    private static InputItem read(WarcResponse response, String origin, int maxBytes) throws IOException {
        String id = response.id().toString();
        MediaType recordType = response.contentType();
        if (!recordType.base().equals(MediaType.HTTP_RESPONSE.base())) {
            return new InputItem.Unreadable(id, origin, "not an HTTP response: " + recordType.base());
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
            return new InputItem.Unreadable(id, origin, "HTTP status " + http.status());
        }
        MediaType type = http.contentType();
        if (!HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            return new InputItem.Unreadable(id, origin, "not HTML: " + type.base());
        }
        byte[] html;
        try (InputStream body = http.bodyDecoded().stream()) {
            html = body.readNBytes(maxBytes + 1);
        }
        if (html.length > maxBytes) {
            return new InputItem.Unreadable(id, origin, "HTML payload of more than " + maxBytes
                    + " bytes, over limits.maxRecordBytes=" + maxBytes);
        }
        HtmlArticle article = HtmlArticle.parse(new ByteArrayInputStream(html), charset(type), response.target());
        if (TextChecks.isBlank(article.text())) {
            return new InputItem.Unreadable(id, origin, "no article text in the HTML");
        }
        LocalDate date = article.date() != null ? article.date() : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        NewsDocument document = new NewsDocument(id, article.text(), date, article.title(), response.target(),
                Map.of("warcDate", response.date().toString()));
        return new InputItem.Document(document, origin);
    }

    /** The charset the HTTP header names, when Java knows it; else null, and jsoup reads the page's meta tag. */
    private static String charset(MediaType type) {
        String name = type.parameters().get("charset");
        try {
            return name != null && Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
