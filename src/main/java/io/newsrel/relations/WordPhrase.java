package io.newsrel.relations;

import io.newsrel.model.Token;
import java.util.List;
import java.util.Locale;

/**
 * A plain phrase of a rule file ("take delivery", "co-produce"): its words, each matching a
 * token's lemma or word in any case, with an optional "-" token between two words; one hyphenated
 * token may spell several words ("co-production"). A character
 * other than a letter or digit in a phrase word matches any character ("u.s" matches "U.S").
 */
record WordPhrase(List<String> words) implements PhraseLexicon.Pattern {

    WordPhrase {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        words = List.copyOf(words);
    }

    static WordPhrase of(String phrase) {
        return new WordPhrase(List.of(phrase.strip().toLowerCase(Locale.ROOT).split("[\\s-]+")));
    }

    /** The end of the match starting at token {@code start}, or -1 when there is none. */
    int matchAt(List<Token> tokens, int start) {
        int at = start;
        for (int w = 0; w < words.size(); w++) {
            if (w > 0 && at < tokens.size() && tokens.get(at).text().equals("-")
                    && at + 1 < tokens.size() && matches(words.get(w), tokens.get(at + 1))) {
                at++;
            }
            if (at >= tokens.size()) {
                return -1;
            }
            int joined = hyphenatedWords(tokens.get(at).text(), w);
            if (joined > 1) {
                w += joined - 1;
            } else if (!matches(words.get(w), tokens.get(at))) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /**
     * How many words from word {@code w} on one hyphenated token spells ("co-production" for
     * "co production": CoreNLP keeps such words one token); 0 when it spells none.
     */
    private int hyphenatedWords(String text, int w) {
        if (text.indexOf('-') <= 0) {
            return 0;
        }
        String[] parts = text.split("-");
        if (parts.length < 2 || w + parts.length > words.size()) {
            return 0;
        }
        for (int k = 0; k < parts.length; k++) {
            if (!sameWord(words.get(w + k), parts[k])) {
                return 0;
            }
        }
        return parts.length;
    }

    /** Whether a token with this text, or with one of these lemmas, would match the first word. */
    boolean firstWordMatches(String text, List<String> lemmas) {
        if (sameWord(words.get(0), text) || hyphenatedWords(text, 0) > 1) {
            return true;
        }
        for (String lemma : lemmas) {
            if (sameWord(words.get(0), lemma)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, Token token) {
        return sameWord(word, token.text()) || token.lemma() != null && sameWord(word, token.lemma());
    }

    private static boolean sameWord(String word, String text) {
        if (word.length() != text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char w = word.charAt(i);
            if (Character.isLetterOrDigit(w) && w != Character.toLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
