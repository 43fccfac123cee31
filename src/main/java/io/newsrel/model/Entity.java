package io.newsrel.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A thing the document names, with every mention of it.
 *
 * @param id         document-local id ("e1", "e2", ...), referenced by relations
 * @param type       what kind of thing it is
 * @param name       canonical name ("Israel", "Elbit Systems"); for dates the normalised value
 * @param kbId       identifier in a knowledge base (ISO 3166-1 alpha-3 for countries), or null
 * @param attrs      linked facts (a company's country, a date's normalised value, ...)
 * @param mentions   where the entity is named, in text order
 * @param confidence how sure the deciding stage was, in [0, 1]
 * @param source     which stage decided the entity: ner, gazetteer, pattern, model, ...
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String id, EntityType type, String name, String kbId,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> attrs,
                     List<Mention> mentions, double confidence, String source) {

    public static final Comparator<Mention> TEXT_ORDER =
            Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end);

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type of entity " + id);
        Objects.requireNonNull(name, "name of entity " + id);
        Objects.requireNonNull(source, "source of entity " + id);
        if (mentions == null || mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mention");
        }
        Confidence.check(confidence, "entity " + id);
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
        mentions = mentions.stream().sorted(TEXT_ORDER).toList();
    }
}
