package io.newsrel.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.TestPipeline;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.model.NewsDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    private static List<DefnewsGold.Article> articles(int n) {
        return IntStream.range(0, n).mapToObj(i -> new DefnewsGold.Article(
                NewsDocument.of("g" + i, "Text " + i + "."), Map.of(), List.of())).toList();
    }

    @Test
    void foldsCoverEveryDocumentOnceAndDoNotDependOnFileOrder() {
        List<DefnewsGold.Article> docs = articles(23);
        DocumentFolds<DefnewsGold.Article> folds = DocumentFolds.split(docs, a -> a.document().id(), 5, 7);
        List<DefnewsGold.Article> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        DocumentFolds<DefnewsGold.Article> again = DocumentFolds.split(reversed, a -> a.document().id(), 5, 7);
        Set<String> seen = new HashSet<>();
        for (int f = 0; f < 5; f++) {
            int size = folds.test(f).size();
            assertTrue(size == 4 || size == 5, "fold size " + size);
            folds.test(f).forEach(a -> assertTrue(seen.add(a.document().id()), "twice: " + a.document().id()));
            assertEquals(folds.test(f), again.test(f));
            assertEquals(23 - size, folds.training(f).size());
        }
        assertEquals(23, seen.size());
        assertThrows(IllegalArgumentException.class, () -> DocumentFolds.split(docs, a -> a.document().id(), 1, 7));
    }

    /** A trainer that records what it was trained on. */
    private static final class RecordingTrainer implements GoldTrainer {
        final List<Set<String>> trainedOn = new ArrayList<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Map<String, Object> train(List<DefnewsGold.Article> gold, PipelineFactory pipelines, Path dir) {
            trainedOn.add(new HashSet<>(gold.stream().map(a -> a.document().id()).toList()));
            return Map.of();
        }
    }

    @Test
    void noArticleIsScoredByAPartTrainedOnIt() throws Exception {
        List<DefnewsGold.Article> docs = articles(10);
        RecordingTrainer trainer = new RecordingTrainer();
        CrossValidatedExtractor cv = CrossValidatedExtractor.train(docs, 5, 1, List.of(trainer),
                settings -> TestPipeline.get(), TestPipeline.get());
        assertEquals(5, trainer.trainedOn.size());
        Map<String, Integer> foldOf = cv.foldOfArticle();
        assertEquals(10, foldOf.size());
        for (int f = 1; f <= 5; f++) {
            Set<String> training = trainer.trainedOn.get(f - 1);
            for (DefnewsGold.Article a : docs) {
                String id = a.document().id();
                assertEquals(foldOf.get(id) != f, training.contains(id), id + " in fold " + foldOf.get(id));
            }
        }
    }
}
