package io.newsrel.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

class TimeWindowLabelsTest {

    private static CoreLabel token(String ner, String normalized) {
        CoreLabel token = new CoreLabel();
        token.setWord("x");
        token.setNER(ner);
        if (normalized != null) {
            token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
        }
        return token;
    }

    @Test
    void aNameOfTheNameModelsWins() {
        for (String name : new String[] {"PERSON", "LOCATION", "ORGANIZATION"}) {
            assertFalse(TimeWindowLabels.windowWins(name, "DATE"), name);
            assertFalse(TimeWindowLabels.windowWins(name, "O"), name);
        }
    }

    @Test
    void timeAndNumberLabelsOfTheWindowReplaceMiscAndUnlabelledTokens() {
        assertTrue(TimeWindowLabels.windowWins("O", "DATE"));
        assertTrue(TimeWindowLabels.windowWins("MISC", "DATE"));
        assertTrue(TimeWindowLabels.windowWins("NUMBER", "DURATION"));
        assertTrue(TimeWindowLabels.windowWins("NUMBER", "O"));
        assertFalse(TimeWindowLabels.windowWins("MISC", "O"));
    }

    @Test
    void theDateModelsOwnNamesAreNotUsed() {
        assertFalse(TimeWindowLabels.windowWins("O", "PERSON"));
        assertFalse(TimeWindowLabels.windowWins("O", "ORGANIZATION"));
        assertFalse(TimeWindowLabels.windowWins("O", null));
    }

    @Test
    void mergingCopiesTheLabelAndTheNormalizedValue() {
        CoreLabel sentenceToken = token("O", null);
        TimeWindowLabels.merge(token("DATE", "1987-03"), sentenceToken);
        assertEquals("DATE", sentenceToken.ner());
        assertEquals("1987-03", sentenceToken.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }

    @Test
    void aWindowWithoutANormalizedValueRemovesTheWholeSentencesOne() {
        CoreLabel sentenceToken = token("NUMBER", "5.0");
        TimeWindowLabels.merge(token("DURATION", null), sentenceToken);
        assertEquals("DURATION", sentenceToken.ner());
        assertNull(sentenceToken.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }

    @Test
    void aLosingWindowLeavesTheTokenAsItWas() {
        CoreLabel sentenceToken = token("ORGANIZATION", null);
        TimeWindowLabels.merge(token("DATE", "1987"), sentenceToken);
        assertEquals("ORGANIZATION", sentenceToken.ner());
        assertNull(sentenceToken.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }
}
