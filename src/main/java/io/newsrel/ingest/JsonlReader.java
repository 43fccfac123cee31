package io.newsrel.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .jsonl} file holds one JSON object per line, one document each. Field names come from
 * the configuration ({@code input.idField}, ...); other scalar fields are kept as metadata. Lines
 * are decoded one by one, so a bad line costs that line only; a line is read into memory only up
 * to {@code limits.maxRecordBytes}. A line is one object and nothing else: a second value or
 * trailing text, a repeated key, an id or text that is not a string are errors. An optional
 * field that cannot be read (a date in no known format) does not cost the document: it is kept
 * as metadata and the record gets a warning. Dates may be in any format {@link Dates} reads.
 */
public final class JsonlReader implements DocumentReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private final PipelineConfig.Input fields;
    private final PipelineConfig.Limits limits;

    public JsonlReader(PipelineConfig.Input fields, PipelineConfig.Limits limits) {
        this.fields = fields;
        this.limits = limits;
    }

    /** A reader with the default limits. */
    public JsonlReader(PipelineConfig.Input fields) {
        this(fields, PipelineConfig.defaults().limits());
    }

    @Override
    public boolean accepts(Path file) {
        return InputFiles.logicalName(file).endsWith(".jsonl");
    }

    /** A file whose content starts with a JSON object: "{", maybe white space, then '"' or '}'. */
    @Override
    public boolean acceptsContent(byte[] head) {
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return start.startsWith("{") && (start.substring(1).stripLeading().startsWith("\"")
                || start.substring(1).stripLeading().startsWith("}"));
    }

    @Override
    public Iterator<InputItem> read(InputSource source) throws IOException {
        LineInput lines = new LineInput(source.open(), limits.maxRecordBytes());
        return new RecordIterator(lines::close) {
            private int lineNumber;

            /** The next record, skipping blank lines; null at the end of the file. */
            @Override
            protected InputItem readNext() throws IOException {
                LineInput.Line line;
                while ((line = lines.next()) != null) {
                    lineNumber++;
                    String origin = source.name() + ":" + lineNumber;
                    if (line.tooLong()) {
                        return new InputItem.Unreadable(null, origin, "line of " + line.length()
                                + " bytes, over limits.maxRecordBytes=" + limits.maxRecordBytes());
                    }
                    InputItem item = parse(line.bytes(), origin);
                    if (item != null) {
                        return source.verified(item, line.end());
                    }
                }
                return null;
            }
        };
    }

    /**
     * Reads one line of a JSONL file (without its newline) into a record, as {@link #read} does
     * for each line; null for a blank line. For callers that split the lines themselves (Spark).
     */
    public InputItem parse(byte[] bytes, String origin) {
        if (bytes.length > limits.maxRecordBytes()) {
            return new InputItem.Unreadable(null, origin, "line of " + bytes.length
                    + " bytes, over limits.maxRecordBytes=" + limits.maxRecordBytes());
        }
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
        try (JsonParser parser = MAPPER.createParser(json)) {
            node = MAPPER.readTree(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                return new InputItem.Unreadable(null, origin, "more than one JSON value on the line (one object per line)");
            }
        } catch (JsonProcessingException e) {
            return new InputItem.Unreadable(null, origin, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new InputItem.Unreadable(null, origin, "malformed JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            return new InputItem.Unreadable(null, origin, "not a JSON object");
        }
        return document(node, origin);
    }

    private InputItem document(JsonNode node, String origin) {
        List<String> warnings = new ArrayList<>();
        JsonNode idNode = node.get(fields.idField());
        if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isIntegralNumber()) {
            return new InputItem.Unreadable(null, origin, "'" + fields.idField() + "' is " + kind(idNode) + ", not a string", fields.idField());
        }
        String id = idNode == null || idNode.isNull() ? null : idNode.asText();
        if (TextChecks.isBlank(id)) {
            return new InputItem.Unreadable(null, origin, "no '" + fields.idField() + "' field", fields.idField());
        }
        if (id.length() > limits.maxIdChars()) {
            return new InputItem.Unreadable(null, origin, "id of " + id.length() + " characters, over limits.maxIdChars="
                    + limits.maxIdChars(), fields.idField());
        }
        id = repaired(id, fields.idField(), warnings);
        JsonNode textNode = node.get(fields.textField());
        if (textNode != null && !textNode.isNull() && !textNode.isTextual()) {
            return new InputItem.Unreadable(id, origin, "'" + fields.textField() + "' is " + kind(textNode) + ", not a string", fields.textField());
        }
        String text = textNode == null || textNode.isNull() ? null : textNode.asText();
        if (TextChecks.isBlank(text)) {
            return new InputItem.Unreadable(id, origin, "empty or missing '" + fields.textField() + "' field", fields.textField());
        }
        text = repaired(text, fields.textField(), warnings);
        Map<String, String> metadata = new LinkedHashMap<>();
        String dateText = scalar(node, fields.dateField());
        LocalDate date = null;
        try {
            date = Dates.parse(dateText);
        } catch (DateTimeParseException e) {
            warnings.add("unreadable '" + fields.dateField() + "' (" + e.getParsedString()
                    + "): kept as metadata, the document has no date");
            metadata.put(fields.dateField(), dateText);
        }
        node.properties().forEach(field -> {
            String name = field.getKey();
            if (field.getValue().isValueNode() && !field.getValue().isNull() && !isDocumentField(name)) {
                metadata.put(name, TextChecks.replaceLoneSurrogates(field.getValue().asText()));
            }
        });
        String title = scalar(node, fields.titleField());
        String url = scalar(node, fields.urlField());
        NewsDocument document = new NewsDocument(id, text, date,
                title == null ? null : repaired(title, fields.titleField(), warnings),
                url == null ? null : repaired(url, fields.urlField(), warnings), metadata);
        return new InputItem.Document(document, origin, warnings);
    }

    /** The value with lone surrogates replaced by U+FFFD, and a warning saying so. */
    private static String repaired(String value, String field, List<String> warnings) {
        int lone = TextChecks.loneSurrogates(value);
        if (lone == 0) {
            return value;
        }
        warnings.add("'" + field + "' held " + lone + " lone surrogate" + (lone == 1 ? "" : "s")
                + " (not Unicode), replaced by U+FFFD");
        return TextChecks.replaceLoneSurrogates(value);
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "not text";
        };
    }

    private boolean isDocumentField(String name) {
        return name.equals(fields.idField()) || name.equals(fields.textField()) || name.equals(fields.dateField())
                || name.equals(fields.titleField()) || name.equals(fields.urlField());
    }

    private static String scalar(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}
