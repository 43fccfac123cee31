package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsrel.model.CharSpan;
import io.newsrel.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlapPolicyTest {

    private static MentionCandidate candidate(int start, int end, EntityType type, String source) {
        return new MentionCandidate(0, new CharSpan(start, end), type, "x" + start + "-" + end, null, Map.of(), 0.5, source);
    }

    @Test
    void earlierFinderWinsAnOverlapEvenWhenShorter() {
        OverlapPolicy policy = new OverlapPolicy(List.of("gazetteer", "ner"));
        MentionCandidate gazetteer = candidate(10, 18, EntityType.SYSTEM, "gazetteer");
        MentionCandidate ner = candidate(0, 18, EntityType.PERSON, "ner");
        assertEquals(List.of(gazetteer), policy.resolve(List.of(ner, gazetteer)));
    }

    @Test
    void longerSpanWinsWithinOneFinder() {
        OverlapPolicy policy = new OverlapPolicy(List.of("ner"));
        MentionCandidate shortOne = candidate(0, 5, EntityType.ORGANIZATION, "ner");
        MentionCandidate longOne = candidate(0, 13, EntityType.COMPANY, "ner");
        assertEquals(List.of(longOne), policy.resolve(List.of(shortOne, longOne)));
    }

    @Test
    void disjointCandidatesAreAllKeptInTextOrder() {
        OverlapPolicy policy = new OverlapPolicy(List.of("gazetteer", "ner"));
        MentionCandidate a = candidate(20, 25, EntityType.COUNTRY, "ner");
        MentionCandidate b = candidate(0, 5, EntityType.SYSTEM, "gazetteer");
        MentionCandidate c = candidate(5, 9, EntityType.DATE, "ner");
        assertEquals(List.of(b, c, a), policy.resolve(List.of(a, b, c)));
    }

    @Test
    void anUnrankedSourceIsAnError() {
        OverlapPolicy policy = new OverlapPolicy(List.of("ner"));
        assertThrows(IllegalArgumentException.class,
                () -> policy.resolve(List.of(candidate(0, 1, EntityType.DATE, "mystery"), candidate(0, 1, EntityType.DATE, "ner"))));
    }
}
