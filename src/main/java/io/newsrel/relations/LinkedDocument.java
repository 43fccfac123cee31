package io.newsrel.relations;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.model.Entity;
import io.newsrel.model.Evidence;
import io.newsrel.model.Mention;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An annotated document with its entities, indexed the way relation extractors read it:
 * sentence by sentence, mention by mention.
 */
public final class LinkedDocument {

    /** One mention of an entity, with the entity it belongs to. */
    public record EntityMention(Entity entity, Mention mention) {
    }

    private final AnnotatedText text;
    private final List<Entity> entities;
    private final List<List<EntityMention>> mentionsBySentence;

    public LinkedDocument(AnnotatedText text, List<Entity> entities) {
        this.text = text;
        this.entities = List.copyOf(entities);
        List<List<EntityMention>> bySentence = new ArrayList<>();
        for (int i = 0; i < text.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                bySentence.get(mention.sentence()).add(new EntityMention(entity, mention));
            }
        }
        bySentence.forEach(list -> list.sort(Comparator.comparingInt(m -> m.mention().start())));
        this.mentionsBySentence = bySentence.stream().map(List::copyOf).toList();
    }

    public AnnotatedText text() {
        return text;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Sentence> sentences() {
        return text.sentences();
    }

    /** Entity mentions of one sentence, in text order. */
    public List<EntityMention> mentions(int sentence) {
        return mentionsBySentence.get(sentence);
    }

    /** Tokens of a sentence lying wholly between two character offsets. */
    public List<Token> tokensBetween(int sentence, int from, int to) {
        return text.sentences().get(sentence).tokens().stream()
                .filter(t -> t.start() >= from && t.end() <= to)
                .toList();
    }

    public Evidence evidence(int sentence) {
        Sentence s = text.sentences().get(sentence);
        return new Evidence(sentence, s.start(), s.end(), s.span().of(text.text()));
    }
}
