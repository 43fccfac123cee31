package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.annotate.SentenceSelector;
import io.newsrel.model.CharSpan;
import io.newsrel.model.EntityType;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Military systems the gazetteer does not know, recognised by the shape of their designation
 * next to a word naming their kind (from {@code models/lexicons/system-category-words.txt}):
 * <ul>
 *   <li>a designation is a token starting with a capital letter that mixes letters and digits,
 *       with optional hyphen or slash parts ("K9", "J-10C", "T-90MS", "HQ-9B"), optionally
 *       followed by a capitalised name ("K9 Thunder"); or "Type" / "Project" followed by a number
 *       ("Type 054A", "Project 636"); or a "-class" compound ("Kalvari-class", "Romeo class");</li>
 *   <li>it must be followed, within two lower-case modifiers, by a category word: "the K9
 *       self-propelled howitzers", "Type 054A frigates", "J-10C fighter jets".</li>
 * </ul>
 * Such mentions carry a lower confidence than gazetteer matches and source "pattern".
 */
public final class PatternMentionFinder implements MentionFinder {

    public static final String SOURCE = "pattern";
    private static final double CONFIDENCE = 0.6;
    private static final Pattern DESIGNATION =
            Pattern.compile("(?=.*\\d)(?=.*[A-Za-z])[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*");
    private static final Pattern NUMBER_DESIGNATION = Pattern.compile("\\d+[A-Za-z0-9/-]*");
    private static final Pattern CLASS_COMPOUND = Pattern.compile("[A-Z][\\p{L}0-9-]*-class");
    private static final Set<String> NUMBERED_PREFIXES = Set.of("Type", "Project");
    private static final int MAX_MODIFIERS = 2;

    private final Lexicon categories;

    public PatternMentionFinder(Lexicon categories) {
        this.categories = categories;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.TOKENS, Capability.SENTENCES, Capability.POS, Capability.LEMMAS);
    }

    /**
     * Tags and lemmas where a designation can stand before a category word: a sentence with a
     * category word and a token holding a digit ("K9", "Type 054A") or "class".
     */
    @Override
    public SentenceNeeds sentenceNeeds() {
        SentenceSelector designations = SentenceSelector.withToken(t -> t.text().endsWith("class")
                || t.text().chars().anyMatch(Character::isDigit));
        return SentenceNeeds.of(requires(), categories.sentencesWithAWord().and(designations));
    }

    @Override
    public List<MentionCandidate> find(AnnotatedText text) {
        List<MentionCandidate> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Words> words = Words.of(sentence.tokens(), text.text());
            for (int i = 0; i < words.size(); i++) {
                int end = designationEnd(words, sentence.tokens(), i);
                if (end < 0) {
                    continue;
                }
                Token category = categoryAfter(words, sentence.tokens(), end);
                if (category != null) {
                    int first = isClassName(words, i) ? classNameStart(words, sentence.tokens(), i) : i;
                    CharSpan span = new CharSpan(words.get(first).span().start(), words.get(end - 1).span().end());
                    found.add(new MentionCandidate(sentence.index(), span, EntityType.SYSTEM,
                            SystemSpans.name(span.of(text.text())), null,
                            Map.of(GazetteerEntry.CATEGORY, singular(category)), CONFIDENCE, SOURCE));
                    i = end - 1;
                }
            }
        }
        return found;
    }

    private static boolean isClassName(List<Words> words, int i) {
        return CLASS_COMPOUND.matcher(words.get(i).text()).matches()
                || i + 1 < words.size() && words.get(i + 1).text().equals("class");
    }

    /**
     * A class named by several words starts at the first of them: "Chang Bogo-class", not
     * "Bogo-class"; a category word ("Frigate") is not a name word.
     */
    private int classNameStart(List<Words> words, List<Token> tokens, int i) {
        int first = i;
        while (first > 0) {
            Words before = words.get(first - 1);
            if (before.end() - before.first() != 1 || before.end() != words.get(first).first()
                    || categories.matches(tokens.get(before.first()))
                    || !SystemSpans.isNameWord(tokens.get(before.first()))) {
                break;
            }
            first--;
        }
        return first;
    }

    /** The index just past a designation starting at word {@code i}, or -1. */
    private int designationEnd(List<Words> words, List<Token> tokens, int i) {
        String word = words.get(i).text();
        if (NUMBERED_PREFIXES.contains(word) && i + 1 < words.size()
                && NUMBER_DESIGNATION.matcher(words.get(i + 1).text()).matches()) {
            return i + 2;
        }
        if (CLASS_COMPOUND.matcher(word).matches()) {
            return i + 1;
        }
        if (i + 1 < words.size() && words.get(i + 1).text().equals("class") && isName(words.get(i), tokens)) {
            return i + 2;
        }
        if (!DESIGNATION.matcher(word).matches()) {
            return -1;
        }
        if (i + 1 < words.size() && isName(words.get(i + 1), tokens)) {
            return i + 2;
        }
        return i + 1;
    }

    /** The category word after word {@code from}, past at most two lower-case modifiers, or null. */
    private Token categoryAfter(List<Words> words, List<Token> tokens, int from) {
        for (int j = from; j < words.size() && j <= from + MAX_MODIFIERS; j++) {
            Words word = words.get(j);
            if (!word.text().equals(word.text().toLowerCase(Locale.ROOT))) {
                return null;
            }
            Token last = tokens.get(word.end() - 1);
            if (word.end() - word.first() == 1 && categories.matches(last)) {
                return last;
            }
            if (!isModifier(word, tokens)) {
                return null;
            }
        }
        return null;
    }

    private boolean isName(Words word, List<Token> tokens) {
        Token token = tokens.get(word.first());
        return word.end() - word.first() == 1 && "NNP".equals(token.pos())
                && word.text().chars().allMatch(Character::isLetter) && !categories.matches(token);
    }

    private static boolean isModifier(Words word, List<Token> tokens) {
        for (int t = word.first(); t < word.end(); t++) {
            String pos = tokens.get(t).pos() == null ? "" : tokens.get(t).pos();
            if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN") || pos.equals("HYPH"))) {
                return false;
            }
        }
        return true;
    }

    private static String singular(Token token) {
        String lemma = token.lemma() != null ? token.lemma() : token.text();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
