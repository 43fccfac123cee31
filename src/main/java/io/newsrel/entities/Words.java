package io.newsrel.entities;

import io.newsrel.model.CharSpan;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Words over tokens, hyphenated and slashed compounds joined again: CoreNLP splits "XK-77B" into
 * "XK", "-", "77B" and "Israel-Morocco" into three tokens; patterns about designations and
 * compounds read the word. Other punctuation stays apart ("frigates" "."; "Morocco" "’s").
 *
 * @param text   the word as written
 * @param span   its characters in the document
 * @param first  index of its first token in the sentence
 * @param end    index just past its last token
 */
record Words(String text, CharSpan span, int first, int end) {

    private static final java.util.Set<String> JOINERS = java.util.Set.of("-", "/", "\u2013");

    static List<Words> of(List<Token> tokens, String documentText) {
        List<Words> words = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).start() == tokens.get(j - 1).end()
                    && (isJoiner(tokens.get(j)) || isJoiner(tokens.get(j - 1)))) {
                j++;
            }
            CharSpan span = new CharSpan(tokens.get(i).start(), tokens.get(j - 1).end());
            words.add(new Words(span.of(documentText), span, i, j));
            i = j;
        }
        return words;
    }

    private static boolean isJoiner(Token token) {
        return JOINERS.contains(token.text());
    }

    boolean isCompound() {
        return text.indexOf('-') > 0 || text.indexOf('/') > 0 || text.indexOf('\u2013') > 0;
    }
}
