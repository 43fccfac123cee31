package io.newsrel.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.entities.MentionCandidate;
import io.newsrel.entities.ModelMentionFinder;
import io.newsrel.model.EntityType;
import io.newsrel.model.TokenSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/**
 * A tiny model trained on made-up sentences learns the shape of a designation before a category
 * word, survives a round trip through its file (the custom features load by class name), and the
 * finder turns its spans into SYSTEM candidates with source "model".
 */
class SystemModelTrainerTest {

    private static final String[] CATEGORIES = {"howitzers", "frigates", "fighters", "drones", "tanks"};
    private static final String[] OTHER = {"The", "minister", "said", "talks", "with", "Paris", "went", "well",
            "on", "Monday", "and", "prices", "rose", "in", "May", "2024", "by", "12", "percent"};

    @Test
    void learnsDesignationsBeforeCategoryWordsAndFindsAnUnseenOne() throws IOException {
        Random random = new Random(3);
        List<LabeledSentence> training = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String designation = letters(random) + " - " + (10 + random.nextInt(89));
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String text = "The army ordered " + (2 + random.nextInt(40)) + " " + designation + " " + category + " .";
            AnnotatedText annotated = Texts.annotated("t" + i, text);
            training.add(new LabeledSentence("t" + i, annotated.sentences().get(0),
                    List.of(new LabeledSentence.SystemLabel(new TokenSpan(4, 7), null, designation))));
            training.add(new LabeledSentence("t" + i, Texts.annotated("t" + i, noise(random)).sentences().get(0), List.of()));
        }
        TokenNameFinderModel trained = SystemModelTrainer.train(training, new SystemModelTrainer.Settings("MAXENT", 50, 1));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        trained.serialize(file);
        TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(file.toByteArray()));

        String text = "Officials said the navy bought 6 QZ - 61 frigates last year .\nPrices rose by 12 percent in May .";
        List<MentionCandidate> found = new ModelMentionFinder(loaded, 0.5).find(Texts.annotated("new", text));

        assertEquals(1, found.size(), found.toString());
        MentionCandidate system = found.get(0);
        assertEquals("QZ - 61", system.span().of(text));
        assertEquals(EntityType.SYSTEM, system.type());
        assertEquals(ModelMentionFinder.SOURCE, system.source());
        assertEquals(0, system.sentence());
        assertTrue(system.confidence() >= 0.5 && system.confidence() <= 1, "the model's probability: " + system.confidence());
    }

    private static String letters(Random random) {
        return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    private static String noise(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append(OTHER[random.nextInt(OTHER.length)]).append(' ');
        }
        return s.append('.').toString();
    }
}
