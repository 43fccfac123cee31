package io.newsrel.eval;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Evidence;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made predictions for scorer tests: entities are mentions found in a text by their surface. */
final class Docs {

    final NewsDocument document;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    Docs(String text) {
        this.document = NewsDocument.of("d1", text);
    }

    /** Adds an entity with one mention per surface form (each found left to right in the text). */
    String entity(EntityType type, String name, String kbId, String... surfaces) {
        String id = "e" + (entities.size() + 1);
        List<Mention> mentions = new ArrayList<>();
        for (String surface : surfaces) {
            int start = document.text().indexOf(surface);
            if (start < 0) {
                throw new IllegalArgumentException("'" + surface + "' not in the text");
            }
            mentions.add(new Mention(start, start + surface.length(), surface, 0));
        }
        entities.add(new Entity(id, type, name, kbId, Map.of(), mentions, 0.9, "test"));
        return id;
    }

    /** Adds a relation written as documents.jsonl writes it: role and attribute JSON names. */
    void relation(RelationType type, Map<String, Object> args, Map<String, Object> attrs, double confidence) {
        Evidence evidence = new Evidence(0, 0, document.text().length(), document.text());
        relations.add(new Relation("r" + (relations.size() + 1), type, io.newsrel.model.Arguments.fromJson(args),
                io.newsrel.model.Attributes.fromJson(attrs), confidence, List.of(evidence), "test"));
    }

    ExtractionResult result() {
        return new ExtractionResult(document, List.of(), entities, relations);
    }
}
