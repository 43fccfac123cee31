package io.newsrel.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code .jsonl} file holds one JSON object per line, one document each. Field names come from
 * the configuration ({@code input.idField}, ...); other scalar fields are kept as metadata. Lines
 * are decoded one by one, so a bad line costs that line only. Dates may be in any format
 * {@link Dates} reads.
 */
public final class JsonlReader implements DocumentReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A longer line is not buffered (a file without newlines would fill the memory); it is reported. */
    static final int MAX_LINE_BYTES = 64 << 20;

    private final PipelineConfig.Input fields;

    public JsonlReader(PipelineConfig.Input fields) {
        this.fields = fields;
    }

    @Override
    public boolean accepts(Path file) {
        return InputFiles.logicalName(file).endsWith(".jsonl");
    }

    /** A file whose content starts with a JSON object. */
    @Override
    public boolean acceptsContent(byte[] head) {
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return start.startsWith("{\"");
    }

    @Override
    public Iterator<InputItem> read(Path file) throws IOException {
        InputStream in = InputFiles.open(file);
        return new RecordIterator(in) {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();
            private int lineNumber;

            /** The next record, skipping blank lines; null at the end of the file. */
            @Override
            protected InputItem readNext() throws IOException {
                while (true) {
                    line.reset();
                    long length = 0;
                    int b;
                    while ((b = in.read()) != -1 && b != '\n') {
                        if (length++ < MAX_LINE_BYTES) {
                            line.write(b);
                        }
                    }
                    if (b == -1 && length == 0) {
                        return null;
                    }
                    lineNumber++;
                    if (length > MAX_LINE_BYTES) {
                        return new InputItem.Unreadable(null, file + ":" + lineNumber,
                                "line of " + length + " bytes, over the " + MAX_LINE_BYTES + " a record may have");
                    }
                    InputItem item = parse(line.toByteArray(), file + ":" + lineNumber);
                    if (item != null) {
                        return item;
                    }
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
            return new InputItem.Unreadable(null, origin, "no '" + fields.idField() + "' field", fields.idField());
        }
        String text = text(node, fields.textField());
        if (text == null || text.isBlank()) {
            return new InputItem.Unreadable(id, origin, "empty or missing '" + fields.textField() + "' field",
                    fields.textField());
        }
        LocalDate date;
        try {
            date = Dates.parse(text(node, fields.dateField()));
        } catch (DateTimeParseException e) {
            return new InputItem.Unreadable(id, origin, "unreadable '" + fields.dateField() + "': " + e.getParsedString(),
                    fields.dateField());
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

}
