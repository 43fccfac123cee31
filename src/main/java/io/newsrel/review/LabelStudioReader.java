package io.newsrel.review;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.RelationType;
import io.newsrel.output.DocumentsFile;
import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads Label Studio tasks back as gold documents: a reviewed export (JSON array of tasks with
 * {@code annotations}; the last annotation not cancelled counts) or the import file itself (its
 * {@code predictions}). Regions are told apart by their control ({@code entity}, {@code relation})
 * or, for other names, by their label; see {@link ReviewSchema} for the mapping. A task that
 * cannot be read goes to the {@link DocumentsFile.BadLine} handler with its number and reason.
 */
public final class LabelStudioReader {

    private final Function<String, String> countryCode;

    /** @param countryCode ISO3 code of a country name or word, or null (for mentions an analyst added) */
    public LabelStudioReader(Function<String, String> countryCode) {
        this.countryCode = countryCode;
    }

    public List<ExtractionResult> read(Path file, DocumentsFile.BadLine badTask) throws IOException {
        List<ExtractionResult> documents = new ArrayList<>();
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + ": not a Label Studio export (a JSON array of tasks)");
            }
            int number = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                number++;
                JsonNode task = Json.MAPPER.readTree(parser);
                try {
                    documents.add(document(task, number));
                } catch (IOException | RuntimeException e) {
                    badTask.skipped(file + " task " + number + idOf(task), e.getMessage());
                }
            }
        }
        return documents;
    }

    private static String idOf(JsonNode task) {
        JsonNode id = task.path("data").path("newsrelId");
        return id.isTextual() ? " (" + id.asText() + ")" : "";
    }

    ExtractionResult document(JsonNode task, int number) throws IOException {
        JsonNode data = task.path("data");
        if (!data.path(LabelStudioExporter.TEXT).isTextual()) {
            throw new IOException("no data.text");
        }
        String id = data.path("newsrelId").isTextual() ? data.get("newsrelId").asText()
                : task.has("id") ? "task-" + task.get("id").asText() : "task-" + number;
        String date = data.path("date").isTextual() ? data.get("date").asText() : null;
        NewsDocument doc = new NewsDocument(id, data.get(LabelStudioExporter.TEXT).asText(),
                date == null ? null : LocalDate.parse(date), data.path("title").asText(null),
                data.path("url").asText(null), Map.of());
        GoldDocumentBuilder gold = new GoldDocumentBuilder(doc, countryCode);
        JsonNode results = results(task);
        for (JsonNode r : results) {
            if ("labels".equals(r.path("type").asText())) {
                region(gold, r);
            }
        }
        for (JsonNode r : results) {
            if ("textarea".equals(r.path("type").asText())) {
                String from = r.path("from_name").asText();
                String text = String.join(" ", texts(r.path("value").path("text")));
                String regionId = r.path("id").asText();
                if (from.equals(LabelStudioExporter.ATTRIBUTES) && gold.isAnchor(regionId)) {
                    gold.attributes(regionId, ReviewSchema.parseAttributes(text));
                } else if (from.equals(LabelStudioExporter.CANONICAL) && gold.isMention(regionId)) {
                    gold.canonical(regionId, text);
                }
            }
        }
        for (JsonNode r : results) {
            if ("relation".equals(r.path("type").asText())) {
                String from = r.path("from_id").asText();
                String to = r.path("to_id").asText();
                String anchor = gold.isAnchor(from) ? from : to;
                String mention = anchor.equals(from) ? to : from;
                for (String role : texts(r.path("labels"))) {
                    gold.argument(anchor, role, mention);
                }
            }
        }
        return gold.build();
    }

    /** The reviewed annotation's results, else the first prediction's. */
    private static JsonNode results(JsonNode task) throws IOException {
        JsonNode chosen = null;
        for (JsonNode a : task.path("annotations")) {
            if (!a.path("was_cancelled").asBoolean(false)) {
                chosen = a;
            }
        }
        if (chosen == null && task.path("predictions").size() > 0) {
            chosen = task.path("predictions").get(0);
        }
        if (chosen == null) {
            throw new IOException("neither an annotation nor a prediction");
        }
        return chosen.path("result");
    }

    private static void region(GoldDocumentBuilder gold, JsonNode r) throws IOException {
        String id = r.path("id").asText();
        JsonNode value = r.path("value");
        List<String> labels = texts(value.path("labels"));
        if (labels.size() != 1) {
            throw new IOException("region " + id + " has " + labels.size() + " labels, expected one");
        }
        String label = labels.get(0);
        int start = value.path("start").asInt(-1);
        int end = value.path("end").asInt(-1);
        if (ReviewSchema.isRelationType(label) && !LabelStudioExporter.ENTITY.equals(r.path("from_name").asText())) {
            gold.anchor(id, RelationType.valueOf(label), start, end);
        } else if (ReviewSchema.isEntityType(label)) {
            gold.mention(id, EntityType.valueOf(label), start, end, null);
        } else {
            throw new IOException("region " + id + " has the unknown label " + label);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(t -> texts.add(t.asText()));
        } else if (array.isTextual()) {
            texts.add(array.asText());
        }
        return texts;
    }
}
