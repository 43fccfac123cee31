package io.newsrel.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.time.GenericTimeExpressionPatterns;
import edu.stanford.nlp.time.Options;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The filter is installed on SUTime's own rules, once. That the filtered rules give the stock dates
 * is shown on real sentences by {@code TimeGatedNerAnnotatorTest}.
 */
class SutimeRuleFilterTest {

    @Test
    void sutimesRulesGetAFilterOnlyOnce() {
        CoreMapExpressionExtractor<?> rules = new GenericTimeExpressionPatterns(new Options("sutime", new Properties())).createExtractor();
        int wrapped = SutimeRuleFilter.install(rules);
        assertTrue(wrapped > 150, wrapped + " rules"); // 201 in CoreNLP 4.5.10
        assertEquals(0, SutimeRuleFilter.install(rules), "a filtered rule is not filtered again");
    }
}
