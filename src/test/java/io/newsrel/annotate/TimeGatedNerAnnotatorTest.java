package io.newsrel.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SUTime only where a sentence has a temporal cue: the NER output must be CoreNLP's stock one. */
class TimeGatedNerAnnotatorTest {

    private static CoreNlpAnnotator gated;
    private static CoreNlpAnnotator stock;

    @BeforeAll
    static void load() {
        gated = (CoreNlpAnnotator) TestPipeline.get().stages().get(0);
        stock = new CoreNlpAnnotator(CoreNlpAnnotator.properties(PipelineConfig.defaults().corenlp()));
    }

    private static List<String> spans(CoreNlpAnnotator annotator, NewsDocument document) {
        return annotator.annotate(document).nerSpans().stream()
                .map(s -> s.chars() + " " + s.label() + " " + s.normalized()).toList();
    }

    @Test
    void theSeedArticleGetsTheStockSpans() {
        assertEquals(spans(stock, Corpus.seed()), spans(gated, Corpus.seed()));
    }

    @Test
    void datesInCuedSentencesAndNamesAndNumbersElsewhere() {
        NewsDocument document = new NewsDocument("t",
                "Poland ordered 96 Apache helicopters from Boeing last year.\n"
                        + "The contract, signed on 21 August, is worth $12 billion.\n"
                        + "General Dynamics will supply 250 Abrams tanks to the Polish army.",
                LocalDate.of(2024, 12, 17), null, null, Map.of());
        List<String> expected = spans(stock, document);
        assertEquals(expected, spans(gated, document));
        assertTrue(expected.stream().anyMatch(s -> s.contains("DATE 2023")), expected.toString());
        assertTrue(expected.stream().anyMatch(s -> s.contains("ORGANIZATION")), expected.toString());
        assertTrue(expected.stream().anyMatch(s -> s.contains("NUMBER 250")), expected.toString());
    }
}
