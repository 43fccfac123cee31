package io.newsrel.review;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import io.newsrel.output.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes Label Studio's import format: {@code tasks.json}, one task per document with the text in
 * {@code data} and newsrel's output as a prediction (score = mean relation confidence, or mean
 * entity confidence when there is no relation; each region keeps its own score), and
 * {@code labeling-config.xml}, the labelling interface that matches it:
 * <ul>
 *   <li>{@code entity}: Labels, one per entity type, on each mention;</li>
 *   <li>{@code relation}: Labels, one per relation type, on the relation's evidence sentence (its anchor);</li>
 *   <li>Relations from an anchor to its argument mentions, labelled with the role;</li>
 *   <li>{@code canonical}: per-region TextArea on mentions, "Morocco [MAR]";</li>
 *   <li>{@code attributes}: per-region TextArea on anchors, the relation's attributes as JSON.</li>
 * </ul>
 * Offsets are UTF-16 indices, as Label Studio's text spans are.
 */
public final class LabelStudioExporter {

    public static final String TASKS = "tasks.json";
    public static final String CONFIG = "labeling-config.xml";
    static final String TEXT = "text";
    static final String ENTITY = "entity";
    static final String RELATION = "relation";
    static final String CANONICAL = "canonical";
    static final String ATTRIBUTES = "attributes";
    /** The task field shown above the text: the title, else the document id. */
    static final String HEADING = "heading";

    /** How many documents and relations were written. */
    public record Written(int documents, int relations) {
    }

    public Written write(Iterator<ExtractionResult> documents, Path dir) throws IOException {
        Files.createDirectories(dir);
        Set<String> roles = new TreeSet<>();
        for (RelationType type : RelationType.values()) {
            type.schema().roleList().forEach(role -> roles.add(role.jsonName()));
        }
        int docs = 0;
        int relations = 0;
        try (Writer out = Files.newBufferedWriter(dir.resolve(TASKS), StandardCharsets.UTF_8);
             JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            while (documents.hasNext()) {
                ExtractionResult result = documents.next();
                ExportPlan plan = ExportPlan.of(result);
                json.writeObject(task(plan));
                docs++;
                relations += result.relations().size();
            }
            json.writeEndArray();
        }
        Files.writeString(dir.resolve(CONFIG), config(roles), StandardCharsets.UTF_8);
        return new Written(docs, relations);
    }

    static Map<String, Object> task(ExportPlan plan) {
        NewsDocument doc = plan.result().document();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(TEXT, doc.text());
        data.put("newsrelId", doc.id());
        // what the config's header shows: every task has it, also a .txt document without a title
        data.put(HEADING, doc.title() != null ? doc.title() : doc.id());
        if (doc.title() != null) {
            data.put("title", doc.title());
        }
        if (doc.date() != null) {
            data.put("date", doc.date().toString());
        }
        if (doc.url() != null) {
            data.put("url", doc.url());
        }
        String text = doc.text();
        List<Map<String, Object>> results = new ArrayList<>();
        for (ExportPlan.MentionSpan m : plan.mentions()) {
            results.add(region(m.id(), ENTITY, "labels", m.mention().start(), m.mention().end(), text,
                    "labels", List.of(m.entity().type().name()), m.entity().confidence()));
            results.add(region(m.id(), CANONICAL, "textarea", m.mention().start(), m.mention().end(), text,
                    "text", List.of(m.canonical()), null));
        }
        for (ExportPlan.AnchorSpan a : plan.anchors()) {
            Relation r = a.relation();
            results.add(region(a.id(), RELATION, "labels", a.evidence().start(), a.evidence().end(), text,
                    "labels", List.of(r.type().name()), r.confidence()));
            results.add(region(a.id(), ATTRIBUTES, "textarea", a.evidence().start(), a.evidence().end(), text,
                    "text", List.of(ReviewSchema.attributes(r.attrs())), null));
            for (ExportPlan.Link link : a.links()) {
                Map<String, Object> edge = new LinkedHashMap<>();
                edge.put("from_id", a.id());
                edge.put("to_id", link.mentionId());
                edge.put("type", "relation");
                edge.put("direction", "right");
                edge.put("labels", List.of(link.role().jsonName()));
                results.add(edge);
            }
        }
        Map<String, Object> prediction = new LinkedHashMap<>();
        prediction.put("model_version", ReviewSchema.MODEL_VERSION);
        prediction.put("score", score(plan.result()));
        prediction.put("result", results);
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("data", data);
        task.put("predictions", List.of(prediction));
        return task;
    }

    private static Map<String, Object> region(String id, String fromName, String type, int start, int end, String text,
                                              String valueKey, List<String> values, Double score) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("start", start);
        value.put("end", end);
        value.put("text", type.equals("textarea") ? values : text.substring(start, end));
        if (!type.equals("textarea")) {
            value.put(valueKey, values);
        }
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("id", id);
        region.put("from_name", fromName);
        region.put("to_name", TEXT);
        region.put("type", type);
        region.put("value", value);
        if (score != null) {
            region.put("score", score);
        }
        return region;
    }

    private static double score(ExtractionResult result) {
        if (!result.relations().isEmpty()) {
            return result.relations().stream().mapToDouble(Relation::confidence).average().orElse(0);
        }
        return result.entities().stream().mapToDouble(e -> e.confidence()).average().orElse(0);
    }

    /** The labelling interface for the tasks: every entity type, relation type and role. */
    static String config(Set<String> roles) {
        StringBuilder xml = new StringBuilder("<View>\n");
        xml.append("  <Header value=\"$" + HEADING + "\"/>\n");
        xml.append("  <Labels name=\"" + ENTITY + "\" toName=\"" + TEXT + "\">\n");
        for (EntityType t : EntityType.values()) {
            xml.append("    <Label value=\"").append(t.name()).append("\"/>\n");
        }
        xml.append("  </Labels>\n");
        xml.append("  <Labels name=\"" + RELATION + "\" toName=\"" + TEXT + "\">\n");
        for (RelationType t : RelationType.values()) {
            xml.append("    <Label value=\"").append(t.name()).append("\" background=\"#dddddd\"/>\n");
        }
        xml.append("  </Labels>\n");
        xml.append("  <Text name=\"" + TEXT + "\" value=\"$text\"/>\n");
        xml.append("  <Relations>\n");
        for (String role : roles) {
            xml.append("    <Relation value=\"").append(Html.escape(role)).append("\"/>\n");
        }
        xml.append("  </Relations>\n");
        xml.append("  <View visibleWhen=\"region-selected\" whenTagName=\"" + ENTITY + "\">\n");
        xml.append("    <Header value=\"Canonical name [ISO3 or knowledge-base id]\"/>\n");
        xml.append("    <TextArea name=\"" + CANONICAL + "\" toName=\"" + TEXT
                + "\" perRegion=\"true\" editable=\"true\" maxSubmissions=\"1\"/>\n");
        xml.append("  </View>\n");
        xml.append("  <View visibleWhen=\"region-selected\" whenTagName=\"" + RELATION + "\">\n");
        xml.append("    <Header value=\"Relation attributes (JSON)\"/>\n");
        xml.append("    <TextArea name=\"" + ATTRIBUTES + "\" toName=\"" + TEXT
                + "\" perRegion=\"true\" editable=\"true\" maxSubmissions=\"1\"/>\n");
        xml.append("  </View>\n");
        xml.append("</View>\n");
        return xml.toString();
    }
}
