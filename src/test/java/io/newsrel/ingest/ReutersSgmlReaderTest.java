package io.newsrel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersSgmlReaderTest {

    @TempDir
    Path dir;

    @Test
    void joinsWrappedLinesAndKeepsOneParagraphPerLine() throws IOException {
        Path file = dir.resolve("reut2-000.sgm");
        Files.writeString(file, """
                <!DOCTYPE lewis SYSTEM "lewis.dtd">
                <REUTERS TOPICS="YES" NEWID="7">
                <TEXT>&#2;
                <TITLE>ARMS SALE</TITLE>
                <BODY>The U.S. will sell 12 F-16 fighters to
                Pakistan, officials said &lt;today&gt;.
                    The deal is worth 300 mln dlrs &amp; more.
                 Reuter
                &#3;</BODY></TEXT>
                </REUTERS>
                <REUTERS TOPICS="NO" NEWID="8">
                <TEXT TYPE="BRIEF">&#2;<TITLE>NO BODY</TITLE>&#3;</TEXT>
                </REUTERS>
                """, StandardCharsets.ISO_8859_1);
        ReutersSgmlReader reader = new ReutersSgmlReader();
        List<InputItem> items = new ArrayList<>();
        reader.read(file).forEachRemaining(items::add);

        assertTrue(reader.accepts(file));
        assertEquals(1, items.size(), "a record without a body is skipped");
        InputItem.Document doc = (InputItem.Document) items.get(0);
        assertEquals("reuters-7", doc.document().id());
        assertEquals("The U.S. will sell 12 F-16 fighters to Pakistan, officials said <today>.\n"
                + "The deal is worth 300 mln dlrs & more.", doc.document().text());
        assertEquals(file + "#7", doc.origin());
    }
}
