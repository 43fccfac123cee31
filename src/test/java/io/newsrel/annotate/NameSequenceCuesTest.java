package io.newsrel.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameSequenceCuesTest {

    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(word -> {
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            return label;
        }).toList();
    }

    @Test
    void twoCapitalisedWordsBeforeALowerCaseWordAreACue() {
        assertTrue(NameSequenceCues.any(tokens("Peraton Canada and the navy signed")));
        assertTrue(NameSequenceCues.any(tokens("he met Elbit Systems officials")));
    }

    @Test
    void oneCapitalisedWordOrANameAtTheEndOrBeforePunctuationIsNot() {
        assertFalse(NameSequenceCues.any(tokens("Poland ordered 96 helicopters from Boeing")));
        assertFalse(NameSequenceCues.any(tokens("the deal went to General Dynamics")));
        assertFalse(NameSequenceCues.any(tokens("the deal went to General Dynamics , officials said")));
        assertFalse(NameSequenceCues.any(tokens("")));
    }
}
