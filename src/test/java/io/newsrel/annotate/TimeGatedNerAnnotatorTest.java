package io.newsrel.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Corpus;
import io.newsrel.Stage;
import io.newsrel.TestPipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.NewsDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
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

    /**
     * The stock spans, less the dates SUTime makes of a word that only says present, past or future
     * ("recently": PAST_REF) when the sentence has no temporal cue (see {@link TemporalCues}).
     */
    @Test
    void theSeedArticleGetsTheStockSpansButLoneReferencesToNowPastOrFuture() {
        List<String> expected = spans(stock, Corpus.seed());
        List<String> found = spans(gated, Corpus.seed());
        List<String> dropped = new ArrayList<>(expected);
        dropped.removeAll(found);
        assertEquals(expected.stream().filter(s -> !dropped.contains(s)).toList(), found, "the rest in stock order");
        assertEquals(List.of("CharSpan[start=3693, end=3701] DATE PAST_REF"), dropped);
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

    /**
     * SUTime's rules skip the sentences they cannot match ({@link SutimeRuleFilter}); the dates are
     * the stock ones, in sentences that hold many kinds of time expression.
     */
    @Test
    void skippingTheRulesThatCannotMatchChangesNoDate() {
        NewsDocument document = new NewsDocument("times", String.join("\n",
                "The talks resumed on Tuesday and will end next week, two years after they began.",
                "Exports rose 4.5 pct in the first quarter of 1987 and fell in fiscal 1986/87.",
                "The ship arrived at 10:30 a.m. EST on May 5, 1987, and left the day before yesterday.",
                "Prices have doubled since the 1970s and may fall by mid-1988 or late next year.",
                "The offer expires within 90 days, on 12/31/87, or at the end of the month.",
                "He spoke this morning, on Christmas Eve last year and every Sunday since spring 2001.",
                "For the past decade the navy has bought three frigates a year, most recently in March.",
                "The plant will run 24 hours a day, seven days a week, from the 21st century on.",
                "Earlier this year shares hit a high; a year earlier they were at 12 dlrs on Friday afternoon.",
                "Between 1990 and 1995 the fleet grew weekly, then monthly, for two hours each night."),
                LocalDate.of(1987, 3, 4), null, null, Map.of());
        List<String> expected = spans(stock, document);
        assertEquals(expected, spans(gated, document));
        assertTrue(expected.stream().filter(s -> s.contains(" DATE ") || s.contains(" TIME ")
                || s.contains(" DURATION ") || s.contains(" SET ")).count() >= 25, expected.toString());
    }

    private static List<String> tokens(AnnotatedText text) {
        return text.sentences().stream().flatMap(s -> s.tokens().stream())
                .map(t -> t.start() + " " + t.text() + "/" + t.pos() + "/" + t.lemma()).toList();
    }

    /**
     * Tags and lemmas, computed after NER and only where asked, are the ones CoreNLP's own steps
     * give, but for the lemma of an abbreviation that ends a sentence: CoreNLP's word for it is
     * "etc." (the tokenizer lends it the sentence's period and adds a "." token), newsrel's token
     * is the text in the document, "etc".
     */
    @Test
    void tagsAndLemmasAreTheStockOnes() {
        List<String> expected = tokens(stock.annotate(Corpus.seed()));
        List<String> found = tokens(gated.annotate(Corpus.seed()));
        assertEquals(expected.size(), found.size());
        List<String> differences = IntStream.range(0, expected.size()).filter(i -> !expected.get(i).equals(found.get(i)))
                .mapToObj(i -> expected.get(i) + " -> " + found.get(i)).toList();
        assertEquals(List.of("1360 etc/FW/etc. -> 1360 etc/FW/etc"), differences);
    }

    /** Asked for nothing, the annotator leaves the sentences NER reads no tag on untagged. */
    @Test
    void withoutNeedsOnlyTheSentencesNerReadsTagsOnAreTagged() {
        AnnotatedText bare = gated.annotate(Corpus.seed(), SentenceNeeds.none());
        List<Integer> tagged = IntStream.range(0, bare.sentences().size())
                .filter(s -> bare.has(Stage.Capability.POS, s)).boxed().toList();
        assertTrue(tagged.size() > 0 && tagged.size() < bare.sentences().size(), tagged + " of " + bare.sentences().size());
        assertEquals(bare.nerSpans(), gated.annotate(Corpus.seed()).nerSpans());
    }

    private static NewsDocument wednesday(String text) {
        return new NewsDocument("w", text, LocalDate.of(1987, 3, 4), null, null, Map.of());
    }

    // SUTime's tense rules tag the shared value of "Friday": past after "Friday, officials said",
    // future after "Friday, officials will". The plain sentence has no tense hint of its own.
    private static final NewsDocument PLAIN = wednesday("Talks between the two ministers are set for Friday in Geneva.");
    private static final NewsDocument PAST = wednesday("The minister visited the plant on Friday, officials said.");
    private static final NewsDocument FUTURE = wednesday("The minister is to visit the plant on Friday, officials will say.");

    @Test
    void stockCoreNlpDatesADocumentByWhatItReadBefore() {
        // The bug the gated annotator removes (CoreNLP issue #1061); if CoreNLP fixes it, this fails and the
        // per-document SUTime instances can go.
        spans(stock, FUTURE);
        List<String> afterFuture = spans(stock, PLAIN);
        spans(stock, PAST);
        List<String> afterPast = spans(stock, PLAIN);
        assertTrue(afterFuture.toString().contains("DATE 1987-03-06"), afterFuture.toString());
        assertTrue(afterPast.toString().contains("DATE 1987-02-27"), afterPast.toString());
    }

    @Test
    void aDocumentsDatesDoNotDependOnTheDocumentsBeforeIt() {
        List<String> alone = spans(gated, PLAIN);
        assertTrue(spans(gated, PAST).toString().contains("DATE 1987-02-27"), "the hint works within its document");
        assertEquals(alone, spans(gated, PLAIN));
        assertTrue(spans(gated, FUTURE).toString().contains("DATE 1987-03-06"), "the hint works within its document");
        assertEquals(alone, spans(gated, PLAIN));
    }

    @Test
    void norOnTheDocumentsAnnotatedBesideIt() throws Exception {
        List<String> alone = spans(gated, PLAIN);
        List<NewsDocument> mixed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            mixed.add(List.of(PAST, PLAIN, FUTURE).get(i % 3));
        }
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (NewsDocument document : mixed) {
                results.add(threads.submit(() -> spans(gated, document)));
            }
            for (int i = 0; i < mixed.size(); i++) {
                if (mixed.get(i) == PLAIN) {
                    assertEquals(alone, results.get(i).get(), "document " + i);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
