package io.newsrel.train;

import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.Lexicon;
import io.newsrel.model.NewsDocument;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which documents of a general news dump are worth annotating for training: every document with
 * a defence or category word (army, missile, frigate, ...; also "tanker", "mine" in business news,
 * useful negatives), and a seeded sample of the others, so that a dump such as Reuters-21578
 * (1987 business news, very few military systems) adds ordinary text without drowning the
 * few positive sentences or slowing training.
 *
 * @param otherShare share of documents without a defence word that are kept
 * @param seed       seed of the sample
 */
public record DefenceDocumentFilter(Lexicon words, double otherShare, long seed) {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    public DefenceDocumentFilter {
        if (otherShare < 0 || otherShare > 1) {
            throw new IllegalArgumentException("share of other documents must lie in [0, 1]: " + otherShare);
        }
    }

    public static DefenceDocumentFilter shipped(double otherShare, long seed) {
        return new DefenceDocumentFilter(Lexicon.resource(EntityFinders.DEFENCE_WORDS)
                .union(Lexicon.resource(EntityFinders.CATEGORY_WORDS)), otherShare, seed);
    }

    public boolean keep(NewsDocument document) {
        return mentionsDefence(document.text())
                || new Random(document.id().hashCode() * 31L + seed).nextDouble() < otherShare;
    }

    boolean mentionsDefence(String text) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (words.contains(w) || w.endsWith("s") && words.contains(w.substring(0, w.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
