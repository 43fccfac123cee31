package io.newsrel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reuters-21578 records written here in the dump's own layout (the real dump stays in ../shared). */
class ReutersSgmReaderTest {

    private static final String DUMP = """
            <!DOCTYPE lewis SYSTEM "lewis.dtd">
            <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
            <DATE>26-FEB-1987 15:01:01.79</DATE>
            <TOPICS><D>cocoa</D><D>trade</D></TOPICS>
            <PLACES><D>el-salvador</D><D>usa</D></PLACES>
            <UNKNOWN>\s
            &#5;&#5;&#5;C T
            &#22;&#22;&#1;f0704&#31;reute
            u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
            <TEXT>&#2;
            <TITLE>BAHIA COCOA &lt;REVIEW&gt;</TITLE>
            <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
            the Bahia cocoa zone, &lt;Comissaria Smith> said &amp; added.
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5552" NEWID="2">
            <DATE>26-FEB-1987 15:02:20.00</DATE>
            <TEXT TYPE="BRIEF">&#2;
            ******<TITLE>STANDARD OIL TO FORM FINANCIAL UNIT
            </TITLE>Blah blah blah.
            &#3;

            </TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" NEWID="3">
            <DATE>31-FEB-1987 oops</DATE>
            <TEXT><TITLE>NO DATE</TITLE><BODY>A body with a date that does not exist.</BODY></TEXT>
            </REUTERS>
            """;

    @TempDir
    Path dir;

    private static List<InputItem> all(Iterator<InputItem> it) {
        List<InputItem> items = new ArrayList<>();
        it.forEachRemaining(items::add);
        return items;
    }

    @Test
    void wrappedLinesAreJoinedAndIndentedLinesStartParagraphs() {
        assertEquals("Showers continued in the zone.\nThe dry period means\nArrivals were 155,221 bags.",
                ReutersSgmReader.unwrap("Showers continued\nin the zone.\n    The dry period\nmeans\n\nArrivals were\n155,221 bags."));
    }

    @Test
    void eachRecordIsADocumentWithDateTitleAndBody() throws IOException {
        Path file = dir.resolve("reut2-000.sgm");
        Files.writeString(file, DUMP, StandardCharsets.ISO_8859_1);
        List<InputItem> items = all(new ReutersSgmReader().read(file));
        assertEquals(3, items.size());

        InputItem.Document first = assertInstanceOf(InputItem.Document.class, items.get(0));
        NewsDocument doc = first.document();
        assertEquals("reut2-000.sgm#1", doc.id());
        assertEquals(LocalDate.of(1987, 2, 26), doc.date());
        assertEquals("BAHIA COCOA <REVIEW>", doc.title());
        assertEquals("Showers continued throughout the week in the Bahia cocoa zone, <Comissaria Smith> said & added.",
                doc.text(), "entities resolved, wrapped lines joined, control characters and the sign-off dropped");
        assertEquals("cocoa,trade", doc.metadata().get("topics"));
        assertEquals("el-salvador,usa", doc.metadata().get("places"));
        assertEquals(file + ":2", first.origin(), "origin is the line of the <REUTERS> tag");

        InputItem.Unreadable brief = assertInstanceOf(InputItem.Unreadable.class, items.get(1));
        assertEquals(new InputItem.Unreadable("reut2-000.sgm#2", file + ":17", "no <BODY> text (TEXT TYPE=BRIEF)"), brief);

        NewsDocument undated = assertInstanceOf(InputItem.Document.class, items.get(2)).document();
        assertEquals("reut2-000.sgm#3", undated.id());
        assertNull(undated.date(), "an impossible date is dropped, the document kept");
    }

    @Test
    void theResolverTakesSgmFilesAlsoGzippedAndStopsCleanlyAtATruncatedRecord() throws IOException {
        Path gz = dir.resolve("reut2-001.sgm.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(DUMP.getBytes(StandardCharsets.ISO_8859_1));
        }
        Path cut = dir.resolve("reut2-002.sgm");
        Files.writeString(cut, DUMP.substring(0, DUMP.indexOf("</REUTERS>")), StandardCharsets.ISO_8859_1);
        InputResolver resolver = new InputResolver(List.of(new TextFileReader(), new ReutersSgmReader()),
                io.newsrel.config.PipelineConfig.defaults().limits());
        List<InputEntry> files = resolver.entries(List.of(dir));
        assertEquals(List.of(gz, cut), files.stream().map(InputEntry::path).toList());
        List<InputItem> items = all(resolver.records(files));
        assertEquals(4, items.size());
        assertEquals("reut2-001.sgm#1", assertInstanceOf(InputItem.Document.class, items.get(0)).document().id());
        assertEquals(new InputItem.Unreadable("reut2-002.sgm#1", cut + ":2", "file ends inside the record (no </REUTERS>)"),
                items.get(3));
    }
}
