package io.newsrel.ingest;

import io.newsrel.model.NewsDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

/**
 * WARC files ({@code .warc}, {@code .warc.gz}, e.g. Common Crawl's CC-NEWS), read with jwarc.
 * Each {@code response} record with an HTML payload is one document: id = the WARC-Record-ID,
 * url = the target URI, text, title and date as {@link HtmlArticle} reads them, the WARC-Date
 * (the crawl day) when the page names no publication date. A response that is not HTML
 * ("not HTML: application/pdf"), not a 2xx, or has no article text is unreadable and gets an
 * error line. Records that hold no page — warcinfo, request, metadata, revisit, resource — are
 * skipped without one. The origin of a record is {@code FILE@OFFSET}, the byte offset of the
 * record in the file as it is on disk (what CDX indexes give for a {@code .warc.gz}).
 */
public final class WarcFileReader implements DocumentReader {

    /** HTML payloads larger than this are reported, not parsed. */
    static final int MAX_HTML_BYTES = 32 << 20;

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
    public Iterator<InputItem> read(Path file) throws IOException {
        // jwarc reads plain and gzipped WARC itself, which keeps record offsets those of the file
        InputFiles.Compression compression = InputFiles.compression(file);
        WarcReader warc = compression == InputFiles.Compression.NONE || compression == InputFiles.Compression.GZIP
                ? new WarcReader(InputFiles.channel(file))
                : new WarcReader(InputFiles.open(file));
        return new RecordIterator(warc) {
            @Override
            protected InputItem readNext() throws IOException {
                Optional<WarcRecord> record;
                while ((record = warc.next()).isPresent()) {
                    if (record.get() instanceof WarcResponse response) {
                        return read(response, file + "@" + warc.position());
                    }
                }
                return null;
            }
        };
    }

    private static InputItem read(WarcResponse response, String origin) throws IOException {
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
            html = body.readNBytes(MAX_HTML_BYTES + 1);
        }
        if (html.length > MAX_HTML_BYTES) {
            return new InputItem.Unreadable(id, origin, "HTML payload over " + MAX_HTML_BYTES + " bytes");
        }
        HtmlArticle article = HtmlArticle.parse(new ByteArrayInputStream(html), charset(type), response.target());
        if (article.text().isBlank()) {
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
