package io.newsrel.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A {@code .jsonl} file holds one JSON object per line, one document each. Field names come from
 * the configuration ({@code input.idField}, ...); other scalar fields are kept as metadata. Lines
 * are decoded one by one, so a bad line costs that line only.
 */
public final class JsonlReader implements DocumentReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PipelineConfig.Input fields;

    public JsonlReader(PipelineConfig.Input fields) {
        this.fields = fields;
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".jsonl");
    }

    @Override
    public Iterator<InputItem> read(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return new Iterator<>() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();
            private int lineNumber;
            private InputItem next;
            private boolean closed;

            @Override
            public boolean hasNext() {
                while (next == null && !closed) {
                    next = readRecord();
                }
                return next != null;
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InputItem item = next;
                next = null;
                return item;
            }

            /** The next record, or null for a blank line or the end of the file. */
            private InputItem readRecord() {
                try {
                    line.reset();
                    int b;
                    while ((b = in.read()) != -1 && b != '\n') {
                        line.write(b);
                    }
                    if (b == -1 && line.size() == 0) {
                        in.close();
                        closed = true;
                        return null;
                    }
                    lineNumber++;
                    return parse(line.toByteArray(), file + ":" + lineNumber);
                } catch (IOException e) {
                    closed = true;
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        };
    }

    /**
     * Reads one line of a JSONL file (without its newline) into a record, as {@link #read} does
     * for each line; null for a blank line. For callers that split the lines themselves (Spark).
     */
    public InputItem parse(byte[] bytes, String origin) {
        String json;
        try {
            json = StrictUtf8.decode(bytes, 0, bytes.length);
        } catch (CharacterCodingException e) {
            return new InputItem.Unreadable(null, origin, "invalid UTF-8");
        }
        if (json.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new InputItem.Unreadable(null, origin, "malformed JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            return new InputItem.Unreadable(null, origin, "not a JSON object");
        }
        String id = text(node, fields.idField());
        if (id == null || id.isBlank()) {
            return new InputItem.Unreadable(null, origin, "no '" + fields.idField() + "' field");
        }
        String text = text(node, fields.textField());
        if (text == null || text.isBlank()) {
            return new InputItem.Unreadable(id, origin, "empty or missing '" + fields.textField() + "' field");
        }
        LocalDate date;
        try {
            date = date(text(node, fields.dateField()));
        } catch (DateTimeParseException e) {
            return new InputItem.Unreadable(id, origin, "unreadable '" + fields.dateField() + "': " + e.getParsedString());
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        node.properties().forEach(field -> {
            String name = field.getKey();
            if (field.getValue().isValueNode() && !field.getValue().isNull() && !isDocumentField(name)) {
                metadata.put(name, field.getValue().asText());
            }
        });
        NewsDocument document = new NewsDocument(id, text, date, text(node, fields.titleField()),
                text(node, fields.urlField()), metadata);
        return new InputItem.Document(document, origin);
    }

    private boolean isDocumentField(String name) {
        return name.equals(fields.idField()) || name.equals(fields.textField()) || name.equals(fields.dateField())
                || name.equals(fields.titleField()) || name.equals(fields.urlField());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    /** ISO dates, also with a time part ("2024-12-17T09:30:00Z" → 2024-12-17); null stays null. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String day = value.strip();
        if (day.length() > 10 && day.charAt(10) == 'T' || day.length() > 10 && day.charAt(10) == ' ') {
            day = day.substring(0, 10);
        }
        return LocalDate.parse(day);
    }
}
