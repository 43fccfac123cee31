package io.newsrel.train;

import io.newsrel.config.PipelineConfig;
import java.util.List;

/**
 * The parts of the pipeline learned from gold articles, in the order they are trained (a part may
 * learn from what the parts before it find). {@code newsrel eval --cv K} trains each of them per
 * fold; {@code newsrel train} makes the shipped models with the same trainers.
 */
public final class LearnedParts {

    private LearnedParts() {
    }

    /** Every gold-trained part of the default pipeline: the entity parts first. */
    public static List<GoldTrainer> all() {
        return List.of(new OrganizationModelTrainer(), new TransferTrainer(TransferTrainer.DEFAULT_SIGMA),
                new AttributeTrainer(AttributeTrainer.DEFAULT_SIGMA));
    }

    /** The gold-trained parts a pipeline of this configuration uses, in training order. */
    public static List<GoldTrainer> usedBy(PipelineConfig config) {
        return all().stream().filter(part -> part.usedBy(config)).toList();
    }
}
