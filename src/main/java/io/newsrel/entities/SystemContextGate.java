package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.model.EntityType;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a system span of the learned recognizer only where its context shows it is equipment, so
 * that "Lynx", "Puma" or "Harrier" count where they are a vehicle, a helicopter or a drone and
 * never as a word, a page's "URL" or a "G2G" memorandum. A span passes when, in its sentence:
 * <ul>
 *   <li>a word naming a kind of system follows within four words or precedes within two
 *       ("Lynx infantry fighting vehicle", "46 Lynx IFVs", "the howitzer K9");</li>
 *   <li>a number stands right before it ("50 Puma");</li>
 *   <li>a company stands right before it, its maker ("Boeing P-8A", "Rheinmetall's Lynx");</li>
 *   <li>or a verb of acquiring or using equipment (buy, deliver, operate, fire ...) and a defence
 *       word are both in the sentence.</li>
 * </ul>
 * A name that passed once passes everywhere in the document ("the Lynx" later on). Spans of the
 * other finders are left alone: the gazetteer and the pattern rules apply their own context.
 */
public final class SystemContextGate {

    public static final String EQUIPMENT_VERBS = "/models/lexicons/equipment-verbs.txt";
    private static final int CATEGORY_AFTER = 4;
    private static final int CATEGORY_BEFORE = 2;

    private final Lexicon categories;
    private final Lexicon defenceWords;
    private final Lexicon equipmentVerbs;

    public SystemContextGate(Lexicon categories, Lexicon defenceWords, Lexicon equipmentVerbs) {
        this.categories = categories;
        this.defenceWords = defenceWords;
        this.equipmentVerbs = equipmentVerbs;
    }

    /** The gate over the shipped lexicons. */
    public static SystemContextGate shipped() {
        return new SystemContextGate(Lexicon.resource(EntityFinders.CATEGORY_WORDS),
                Lexicon.resource(EntityFinders.DEFENCE_WORDS), Lexicon.resource(EQUIPMENT_VERBS));
    }

    /** The resolved candidates without the learned recognizer's spans that lack an equipment context. */
    public List<MentionCandidate> filter(List<MentionCandidate> resolved, AnnotatedText text) {
        Set<String> passed = new HashSet<>();
        List<MentionCandidate> gated = new ArrayList<>();
        for (MentionCandidate c : resolved) {
            if (isGated(c) && inEquipmentContext(c, resolved, text)) {
                passed.add(Names.compact(c.name()));
            }
        }
        for (MentionCandidate c : resolved) {
            if (!isGated(c) || passed.contains(Names.compact(c.name()))) {
                gated.add(c);
            }
        }
        return gated;
    }

    private static boolean isGated(MentionCandidate c) {
        return c.type() == EntityType.SYSTEM && c.source().equals(ModelMentionFinder.SOURCE);
    }

    private boolean inEquipmentContext(MentionCandidate c, List<MentionCandidate> resolved, AnnotatedText text) {
        Sentence sentence = text.sentences().get(c.sentence());
        List<Token> tokens = sentence.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > c.span().start() && t.start() < c.span().end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return false;
        }
        return categoryNear(tokens, first, last) || numberBefore(tokens, first)
                || makerBefore(c, resolved, tokens, first) || acquiringSentence(tokens);
    }

    private boolean categoryNear(List<Token> tokens, int first, int last) {
        for (int i = last + 1; i < tokens.size() && i <= last + CATEGORY_AFTER; i++) {
            if (categories.matches(tokens.get(i))) {
                return true;
            }
        }
        for (int i = first - 1; i >= 0 && i >= first - CATEGORY_BEFORE; i--) {
            if (categories.matches(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean numberBefore(List<Token> tokens, int first) {
        return first > 0 && "CD".equals(tokens.get(first - 1).pos());
    }

    /** A company mention ends right before the span, or before its possessive ("Rheinmetall's Lynx"). */
    private static boolean makerBefore(MentionCandidate c, List<MentionCandidate> resolved, List<Token> tokens,
                                       int first) {
        boolean possessive = first > 0 && "POS".equals(tokens.get(first - 1).pos());
        int makerEnd = possessive ? tokens.get(first - 1).start() : c.span().start();
        for (MentionCandidate other : resolved) {
            if (other.type() == EntityType.COMPANY && other.sentence() == c.sentence()
                    && other.span().end() <= makerEnd && makerEnd - other.span().end() <= 1) {
                return true;
            }
        }
        return false;
    }

    private boolean acquiringSentence(List<Token> tokens) {
        boolean verb = false;
        boolean defence = false;
        for (Token t : tokens) {
            String pos = t.pos() == null ? "" : t.pos();
            verb |= pos.startsWith("VB") && equipmentVerbs.matches(t);
            defence |= defenceWords.matches(t) || categories.matches(t);
        }
        return verb && defence;
    }
}
