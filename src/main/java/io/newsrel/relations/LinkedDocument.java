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
 * sentence by sentence, mention by mention. Not thread-safe: one document, one thread.
 */
public final class LinkedDocument {

    /** One mention of an entity, with the entity it belongs to. */
    public record EntityMention(Entity entity, Mention mention) {
    }

    private final AnnotatedText text;
    private final List<Entity> entities;
    private final List<List<EntityMention>> mentionsBySentence;
    /** Sentences as the rules read them, built once each: several extractors read the same ones. */
    private final SentenceFacts[] facts;

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
        this.facts = new SentenceFacts[bySentence.size()];
    }

    /** One sentence's tokens and placed mentions; a document is read by one thread at a time. */
    public SentenceFacts facts(int sentence) {
        if (facts[sentence] == null) {
            facts[sentence] = new SentenceFacts(this, sentence);
        }
        return facts[sentence];
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

    /** Index of the token of a sentence that starts at or holds a character offset, or -1. */
    public int tokenAt(int sentence, int offset) {
        List<Token> tokens = text.sentences().get(sentence).tokens();
        for (Token token : tokens) {
            if (token.start() <= offset && offset < token.end()) {
                return token.index();
            }
        }
        return -1;
    }

    /** Index just past the last token of a mention. */
    public int tokenEnd(int sentence, int endOffset) {
        List<Token> tokens = text.sentences().get(sentence).tokens();
        int last = -1;
        for (Token token : tokens) {
            if (token.start() < endOffset) {
                last = token.index();
            }
        }
        return last + 1;
    }

    /** The COUNTRY entity of the document with this ISO3 code, if the text names it. */
    public java.util.Optional<Entity> countryEntity(String iso3) {
        return entities.stream()
                .filter(e -> e.type() == io.newsrel.model.EntityType.COUNTRY && java.util.Objects.equals(e.kbId(), iso3))
                .findFirst();
    }

    /** The country the document is mostly about: named at least twice and clearly more than any other. */
    public java.util.Optional<Entity> focusCountry() {
        List<Entity> countries = entities.stream()
                .filter(e -> e.type() == io.newsrel.model.EntityType.COUNTRY)
                .sorted(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed())
                .toList();
        if (countries.isEmpty() || countries.get(0).mentions().size() < 2) {
            return java.util.Optional.empty();
        }
        if (countries.size() > 1 && countries.get(0).mentions().size() < 1.5 * countries.get(1).mentions().size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(countries.get(0));
    }

    public Evidence evidence(int sentence) {
        Sentence s = text.sentences().get(sentence);
        return new Evidence(sentence, s.start(), s.end(), s.span().of(text.text()));
    }
}
