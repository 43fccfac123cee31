package io.newsrel.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Whether CoreNLP's CRF models read a tag in a sentence. They are trained without tag features,
 * but their "occurrence pattern" features ({@code useOccurrencePatterns}) ask whether the word
 * before a capitalised word is tagged NNP, where two capitalised words are followed by a word in
 * lower case ("Peraton Canada and"): without tags the models' probabilities, and now and then a
 * label, change. Matches a little more than CoreNLP checks (any capital first letter).
 */
final class NameSequenceCues {

    private NameSequenceCues() {
    }

    static boolean any(List<CoreLabel> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (startsUpper(tokens.get(i - 1).word()) && startsUpper(tokens.get(i).word())
                    && isLowerCaseWord(tokens.get(i + 1).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsUpper(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isTitleCase(word.charAt(0)));
    }

    private static boolean isLowerCaseWord(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
