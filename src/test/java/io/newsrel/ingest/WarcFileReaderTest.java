package io.newsrel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcFileReaderTest {

    static final String ARTICLE = """
            <html><head><title>Site | Poland orders K2 tanks</title>
            <meta property="og:title" content="Poland orders K2 tanks">
            <meta property="article:published_time" content="2022-08-27T10:00:00+02:00"></head>
            <body><nav><p>Home News Defence</p></nav><header><p>Subscribe now</p></header>
            <article><h1>Poland orders K2 tanks</h1><p>Poland signed a contract for 180 K2 tanks.</p>
            <script>var tracking = 1;</script><p>Deliveries start in 2022.</p><aside><p>Related: more news</p></aside></article>
            <footer><p>Copyright</p></footer></body></html>""";

    @TempDir
    Path dir;

    private List<InputItem> read(Path file) throws IOException {
        List<InputItem> items = new ArrayList<>();
        new WarcFileReader().read(file).forEachRemaining(items::add);
        return items;
    }

    @Test
    void htmlResponsesAreDocumentsOtherResponsesErrorsOtherRecordsSkipped() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        Files.write(file, new WarcBytes(true).warcinfo().request("https://news.example/k2")
                .response("https://news.example/k2", 200, "text/html; charset=utf-8", ARTICLE)
                .response("https://news.example/report.pdf", 200, "application/pdf", "%PDF-1.4")
                .response("https://news.example/gone", 404, "text/html", "<html><body><p>Not found</p></body></html>")
                .bytes());
        List<InputItem> items = read(file);
        assertEquals(3, items.size(), items.toString());

        InputItem.Document doc = assertInstanceOf(InputItem.Document.class, items.get(0));
        NewsDocument article = doc.document();
        assertEquals(WarcBytes.id(3), article.id());
        assertEquals("https://news.example/k2", article.url());
        assertEquals("Poland orders K2 tanks", article.title());
        assertEquals(LocalDate.of(2022, 8, 27), article.date(), "publication date from the meta tag, not the crawl");
        assertEquals("Poland signed a contract for 180 K2 tanks.\n\nDeliveries start in 2022.", article.text());

        InputItem.Unreadable pdf = assertInstanceOf(InputItem.Unreadable.class, items.get(1));
        assertEquals(WarcBytes.id(4), pdf.id());
        assertEquals("not HTML: application/pdf", pdf.reason());
        assertEquals("HTTP status 404", assertInstanceOf(InputItem.Unreadable.class, items.get(2)).reason());
        assertEquals(file + "@" + offsetOfRecord(file, 3), doc.origin(), "origin is the record's offset in the .warc.gz");
    }

    @Test
    void crawlDateWhenThePageHasNone() throws IOException {
        Path file = dir.resolve("plain.warc");
        Files.write(file, new WarcBytes(false).response("https://x.example/a", 200, "text/html",
                "<html><body><p>Egypt received Rafale jets.</p></body></html>").bytes());
        NewsDocument doc = assertInstanceOf(InputItem.Document.class, read(file).get(0)).document();
        assertEquals(LocalDate.of(2024, 12, 17), doc.date());
        assertEquals("Egypt received Rafale jets.", doc.text());
        assertEquals(file + "@0", read(file).get(0).origin());
    }

    /** Where the n-th gzip member (1-based) starts: each record is one member. */
    private static long offsetOfRecord(Path file, int n) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int seen = 0;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == 0x1f && bytes[i + 1] == (byte) 0x8b && bytes[i + 2] == 8 && ++seen == n) {
                return i;
            }
        }
        throw new AssertionError("no gzip member " + n);
    }
}
