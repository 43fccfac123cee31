package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The military words a document needs before defence relations are reported in it. */
class DefenceContextTest {

    private static final DefenceContext CONTEXT = DefenceContext.shipped();

    private static LinkedDocument document(String... sentences) {
        HandBuiltDocument built = new HandBuiltDocument();
        for (String sentence : sentences) {
            built.sentence(sentence);
        }
        return built.build();
    }

    @Test
    void generalNewsHasNoMilitaryContext() {
        assertFalse(CONTEXT.holds(document("Nearly 80 pct of Canada 's exports are shipped to the U.S. .").text()));
        assertFalse(CONTEXT.holds(document("The G-6 meeting in Paris agreed to stabilise currencies .",
                "The company formed a joint venture to make eyewear .").text()));
    }

    @Test
    void aMilitaryWordAnywhereInTheDocumentGivesIt() {
        assertTrue(CONTEXT.holds(document("The deal was signed in May .", "The missiles will arrive next year .").text()));
        assertTrue(CONTEXT.holds(document("The Indian Air Force received the jets .").text()), "two-word phrase, any case");
        assertTrue(CONTEXT.holds(document("Three frigates were ordered .").text()), "plural of a listed word");
    }

    @Test
    void outsideAMilitaryContextTheGatedExtractorReportsNothing() {
        RelationExtractor alwaysFinds = new RelationExtractor() {
            @Override
            public List<RelationCandidate> extract(LinkedDocument document) {
                throw new AssertionError("the gate should not have let this document through");
            }

            @Override
            public String name() {
                return "test";
            }

            @Override
            public java.util.Set<Capability> requires() {
                return java.util.Set.of();
            }
        };
        DefenceGated gated = new DefenceGated(alwaysFinds, CONTEXT);
        assertEquals(List.of(), gated.extract(document("Oil prices rose on Monday .")));
    }

    @Test
    void theGatedExtractorNeedsNothingOutsideAMilitaryContextAndItsOwnNeedsInside() {
        RelationExtractor everywhere = new RelationExtractor() {
            @Override
            public List<RelationCandidate> extract(LinkedDocument document) {
                return List.of();
            }

            @Override
            public String name() {
                return "test";
            }

            @Override
            public java.util.Set<Capability> requires() {
                return java.util.Set.of(Capability.POS, Capability.LEMMAS);
            }
        };
        DefenceGated gated = new DefenceGated(everywhere, CONTEXT);
        io.newsrel.annotate.SentenceContext general = new io.newsrel.annotate.SentenceContext(
                document("Oil prices rose on Monday .", "Exports were shipped to the U.S. .").text(), null);
        assertTrue(gated.sentenceNeeds().select(general).pos().isEmpty());
        assertTrue(gated.sentenceNeeds().select(general).lemmas().isEmpty());
        // "frigates" by its plural word form, "Air Force" as a two-word phrase.
        for (String military : new String[] {"Three frigates were ordered .", "The Indian Air Force received jets ."}) {
            io.newsrel.annotate.SentenceContext defence = new io.newsrel.annotate.SentenceContext(
                    document("Oil prices rose on Monday .", military).text(), null);
            assertEquals(2, gated.sentenceNeeds().select(defence).pos().cardinality(), military);
            assertEquals(2, gated.sentenceNeeds().select(defence).lemmas().cardinality(), military);
        }
    }
}
