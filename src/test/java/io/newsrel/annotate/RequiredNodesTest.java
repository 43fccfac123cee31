package io.newsrel.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token patterns every match of a TokensRegex pattern needs, read off its automaton. */
class RequiredNodesTest {

    private static List<String> required(String pattern) {
        return words(RequiredNodes.required(TokenSequencePattern.compile(pattern)));
    }

    private static List<String> first(String pattern) {
        return words(RequiredNodes.first(TokenSequencePattern.compile(pattern)));
    }

    private static List<String> words(List<NodePattern<?>> nodes) {
        return nodes.stream().map(NodePattern::toString).map(s -> s.replaceAll(".*?(\\w+)\\W*$", "$1")).toList();
    }

    @Test
    void aMatchStartsWithOneOfItsFirstTokens() {
        assertEquals(List.of("last"), first("/last/ /year/"));
        assertEquals(List.of("last", "next"), first("(/last/ | /next/) /year/"));
        assertEquals(List.of("early", "morning"), first("/early/? /morning/"));
        assertEquals(List.of("very", "late"), first("/very/* /late/"));
    }

    @Test
    void aPatternThatCanMatchNothingHasNoFirstToken() {
        assertEquals(List.of(), first("/early/?"));
    }

    @Test
    void everyTokenOfASequenceIsRequired() {
        assertEquals(List.of("last", "year"), required("/last/ /year/"));
    }

    @Test
    void noAlternativeIsRequired() {
        assertEquals(List.of(), required("/last/ | /next/"));
        assertEquals(List.of("year"), required("(/last/ | /next/) /year/"));
    }

    @Test
    void optionalAndRepeatedPartsAreNot() {
        assertEquals(List.of("morning"), required("/early/? /morning/"));
        assertEquals(List.of("late"), required("/very/* /late/"));
        assertEquals(List.of("ago"), required("(/two/ /years/){1,7} /ago/"));
    }

    @Test
    void aTokenEveryBranchOfAConjunctionMatchesIsNotClaimed() {
        // Conservative: both parts of "&" must match, but the reading only follows the automaton's
        // branches, so neither is claimed.
        assertEquals(List.of(), required("(/a/ & /b/)"));
    }
}
