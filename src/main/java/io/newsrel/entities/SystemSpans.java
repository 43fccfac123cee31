package io.newsrel.entities;

import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Span repair for system mentions, shared by the finders so that a system is named in the fullest
 * form the text writes (SPEC-gold.md) and never by a fragment of a word:
 * <ul>
 *   <li>a variant written after the name belongs to the mention: "Hawk 100", "Patriot III",
 *       "Super Lynx 300", "Adour 871", "Meko A200SAN", "F-16 Block 52", "Sea Skua Mk 2";</li>
 *   <li>a span ends and starts at word boundaries: "F" of "F-6s" is the whole "F-6s";</li>
 *   <li>a "-class" compound takes the capitalised name words before it: "Chang Bogo-class"
 *       ({@link PatternMentionFinder});</li>
 *   <li>a plural or possessive ending is not part of the name ("F-6s" is the F-6).</li>
 * </ul>
 */
public final class SystemSpans {

    /** A designation: a capital, letters and digits mixed, hyphen or slash parts ("K9", "J-10C", "A200SAN"). */
    static final Pattern DESIGNATION =
            Pattern.compile("(?=.*\\d)(?=.*[A-Za-z])[A-Z][A-Za-z0-9]*(?:[-/.][A-Za-z0-9]+)*");
    private static final Pattern ROMAN = Pattern.compile("II|III|IV");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Set<String> MARKS = Set.of("Mk", "Mk.", "MK", "Mark", "Block", "Batch", "Flight", "Increment");
    /** Words after a number that make it an amount or a quantity, not a variant ("Hawk 100 million"). */
    private static final Set<String> AMOUNT_WORDS = Set.of("million", "billion", "bn", "mn", "percent", "%", "per",
            "km", "kilometres", "kilometers", "miles", "mm", "tons", "tonnes", "years", "days", "hours", "units");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    private SystemSpans() {
    }

    /** The end of a mention ending at {@code end}, taken past a variant written after it. */
    public static int variantEnd(List<Token> tokens, int end) {
        if (end >= tokens.size() || !adjacent(tokens, end)) {
            return end;
        }
        String next = tokens.get(end).text();
        if (ROMAN.matcher(next).matches() || isVariantNumber(tokens, end) || isDesignation(next)) {
            return end + 1;
        }
        if (MARKS.contains(next) && end + 1 < tokens.size() && isVariantNumber(tokens, end + 1)) {
            return end + 2;
        }
        return end;
    }

    /** Whether a word looks like a designation: a capital, letters and digits ("K9", "F-7M", "A200SAN"). */
    public static boolean isDesignation(String word) {
        return DESIGNATION.matcher(word).matches();
    }

    /** The span widened to whole words (compounds joined by hyphens or slashes, see {@link Words}). */
    static TokenSpan toWords(List<Words> words, TokenSpan span) {
        int start = span.start();
        int end = span.end();
        for (Words word : words) {
            if (word.first() < span.start() && word.end() > span.start()) {
                start = word.first();
            }
            if (word.first() < span.end() && word.end() > span.end()) {
                end = word.end();
            }
        }
        return start == span.start() && end == span.end() ? span : new TokenSpan(start, end);
    }

    /** A capitalised proper noun written in title case ("Chang", "Bogo"): a word of a name. */
    static boolean isNameWord(Token token) {
        String t = token.text();
        return "NNP".equals(token.pos()) && t.length() > 1 && Character.isUpperCase(t.charAt(0))
                && t.chars().skip(1).allMatch(Character::isLowerCase);
    }

    /**
     * The canonical name of an unlinked mention: the text without a possessive or a plural ending
     * after a designation ("F-6s" → "F-6", "K9s" → "K9", "Airguards" → "Airguard").
     */
    public static String name(String text) {
        String name = text.strip();
        if (name.endsWith("'s") || name.endsWith("\u2019s")) {
            name = name.substring(0, name.length() - 2);
        }
        if (name.length() > 2 && name.endsWith("s") && !name.endsWith("ss")) {
            char before = name.charAt(name.length() - 2);
            String lastWord = name.substring(name.lastIndexOf(' ') + 1);
            boolean designationPlural = Character.isDigit(before) || Character.isUpperCase(before);
            boolean namePlural = lastWord.length() > 4 && Character.isUpperCase(lastWord.charAt(0))
                    && lastWord.chars().skip(1).limit(lastWord.length() - 2).allMatch(Character::isLowerCase)
                    && "siu".indexOf(before) < 0;
            if (designationPlural || name.contains(" ") && namePlural) {
                name = name.substring(0, name.length() - 1);
            }
        }
        return name;
    }

    private static boolean isVariantNumber(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (!NUMBER.matcher(t).matches()) {
            return false;
        }
        int n = Integer.parseInt(t);
        if (t.length() == 4 && n >= FIRST_YEAR && n <= LAST_YEAR) {
            return false;
        }
        return i + 1 >= tokens.size() || !AMOUNT_WORDS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
    }

    /** Whether token {@code i} follows the one before it with at most a space between them (not across a line). */
    private static boolean adjacent(List<Token> tokens, int i) {
        return tokens.get(i).start() - tokens.get(i - 1).end() <= 1;
    }
}
