package io.newsrel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {

    @TempDir
    Path dir;

    private InputItem readOne(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new TextFileReader().read(file).next();
    }

    @Test
    void aTextFileIsOneDocumentNamedAfterTheFile() throws IOException {
        InputItem item = readOne("a.txt", "\uFEFFMorocco bought drones.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        InputItem.Document doc = assertInstanceOf(InputItem.Document.class, item);
        assertEquals("a.txt", doc.document().id());
        assertEquals("Morocco bought drones.", doc.document().text(), "the byte-order mark is dropped");
    }

    @Test
    void binaryInvalidAndEmptyFilesAreUnreadable() throws IOException {
        assertEquals("binary content (NUL bytes), not text",
                assertInstanceOf(InputItem.Unreadable.class, readOne("b.txt", new byte[] {'P', 'K', 3, 4, 0, 0})).reason());
        String reason = assertInstanceOf(InputItem.Unreadable.class, readOne("c.txt", new byte[] {'a', (byte) 0xFF, 'b'})).reason();
        assertEquals("invalid UTF-8", reason.substring(0, "invalid UTF-8".length()));
        assertEquals("empty text", assertInstanceOf(InputItem.Unreadable.class, readOne("d.txt", " \n".getBytes())).reason());
    }
}
