package io.newsrel.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Pipeline;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.entities.EntityGazetteers;
import io.newsrel.entities.GazetteerMatcher;
import io.newsrel.entities.ModelMentionFinder;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.TokenSpan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline with a learned model (configured by file) reports a system the gazetteer does not
 * know as a SYSTEM entity with source "model". The model is a tiny one trained here on made-up
 * sentences, so the test checks the wiring (configuration, finder, overlap policy, output), not
 * the shipped model's quality, which README's generalisation table measures.
 */
class ModelPipelineTest {

    @TempDir
    Path dir;

    @Test
    void theModelsSpansBecomeSystemEntitiesWithItsProbability() throws IOException {
        Path model = dir.resolve("tiny-systems.bin");
        try (OutputStream out = Files.newOutputStream(model)) {
            SystemModelTrainer.train(madeUpTraining(), new SystemModelTrainer.Settings("MAXENT", 50, 1)).serialize(out);
        }
        // No category word follows the designation, so the pattern rules do not claim it.
        String text = "The navy will receive the new QZ-61 next year, the minister said.";
        GazetteerMatcher gazetteer = new GazetteerMatcher(EntityGazetteers.load(List.of(), List.of(),
                CountryGazetteer.load(List.of())));
        Pipeline pipeline = Pipeline.builder()
                .set("entities.systemModel", "true")
                .set("entities.systemModelFile", model.toString())
                .build();

        ExtractionResult result = pipeline.process(new NewsDocument("m1", text, null, null, null, Map.of()));

        assertTrue(gazetteer.find(Texts.annotated("m1", "The navy will receive the new QZ - 61 next year , the minister said .")
                .sentences().get(0).tokens()).isEmpty(), "the gazetteer knows no name in the sentence");
        Entity system = result.entities().stream().filter(e -> e.type() == EntityType.SYSTEM).findFirst().orElseThrow(
                () -> new AssertionError("no SYSTEM entity in " + result.entities()));
        assertEquals(ModelMentionFinder.SOURCE, system.source());
        assertEquals("QZ-61", system.mentions().get(0).text());
        assertTrue(system.confidence() >= 0.5 && system.confidence() <= 1, "probability: " + system.confidence());
    }

    /** "The navy will receive the new XY-12 ..." with random designations, and sentences without one. */
    private static List<LabeledSentence> madeUpTraining() {
        Random random = new Random(5);
        String[] frames = {"The navy will receive the new %s next year .", "The army ordered %d %s last month .",
                "Officials said the %s would be deployed soon .", "The air force tested the %s on Monday ."};
        List<LabeledSentence> sentences = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String designation = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                    + " - " + (10 + random.nextInt(89));
            String frame = frames[random.nextInt(frames.length)];
            String text = frame.contains("%d") ? String.format(frame, 2 + random.nextInt(40), designation)
                    : String.format(frame, designation);
            var annotated = Texts.annotated("t" + i, text);
            List<String> words = List.of(text.split(" "));
            int start = words.indexOf(designation.substring(0, 2));
            sentences.add(new LabeledSentence("t" + i, annotated.sentences().get(0),
                    List.of(new LabeledSentence.SystemLabel(new TokenSpan(start, start + 3), null, designation))));
            sentences.add(new LabeledSentence("t" + i, Texts.annotated("t" + i,
                    "The minister said talks with Paris went well on Monday .").sentences().get(0), List.of()));
        }
        return sentences;
    }
}
