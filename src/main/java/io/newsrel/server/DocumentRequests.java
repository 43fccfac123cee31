package io.newsrel.server;

import io.newsrel.config.PipelineConfig;
import io.newsrel.ingest.Dates;
import io.newsrel.ingest.InputItem;
import io.newsrel.ingest.JsonlReader;
import io.newsrel.ingest.TextFileReader;
import io.newsrel.model.NewsDocument;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads request bodies into documents with the readers {@code newsrel extract} uses: a JSON body
 * is one JSONL record ({@link JsonlReader}, the configured {@code input.*} field names), an NDJSON
 * body one record per line, a {@code text/plain} body one text ({@link TextFileReader}) whose id,
 * date, title and url come from the query ({@code ?id=a1&date=2025-03-01}).
 */
final class DocumentRequests {

    /** The id of a text/plain document whose query names none. */
    static final String DEFAULT_TEXT_ID = "document";

    private final JsonlReader jsonl;

    DocumentRequests(PipelineConfig.Input fields) {
        this.jsonl = new JsonlReader(fields);
    }

    /** One JSON object; blank is an error, as is everything {@link JsonlReader} refuses. */
    InputItem json(byte[] body) {
        InputItem item = jsonl.parse(body, "request");
        return item != null ? item : new InputItem.Unreadable(null, "request", "empty body: a JSON object is expected");
    }

    /** The records of an NDJSON body, with their line numbers (from 1); blank lines are skipped. */
    List<Line> ndjson(byte[] body) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < body.length) {
            int end = indexOf(body, (byte) '\n', start);
            number++;
            String origin = "request line " + number;
            InputItem item = jsonl.parse(Arrays.copyOfRange(body, start, end), origin);
            if (item != null) {
                lines.add(new Line(number, item));
            }
            start = end + 1;
        }
        return lines;
    }

    /** The whole body as the text of one document; the query's single-valued parameters describe it. */
    InputItem text(byte[] body, Function<String, String> query) {
        String id = query.apply("id");
        if (id != null && id.isBlank()) {
            return new InputItem.Unreadable(null, "request", "empty 'id' parameter", "id");
        }
        String documentId = id == null ? DEFAULT_TEXT_ID : id;
        LocalDate date;
        try {
            date = Dates.parse(query.apply("date"));
        } catch (DateTimeParseException e) {
            return new InputItem.Unreadable(documentId, "request", "unreadable 'date': " + e.getParsedString(), "date");
        }
        InputItem item = TextFileReader.parse(body, documentId, "request", query.apply("url"));
        if (item instanceof InputItem.Document read) {
            NewsDocument text = read.document();
            return new InputItem.Document(new NewsDocument(text.id(), text.text(), date, query.apply("title"),
                    text.url(), Map.of()), read.origin());
        }
        return item;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return bytes.length;
    }

    /** One line of an NDJSON body that is not blank. */
    record Line(int number, InputItem item) {
    }
}
