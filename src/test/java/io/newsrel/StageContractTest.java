package io.newsrel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsrel.Stage.Capability;
import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.SentenceContext;
import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.annotate.TextAnnotator;
import io.newsrel.entities.EntityRecognizer;
import io.newsrel.entities.MentionFinder;
import io.newsrel.model.Entity;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import io.newsrel.output.Json;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stage's declarations are true. A stage runs on texts annotated with everything (tags,
 * lemmas and a parse on every sentence) and on the same texts with one capability taken away:
 * <ul>
 *   <li>without a capability it does not declare, its output is the same (or it fails; none does);</li>
 *   <li>with tags, lemmas and parses only on the sentences its {@link Stage#sentenceNeeds()}
 *       selects, its output is the same;</li>
 *   <li>without a per-sentence capability it declares, its output changes on some text: the
 *       declaration is needed, and these texts exercise it.</li>
 * </ul>
 * The texts are the sample corpus and a few sentences written to exercise each reading.
 */
class StageContractTest {

    /** Sentences where a tag, a lemma or a parse decides something. */
    private static final List<String> WRITTEN = List.of(
            // plural demonyms name peoples; a capital followed by a verb names its government
            "Iraqis and Britons protested in Baghdad.\nRabat said on Monday it would buy 24 Bayraktar TB2 drones"
                    + " from Turkey.\nDrone makers Baykar and Aselsan will deliver them to the Moroccan Royal Armed Forces.",
            // a title in the plural before a person; a country word and a company with a common noun between
            "BlueBird directors Ronen Nadir and Avi Cohen met Israeli company Elbit Systems in Tel Aviv.\n"
                    + "The two countries signed defence agreements in 2019.",
            // a production trigger known by its lemma; the host after "in the"
            "Indian firm Tata Advanced Systems assembled C-295 aircraft with Airbus in the Indian state of Gujarat.\n"
                    + "Navies of both countries operate Type 054A frigates, and India ordered six Kalvari-class submarines.",
            // a deal priced in a sentence of its own; a year in the sentence before
            "In 2021 the talks began.\nPoland bought 250 M1A2 Abrams tanks from the United States.\n"
                    + "The deal is worth $4.75 billion, officials said.",
            // a name that is also a word, with a defence word known by its lemma only ("bought": buy)
            "Canada bought the Hornet in 1980.",
            // a cooperation trigger in the plural; passive agents; a subject the parse finds past another country
            "Japan and Australia signed defence agreements on Friday.\n"
                    + "The K9 howitzers were ordered by Poland, Norway and Australia.\n"
                    + "Poland, a neighbour of Germany, bought 180 K2 tanks.",
            // a bare "agreement" is a cooperation only as a noun (its tag)
            "France and Greece signed an agreement on military training.",
            // a plural word before an organisation says it is a company
            "Drone makers Vestrum Aerial showed their aircraft.");

    /** Capabilities a test can take away from an annotated text. */
    private static final Set<Capability> REMOVABLE =
            EnumSet.of(Capability.POS, Capability.LEMMAS, Capability.PARSE, Capability.NER, Capability.DATES);

    private record Fixture(AnnotatedText full, List<Entity> entities) {
    }

    private static final List<Fixture> FIXTURES = new ArrayList<>();
    private static Pipeline pipeline;

    @BeforeAll
    static void annotate() throws IOException {
        pipeline = TestPipeline.get();
        TextAnnotator annotator = (TextAnnotator) pipeline.stages().get(0);
        EntityRecognizer entities = (EntityRecognizer) pipeline.stages().get(1);
        SentenceNeeds everything = SentenceNeeds.everywhere(EnumSet.of(Capability.POS, Capability.LEMMAS, Capability.PARSE));
        for (NewsDocument document : documents()) {
            AnnotatedText full = annotator.annotate(document, everything);
            FIXTURES.add(new Fixture(full, entities.recognize(full)));
        }
    }

    private static List<NewsDocument> documents() throws IOException {
        List<NewsDocument> documents = new ArrayList<>();
        documents.add(Corpus.seed());
        for (String line : Files.readAllLines(Corpus.DIR.resolve("samples.jsonl"))) {
            JsonNode json = Json.MAPPER.readTree(line);
            documents.add(new NewsDocument(json.get("id").asText(), json.get("text").asText(),
                    LocalDate.parse(json.get("date").asText()), null, null, Map.of()));
        }
        for (int i = 0; i < WRITTEN.size(); i++) {
            documents.add(new NewsDocument("written-" + i, WRITTEN.get(i), LocalDate.of(2024, 5, 2), null, null, Map.of()));
        }
        return documents;
    }

    static Stream<Named<Stage>> stages() {
        EntityRecognizer entities = (EntityRecognizer) TestPipeline.get().stages().get(1);
        return Stream.concat(Stream.concat(entities.finders().stream(), Stream.of(entities)),
                        TestPipeline.get().stages().stream().filter(s -> s instanceof RelationExtractor))
                .map(stage -> Named.of(stage.name(), stage));
    }

    /** What a stage makes of a text: mention candidates, entities or relation candidates. */
    private static Object run(Stage stage, AnnotatedText text, Fixture fixture) {
        if (stage instanceof MentionFinder finder) {
            return finder.find(text);
        }
        if (stage instanceof EntityRecognizer recognizer) {
            return recognizer.recognize(text);
        }
        return ((RelationExtractor) stage).extract(new LinkedDocument(text, fixture.entities()));
    }

    private static boolean afterEntities(Stage stage) {
        return stage instanceof RelationExtractor;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void aStageWorksTheSameWithoutWhatItDoesNotDeclare(Stage stage) {
        for (Capability capability : REMOVABLE) {
            if (stage.requires().contains(capability)) {
                continue;
            }
            for (Fixture fixture : FIXTURES) {
                assertEquals(run(stage, fixture.full(), fixture), run(stage, without(fixture.full(), capability), fixture),
                        stage.name() + " reads " + capability + " on " + fixture.full().document().id()
                                + " but does not declare it");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void aStageWorksTheSameWithTagsLemmasAndParsesOnlyWhereItAsks(Stage stage) {
        for (Fixture fixture : FIXTURES) {
            AnnotatedText full = fixture.full();
            SentenceNeeds.Selected selected = stage.sentenceNeeds()
                    .select(new SentenceContext(full, afterEntities(stage) ? fixture.entities() : null));
            AnnotatedText restricted = only(full, selected);
            assertEquals(run(stage, full, fixture), run(stage, restricted, fixture),
                    stage.name() + " reads more sentences than it asks for on " + full.document().id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void whatAStageDeclaresPerSentenceItReads(Stage stage) {
        for (Capability capability : stage.requires()) {
            if (!capability.perSentence()) {
                continue;
            }
            boolean changes = FIXTURES.stream().anyMatch(fixture -> !Objects.equals(run(stage, fixture.full(), fixture),
                    run(stage, without(fixture.full(), capability), fixture)));
            assertTrue(changes, stage.name() + " declares " + capability + ", but no text shows it reads it");
        }
    }

    @Test
    void theFixturesHaveEverythingOnEverySentence() {
        for (Fixture fixture : FIXTURES) {
            for (int s = 0; s < fixture.full().sentences().size(); s++) {
                assertTrue(fixture.full().has(Capability.POS, s) && fixture.full().has(Capability.LEMMAS, s));
            }
            assertFalse(fixture.full().parses().isEmpty(), fixture.full().document().id());
        }
    }

    /** The text without one capability: no tags, no lemmas, no parses, no NER spans, or no dates. */
    static AnnotatedText without(AnnotatedText text, Capability capability) {
        BitSet all = new BitSet();
        all.set(0, text.sentences().size());
        BitSet none = new BitSet();
        return switch (capability) {
            case POS -> only(text, new SentenceNeeds.Selected(none, all, all));
            case LEMMAS -> only(text, new SentenceNeeds.Selected(all, none, all));
            case PARSE -> only(text, new SentenceNeeds.Selected(all, all, none));
            case NER -> new AnnotatedText(text.document(), text.sentences(), List.of(), text.parses());
            case DATES -> new AnnotatedText(text.document(), text.sentences(), text.nerSpans().stream()
                    .filter(s -> !s.label().equals("DATE") && !s.label().equals("TIME")).toList(), text.parses());
            default -> throw new IllegalArgumentException(capability + " cannot be taken away");
        };
    }

    /** The text with tags, lemmas and parses kept only on the selected sentences. */
    static AnnotatedText only(AnnotatedText text, SentenceNeeds.Selected keep) {
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            int s = sentence.index();
            List<Token> tokens = sentence.tokens().stream().map(t -> new Token(t.index(), t.text(), t.start(), t.end(),
                    keep.pos().get(s) ? t.pos() : null, keep.lemmas().get(s) ? t.lemma() : null)).toList();
            sentences.add(new Sentence(s, sentence.start(), sentence.end(), tokens));
        }
        Map<Integer, SemanticGraph> parses = new HashMap<>();
        text.parses().forEach((s, graph) -> {
            if (keep.parse().get(s)) {
                parses.put(s, graph);
            }
        });
        return new AnnotatedText(text.document(), sentences, text.nerSpans(), parses);
    }
}
