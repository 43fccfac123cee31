package io.newsrel.train;

import io.newsrel.config.PipelineConfig;
import io.newsrel.eval.DefnewsGold;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A learned part of the pipeline that is trained from gold articles: the relation decision, a
 * classifier of organisations, a recognizer of systems. The same trainer makes the shipped model
 * ({@code newsrel train <name> --gold FILE...}) and the model of each cross-validation fold
 * ({@code newsrel eval --cv K}), so the two cannot drift apart.
 */
public interface GoldTrainer {

    /** The part's name, e.g. {@code relations}; also its {@code newsrel train} subcommand. */
    String name();

    /**
     * Trains the part on {@code gold} and writes its model (and nothing else) under {@code dir}.
     *
     * @param gold      the training articles; never an article the result will be scored on
     * @param pipelines builds pipelines with the parts trained before this one, for trainers that
     *                  learn from what the pipeline finds in the training articles
     * @param dir       an empty folder for the model files
     * @return the configuration settings (dotted key → value) that make a pipeline use the model
     */
    Map<String, Object> train(List<DefnewsGold.Article> gold, PipelineFactory pipelines, Path dir) throws IOException;

    /**
     * Whether a pipeline of this configuration uses the part, so that cross-validation trains it
     * per fold; a part switched off (the transfer decision set to its rules) is not trained.
     */
    default boolean usedBy(PipelineConfig config) {
        return true;
    }
}
