package io.newsrel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

    @TempDir
    Path dir;

    private final PipelineConfig.Input fields = PipelineConfig.defaults().input();

    private static List<InputItem> all(Iterator<InputItem> it) {
        List<InputItem> items = new ArrayList<>();
        it.forEachRemaining(items::add);
        return items;
    }

    @Test
    void readsDocumentsWithDatesAndMetadata() throws IOException {
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, """
                {"id": "a1", "text": "Poland ordered tanks.", "date": "2022-08-27", "title": "T", "url": "https://x", "lang": "en"}

                {"id": "a2", "text": "Egypt bought frigates.", "date": "2021-02-10T09:30:00Z", "date2": null}
                """);
        List<InputItem> items = all(new JsonlReader(fields).read(file));
        assertEquals(2, items.size());
        NewsDocument first = assertInstanceOf(InputItem.Document.class, items.get(0)).document();
        assertEquals("a1", first.id());
        assertEquals(LocalDate.of(2022, 8, 27), first.date());
        assertEquals("T", first.title());
        assertEquals("https://x", first.url());
        assertEquals("en", first.metadata().get("lang"));
        assertEquals(file + ":1", items.get(0).origin());
        NewsDocument second = assertInstanceOf(InputItem.Document.class, items.get(1)).document();
        assertEquals(LocalDate.of(2021, 2, 10), second.date());
        assertEquals(file + ":3", items.get(1).origin(), "blank lines still count for line numbers");
    }

    @Test
    void badLinesBecomeUnreadableRecordsAndReadingGoesOn() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"ok1\", \"text\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"broken\", \"text\": \n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        bytes.writeBytes("[1, 2]\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"text\": \"no id\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"empty\", \"text\": \"  \"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"baddate\", \"text\": \"x\", \"date\": \"yesterday\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"ok2\", \"text\": \"fine too\"}".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());

        List<InputItem> items = all(new JsonlReader(fields).read(file));
        assertEquals(8, items.size());
        assertInstanceOf(InputItem.Document.class, items.get(0));
        assertUnreadable(items.get(1), null, file + ":2", "malformed JSON");
        assertUnreadable(items.get(2), null, file + ":3", "invalid UTF-8");
        assertUnreadable(items.get(3), null, file + ":4", "not a JSON object");
        assertUnreadable(items.get(4), null, file + ":5", "no 'id' field");
        assertUnreadable(items.get(5), "empty", file + ":6", "empty or missing 'text' field");
        InputItem.Document undated = assertInstanceOf(InputItem.Document.class, items.get(6),
                "an optional field that cannot be read does not cost the document");
        assertNull(undated.document().date());
        assertEquals("yesterday", undated.document().metadata().get("date"));
        assertEquals(List.of("unreadable 'date' (yesterday): kept as metadata, the document has no date"), undated.warnings());
        assertEquals("ok2", assertInstanceOf(InputItem.Document.class, items.get(7)).document().id());
    }

    @Test
    void fieldNamesAreConfigurable() throws IOException {
        Path file = dir.resolve("custom.jsonl");
        Files.writeString(file, "{\"doc_id\": \"c1\", \"body\": \"Text.\", \"published\": \"2020-01-02\"}\n");
        PipelineConfig.Input custom = new PipelineConfig.Input("doc_id", "body", "published", "headline", "link");
        NewsDocument doc = assertInstanceOf(InputItem.Document.class, all(new JsonlReader(custom).read(file)).get(0)).document();
        assertEquals("c1", doc.id());
        assertEquals("Text.", doc.text());
        assertEquals(LocalDate.of(2020, 1, 2), doc.date());
        assertNull(doc.title());
    }

    private static void assertUnreadable(InputItem item, String id, String origin, String reasonStart) {
        InputItem.Unreadable bad = assertInstanceOf(InputItem.Unreadable.class, item);
        assertEquals(id, bad.id());
        assertEquals(origin, bad.origin());
        assertTrue(bad.reason().startsWith(reasonStart), bad.reason());
    }
}
