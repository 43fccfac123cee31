package io.newsrel.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.model.TokenSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegativeSentenceSampleTest {

    private static final DefenceDocumentFilter WORDS = DefenceDocumentFilter.shipped(0, 1);

    @Test
    void keepsLabelledAndDefenceSentencesAndASeededShareOfTheRest() {
        NegativeSentenceSample sample = new NegativeSentenceSample(WORDS, 0.1, 1);
        int kept = 0;
        for (int i = 0; i < 2000; i++) {
            LabeledSentence prices = sentence("d" + i, "Prices rose by 12 percent in May .", List.of());
            if (sample.keep(prices)) {
                kept++;
            }
            assertEquals(sample.keep(prices), new NegativeSentenceSample(WORDS, 0.1, 1).keep(prices), "seeded");
            assertTrue(sample.keep(sentence("d" + i, "The army bought new howitzers .", List.of())), "defence word");
            assertTrue(sample.keep(sentence("d" + i, "They bought Zorro units .",
                    List.of(new LabeledSentence.SystemLabel(new TokenSpan(2, 3), null, "Zorro")))), "labelled");
        }
        assertTrue(kept > 140 && kept < 260, "about 10% of 2000: " + kept);
        assertEquals(2000, count(new NegativeSentenceSample(WORDS, 1, 1)), "share 1 keeps all");
    }

    private static int count(NegativeSentenceSample sample) {
        int kept = 0;
        for (int i = 0; i < 2000; i++) {
            kept += sample.keep(sentence("d" + i, "Prices rose by 12 percent in May .", List.of())) ? 1 : 0;
        }
        return kept;
    }

    private static LabeledSentence sentence(String id, String text, List<LabeledSentence.SystemLabel> labels) {
        return new LabeledSentence(id, Texts.annotated(id, text).sentences().get(0), labels);
    }
}
