package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {

    private static final PhraseLexicon RULES = PhraseLexicon.resource("/test-phrases.tsv", 1);

    /** "word/lemma/TAG" items separated by spaces. */
    private static List<Token> tokens(String spec) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String item : spec.split(" ")) {
            String[] p = item.split("/");
            tokens.add(new Token(tokens.size(), p[0], offset, offset + p[0].length(), p[2], p[1]));
            offset += p[0].length() + 1;
        }
        return tokens;
    }

    private static List<String> found(String spec) {
        return RULES.find(tokens(spec)).stream()
                .map(f -> f.start() + "-" + f.end() + ":" + f.phrase().column(0)).toList();
    }

    @Test
    void plainPhrasesMatchLemmasInAnyCaseAndAcrossHyphens() {
        assertEquals(List.of("1-3:DELIVERED"), found("Egypt/Egypt/NNP took/take/VBD delivery/delivery/NN"));
        assertEquals(List.of("0-3:LOCAL"), found("co/co/NN -/-/HYPH produce/produce/VB"));
        assertEquals(List.of("1-2:ORDERED"), found("They/they/PRP BUY/buy/VBP"));
    }

    @Test
    void tokensRegexRowsAndTheLongestMatchWins() {
        assertEquals(List.of("1-4:ORDERED"), found("Poland/Poland/NNP signed/sign/VBD a/a/DT contract/contract/NN"));
    }

    @Test
    void aBrokenPatternNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhraseLexicon.resource("/bad-phrases.tsv", 1));
        assertTrue(e.getMessage().startsWith("/bad-phrases.tsv:3: bad TokensRegex pattern"), e.getMessage());
    }
}
