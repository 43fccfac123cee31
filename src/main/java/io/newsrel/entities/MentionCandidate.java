package io.newsrel.entities;

import io.newsrel.model.CharSpan;
import io.newsrel.model.EntityType;
import java.util.Map;
import java.util.Objects;

/**
 * One span a finder proposes as an entity mention, already typed and, where possible, linked.
 *
 * @param sentence   index of the sentence holding the span
 * @param span       characters of the span in the document text
 * @param type       proposed entity type
 * @param name       canonical name the finder links it to (the span text when unlinked)
 * @param kbId       knowledge-base id (ISO3 for countries), or null
 * @param attrs      linked facts, such as a date's normalised value
 * @param confidence how sure the finder is, in [0, 1]
 * @param source     the finder's name: ner, gazetteer, pattern, model, ...
 * @param nested     whether the span lies inside another entity's span by design (a country
 *                   word inside an organisation name); the overlap policy keeps such candidates
 *                   when their container wins
 */
public record MentionCandidate(int sentence, CharSpan span, EntityType type, String name, String kbId,
                               Map<String, String> attrs, double confidence, String source, boolean nested) {

    public MentionCandidate(int sentence, CharSpan span, EntityType type, String name, String kbId,
                            Map<String, String> attrs, double confidence, String source) {
        this(sentence, span, type, name, kbId, attrs, confidence, source, false);
    }

    public MentionCandidate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
    }

    /** The key that makes two candidates the same entity of a document. */
    String groupKey() {
        return type + "|" + (kbId != null ? kbId : Names.normalize(name));
    }
}
