package io.newsrel.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsrel.model.Attribute;
import io.newsrel.model.Entity;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Relation;
import io.newsrel.model.Role;
import io.newsrel.output.Json;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Aggregates each fact (relation type and key, with names instead of document-local ids) over
 * the documents of a batch: which documents support it, the first and last publication date,
 * every attribute value seen with its count, and the most confident evidence. Written as
 * {@code facts.jsonl} and {@code facts.csv}, sorted by key so runs compare line by line.
 *
 * <p>The result does not depend on the order documents come in: among equally confident
 * mentions, the best evidence is the one of the first document id (then evidence text). So
 * aggregators filled with parts of a batch and {@link #merge merged}, as a Spark job does, give
 * what one aggregator over the whole batch gives.
 */
public final class FactsAggregator implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One aggregated fact, as written to facts.jsonl. */
    @JsonPropertyOrder({"type", "key", "documents", "mentions", "firstDate", "lastDate", "confidence", "attributes",
            "bestEvidence"})
    public record Fact(String type, String key, List<String> documents, int mentions, String firstDate,
                       String lastDate, double confidence, Map<String, Map<String, Integer>> attributes,
                       BestEvidence bestEvidence) {
    }

    /** The evidence of the most confident mention of a fact. */
    public record BestEvidence(String document, String text, double confidence) implements Serializable {

        /** More confident; among equals, of the first document, then the first text. */
        boolean isBetterThan(BestEvidence other) {
            return other == null || confidence > other.confidence || confidence == other.confidence
                    && (document.compareTo(other.document) < 0
                    || document.equals(other.document) && text.compareTo(other.text) < 0);
        }
    }

    private static final class Builder implements Serializable {
        private static final long serialVersionUID = 1L;
        final String type;
        final String key;
        final TreeSet<String> documents = new TreeSet<>();
        final Map<String, Map<String, Integer>> attributes = new TreeMap<>();
        int mentions;
        String firstDate;
        String lastDate;
        BestEvidence best;

        Builder(String type, String key) {
            this.type = type;
            this.key = key;
        }

        void merge(Builder other) {
            documents.addAll(other.documents);
            mentions += other.mentions;
            firstDate = firstDate == null || other.firstDate != null && other.firstDate.compareTo(firstDate) < 0
                    ? other.firstDate : firstDate;
            lastDate = lastDate == null || other.lastDate != null && other.lastDate.compareTo(lastDate) > 0
                    ? other.lastDate : lastDate;
            other.attributes.forEach((name, counts) -> counts.forEach((value, count) -> attributes
                    .computeIfAbsent(name, k -> new TreeMap<>()).merge(value, count, Integer::sum)));
            if (other.best != null && other.best.isBetterThan(best)) {
                best = other.best;
            }
        }

        Fact build() {
            return new Fact(type, key, List.copyOf(documents), mentions, firstDate, lastDate,
                    best == null ? 0 : best.confidence(), attributes, best);
        }
    }

    /**
     * What one document says about one fact: the unit a batch run journals, so that a resumed
     * run aggregates exactly what an uninterrupted one does.
     *
     * @param attributes attribute (or non-key role) → the values this mention gives it, as text
     */
    @JsonPropertyOrder({"type", "key", "document", "date", "attributes", "evidence", "confidence"})
    public record FactMention(String type, String key, String document, String date,
                              Map<String, List<String>> attributes, String evidence, double confidence)
            implements Serializable {
    }

    private final Map<String, Builder> facts = new TreeMap<>();

    public void add(ExtractionResult result) {
        mentions(result).forEach(this::add);
    }

    /** The fact mentions of one document, one per relation. */
    public static List<FactMention> mentions(ExtractionResult result) {
        String date = result.document().date() == null ? null : result.document().date().toString();
        List<FactMention> mentions = new ArrayList<>();
        for (Relation relation : result.relations()) {
            Map<String, List<String>> attributes = new TreeMap<>();
            relation.attrs().asMap().forEach((name, value) -> attributes
                    .computeIfAbsent(name, k -> new ArrayList<>()).add(valueText(value)));
            // arguments outside the key, such as the supplying company, are counted like attributes
            for (Role role : relation.args().roles()) {
                if (!relation.type().schema().isKey(role)) {
                    relation.entities(role, result).forEach(e -> attributes
                            .computeIfAbsent(role.jsonName(), k -> new ArrayList<>()).add(canonical(e)));
                }
            }
            mentions.add(new FactMention(relation.type().name(), key(relation, result), result.document().id(), date,
                    attributes, relation.evidence().get(0).text(), relation.confidence()));
        }
        return mentions;
    }

    public void add(FactMention mention) {
        Builder one = new Builder(mention.type(), mention.key());
        one.documents.add(mention.document());
        one.mentions = 1;
        one.firstDate = mention.date();
        one.lastDate = mention.date();
        mention.attributes().forEach((name, values) -> values.forEach(value -> one.attributes
                .computeIfAbsent(name, k -> new TreeMap<>()).merge(value, 1, Integer::sum)));
        one.best = new BestEvidence(mention.document(), mention.evidence(), mention.confidence());
        add(one);
    }

    /** Adds everything {@code other} aggregated (over other documents) to this one; returns this. */
    public FactsAggregator merge(FactsAggregator other) {
        other.facts.values().forEach(this::add);
        return this;
    }

    private void add(Builder fact) {
        facts.computeIfAbsent(fact.type + "|" + fact.key, k -> new Builder(fact.type, fact.key)).merge(fact);
    }

    public List<Fact> facts() {
        return facts.values().stream().map(Builder::build).toList();
    }

    public void writeJsonl(Writer out) throws IOException {
        for (Fact fact : facts()) {
            out.write(Json.line(fact));
            out.write('\n');
        }
    }

    public void writeCsv(Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("type", "key", "documents",
                "mentions", "first_date", "last_date", "confidence", "attributes", "best_evidence_document",
                "best_evidence").get())) {
            for (Fact f : facts()) {
                csv.printRecord(f.type(), f.key(), String.join(" ", f.documents()), f.mentions(),
                        Objects.toString(f.firstDate(), ""), Objects.toString(f.lastDate(), ""), f.confidence(),
                        Json.line(f.attributes()), f.bestEvidence().document(), f.bestEvidence().text());
            }
        }
    }

    /**
     * The fact a relation states, in names that mean the same in every document: ISO3 codes for
     * countries, canonical names for companies, systems and persons.
     */
    static String key(Relation relation, ExtractionResult result) {
        List<String> parts = new ArrayList<>();
        for (Role role : relation.type().schema().keyRoles()) {
            List<Entity> entities = relation.entities(role, result);
            if (!entities.isEmpty()) {
                parts.add(role.jsonName() + "=" + entities.stream().map(FactsAggregator::canonical).sorted()
                        .collect(Collectors.joining("+")));
            } else if (!relation.args().ids(role).isEmpty()) {
                parts.add(role.jsonName() + "=" + String.join("+", relation.args().ids(role)));
            } else {
                // a country known only from a company or a system keeps its code in an attribute
                role.codeAttribute().flatMap(relation.attrs()::get).ifPresent(code -> parts.add(role.jsonName() + "=" + code));
            }
        }
        relation.attrs().get(Attribute.TITLE).ifPresent(title -> parts.add(Attribute.TITLE.jsonName() + "=" + title));
        relation.attrs().get(Attribute.SYSTEM_DESCRIPTION).ifPresent(description ->
                parts.add(Attribute.SYSTEM_DESCRIPTION.jsonName() + "=" + description));
        parts.sort(String::compareTo);
        return String.join("; ", parts);
    }

    /** A value as a reader wants it counted: strings and numbers as they are, structures as JSON. */
    private static String valueText(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Enum<?> ? value.toString() : Json.line(value);
    }

    private static String canonical(Entity entity) {
        return entity.kbId() != null ? entity.kbId() : entity.name();
    }
}
