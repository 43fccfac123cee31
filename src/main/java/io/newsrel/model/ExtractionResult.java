package io.newsrel.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything newsrel found in one document.
 *
 * @param document  the input document
 * @param sentences its sentences, in order
 * @param entities  its entities, in order of first mention
 * @param relations its relations
 */
public record ExtractionResult(NewsDocument document, List<Sentence> sentences,
                               List<Entity> entities, List<Relation> relations) {

    public ExtractionResult {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<Entity> entitiesOfType(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
