package io.newsrel.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsrel.entities.GazetteerEntry;
import io.newsrel.model.Attribute;
import io.newsrel.model.Entity;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Money;
import io.newsrel.model.Relation;
import io.newsrel.model.Role;
import io.newsrel.output.Json;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Aggregates each fact (relation type and key, with names instead of document-local ids) over
 * the documents of a batch: which documents support it, the first and last publication date,
 * the entities that fill each role and every attribute value seen, each with the number of
 * mentions that give it, and the most confident evidence. Written as {@code facts.jsonl}
 * (lossless) and {@code facts.csv} (flat, {@link FactsCsv}), sorted by key so runs compare line
 * by line.
 *
 * <p>The result does not depend on the order documents come in: among equally confident
 * mentions, the best evidence is the one of the first document id (then evidence text). So
 * aggregators filled with parts of a batch and {@link #merge merged}, as a Spark job does, give
 * what one aggregator over the whole batch gives.
 */
public final class FactsAggregator implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One aggregated fact, as written to facts.jsonl (schema {@code /schema/newsrel-facts.schema.json}).
     *
     * @param arguments  role → the entities that fill it, most mentioned first
     * @param attributes attribute → value as text → how many mentions give it; a list attribute
     *                   ({@code years}) counts each of its values
     */
    @JsonPropertyOrder({"type", "key", "documents", "mentions", "firstDate", "lastDate", "confidence", "arguments",
            "attributes", "bestEvidence"})
    public record Fact(String type, String key, List<String> documents, int mentions, String firstDate,
                       String lastDate, double confidence, Map<String, List<FactArgument>> arguments,
                       Map<String, Map<String, Integer>> attributes, BestEvidence bestEvidence) {
    }

    /**
     * An entity as facts name it, the same in every document: its canonical name, its code
     * (ISO3 for a country) and, for a system, its category. A country known only by its code (a
     * supplier given by its company) has no name.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "code", "category"})
    public record FactEntity(String name, String code, String category) implements Serializable, Comparable<FactEntity> {

        private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
        private static final Comparator<FactEntity> ORDER = Comparator.comparing(FactEntity::name, TEXT)
                .thenComparing(FactEntity::code, TEXT).thenComparing(FactEntity::category, TEXT);

        static FactEntity of(Entity entity) {
            return new FactEntity(entity.name(), entity.kbId(), entity.attrs().get(GazetteerEntry.CATEGORY));
        }

        @Override
        public int compareTo(FactEntity other) {
            return ORDER.compare(this, other);
        }
    }

    /** An entity filling a role of a fact, with the number of mentions that name it there. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "code", "category", "mentions"})
    public record FactArgument(String name, String code, String category, int mentions) {
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
        final Map<String, Map<FactEntity, Integer>> arguments = new TreeMap<>();
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
            other.arguments.forEach((role, counts) -> counts.forEach((entity, count) -> arguments
                    .computeIfAbsent(role, k -> new TreeMap<>()).merge(entity, count, Integer::sum)));
            other.attributes.forEach((name, counts) -> counts.forEach((value, count) -> attributes
                    .computeIfAbsent(name, k -> new TreeMap<>()).merge(value, count, Integer::sum)));
            if (other.best != null && other.best.isBetterThan(best)) {
                best = other.best;
            }
        }

        Fact build() {
            Map<String, List<FactArgument>> roles = new TreeMap<>();
            arguments.forEach((role, counts) -> roles.put(role, counts.entrySet().stream()
                    .sorted(Map.Entry.<FactEntity, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new FactArgument(e.getKey().name(), e.getKey().code(), e.getKey().category(), e.getValue()))
                    .toList()));
            return new Fact(type, key, List.copyOf(documents), mentions, firstDate, lastDate,
                    best == null ? 0 : best.confidence(), roles, attributes, best);
        }
    }

    /**
     * What one document says about one fact: the unit a batch run journals, so that a resumed
     * run aggregates exactly what an uninterrupted one does.
     *
     * @param arguments  role → the entities this mention names in it
     * @param attributes attribute → the values this mention gives it, as text (each value of a list)
     */
    @JsonPropertyOrder({"type", "key", "document", "date", "arguments", "attributes", "evidence", "confidence"})
    public record FactMention(String type, String key, String document, String date,
                              Map<String, List<FactEntity>> arguments, Map<String, List<String>> attributes,
                              String evidence, double confidence) implements Serializable {

        public FactMention {
            arguments = arguments == null ? Map.of() : arguments;
            attributes = attributes == null ? Map.of() : attributes;
        }
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
            relation.attrs().asMap().forEach((name, value) -> attributes.put(name, valueTexts(value)));
            mentions.add(new FactMention(relation.type().name(), key(relation, result), result.document().id(), date,
                    arguments(relation, result), attributes, relation.evidence().get(0).text(), relation.confidence()));
        }
        return mentions;
    }

    /** Role → the entities of a relation, by name and code; a country known only by its code keeps the code. */
    private static Map<String, List<FactEntity>> arguments(Relation relation, ExtractionResult result) {
        Map<String, List<FactEntity>> arguments = new TreeMap<>();
        for (Role role : relation.type().schema().roleList()) {
            List<FactEntity> entities = relation.entities(role, result).stream().map(FactEntity::of).distinct().toList();
            if (entities.isEmpty()) {
                entities = role.codeAttribute().flatMap(relation.attrs()::get)
                        .map(code -> List.of(new FactEntity(null, code, null))).orElse(List.of());
            }
            if (!entities.isEmpty()) {
                arguments.put(role.jsonName(), entities);
            }
        }
        return arguments;
    }

    public void add(FactMention mention) {
        Builder one = new Builder(mention.type(), mention.key());
        one.documents.add(mention.document());
        one.mentions = 1;
        one.firstDate = mention.date();
        one.lastDate = mention.date();
        mention.arguments().forEach((role, entities) -> entities.forEach(entity -> one.arguments
                .computeIfAbsent(role, k -> new TreeMap<>()).merge(entity, 1, Integer::sum)));
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

    /** Writes facts.csv ({@link FactsCsv}). */
    public void writeCsv(Writer out) throws IOException {
        FactsCsv.write(facts(), out);
    }

    /**
     * The fact a relation states, in names that mean the same in every document: ISO3 codes for
     * countries, canonical names for companies, systems and persons.
     */
    public static String key(Relation relation, ExtractionResult result) {
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

    /** An attribute's values as a reader wants them counted: each value of a list, one value alone. */
    private static List<String> valueTexts(Object value) {
        return value instanceof Collection<?> values
                ? values.stream().map(FactsAggregator::valueText).distinct().toList() : List.of(valueText(value));
    }

    /** Strings, numbers and statuses as they are; money as "amount CURRENCY" ("1000000000 USD"). */
    static String valueText(Object value) {
        if (value instanceof Money money) {
            return money.amountText() + " " + money.currency();
        }
        return value instanceof String || value instanceof Number || value instanceof Enum<?> ? value.toString() : Json.line(value);
    }

    private static String canonical(Entity entity) {
        return entity.kbId() != null ? entity.kbId() : entity.name();
    }
}
