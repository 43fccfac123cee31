package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsrel.TestPipeline;
import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.CoreNlpAnnotator;
import io.newsrel.annotate.SentenceParser;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Semgrex role patterns on real parses. */
class DependencyRolesTest {

    private static CoreNlpAnnotator annotator;
    private static SentenceParser parser;
    private static final DependencyRoles ROLES = DependencyRoles.resource("/models/relations/arms-transfer-roles.semgrex");

    @BeforeAll
    static void load() {
        TestPipeline.get();
        annotator = new CoreNlpAnnotator(PipelineConfig.defaults().corenlp());
        parser = new SentenceParser(250);
    }

    /** word → cue for the arguments of the trigger word. */
    private static Map<String, String> roles(String text, String trigger) {
        AnnotatedText annotated = annotator.annotate(NewsDocument.of("t", text));
        Sentence sentence = annotated.sentences().get(0);
        int t = sentence.tokens().stream().filter(k -> k.text().equals(trigger)).findFirst().orElseThrow().index();
        SemanticGraph graph = parser.parse(sentence);
        Map<String, String> byWord = new TreeMap<>();
        ROLES.roles(graph, t).forEach((i, cue) -> byWord.put(sentence.tokens().get(i).text(), cue));
        return byWord;
    }

    @Test
    void subjectFromAndTo() {
        assertEquals(Map.of("Poland", "subject", "Korea", "supplier"), roles("Poland bought tanks from South Korea.", "bought"));
        assertEquals(Map.of("France", "subject", "Egypt", "recipient"), roles("France sold 30 jets to Egypt.", "sold"));
    }

    @Test
    void passiveAgentsAndTheirConjuncts() {
        Map<String, String> r = roles("The howitzers were ordered by Poland, Norway and Australia.", "ordered");
        assertEquals("agent", r.get("Poland"));
        assertEquals("agent", r.get("Norway"));
        assertEquals("agent", r.get("Australia"));
    }

    @Test
    void aPossessorOfATriggerNoun() {
        assertEquals("possessor", roles("Morocco's order of two satellites was signed.", "order").get("Morocco"));
    }

    @Test
    void aBrokenPatternIsRejectedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DependencyRoles.resource("/bad-roles.semgrex"));
        assertTrue(e.getMessage().contains("/bad-roles.semgrex:2"), e.getMessage());
    }

    @Test
    void tooLongSentencesAreNotParsed() {
        Sentence sentence = new Sentence(0, 0, 1, java.util.List.of(new Token(0, "a", 0, 1, "DT", "a")));
        assertEquals(null, new SentenceParser(0).parse(sentence));
    }
}
