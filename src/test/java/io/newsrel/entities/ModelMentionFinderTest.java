package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelMentionFinderTest {

    @Test
    void aSpanLosesPunctuationAtItsEdgesAndNotInside() {
        List<Token> tokens = tokens("80", "CF80C", "-", "2", "'s", "and", "-", "J", "-", "10C", "/");

        assertEquals(new TokenSpan(1, 2), ModelMentionFinder.trim(tokens, 1, 3), "CF80C -");
        assertEquals(new TokenSpan(7, 10), ModelMentionFinder.trim(tokens, 6, 11), "- J - 10C /");
        assertEquals(new TokenSpan(1, 4), ModelMentionFinder.trim(tokens, 1, 4), "CF80C - 2 is whole");
        assertNull(ModelMentionFinder.trim(tokens, 2, 3), "a lone hyphen is no name");
    }

    private static List<Token> tokens(String... words) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String w : words) {
            tokens.add(new Token(tokens.size(), w, offset, offset + w.length(), null, null));
            offset += w.length() + 1;
        }
        return tokens;
    }
}
