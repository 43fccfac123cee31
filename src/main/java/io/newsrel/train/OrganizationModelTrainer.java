package io.newsrel.train;

import io.newsrel.Pipeline;
import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.OrganizationModel;
import io.newsrel.eval.DefnewsGold;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the organisation classifier ({@link OrganizationModel}) from gold articles: OpenNLP's
 * maximum-entropy trainer with L-BFGS and L2 regularisation (a few hundred examples, thousands of
 * sparse features: the penalty keeps one article's words from deciding). The same trainer makes
 * the shipped model ({@code newsrel train organizations}) and each cross-validation fold's model
 * ({@code newsrel eval --cv K}).
 */
public final class OrganizationModelTrainer implements GoldTrainer {

    public static final String NAME = "organizations";
    public static final String MODEL_FILE = "organizations.bin";
    private static final int ITERATIONS = 200;
    private static final double L2 = 1.0;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> train(List<DefnewsGold.Article> gold, PipelineFactory pipelines, Path dir)
            throws IOException {
        // The rules' pipeline: its annotator and settings are what the classifier reads text with.
        Pipeline pipeline = pipelines.build(Map.of("entities.organizationModel", false));
        List<OrganizationExamples.Example> examples = OrganizationExamples.of(gold, pipeline.annotator(),
                EntityFinders.organizationReader(pipeline.config().entities()));
        Path file = dir.resolve(MODEL_FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            fit(examples).write(out);
        }
        return Map.of("entities.organizationModel", true, "entities.organizationModelFile", file.toString());
    }

    /** A classifier fitted to the examples. */
    public static OrganizationModel fit(List<OrganizationExamples.Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no organisation spans to train the classifier on");
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.L2COST_PARAM, L2);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return new OrganizationModel(trainer.train(events(examples)));
        } catch (IOException e) {
            throw new UncheckedIOException("training the organisation classifier failed: " + e.getMessage(), e);
        }
    }

    private static ObjectStream<Event> events(List<OrganizationExamples.Example> examples) {
        return new ObjectStream<>() {
            private Iterator<OrganizationExamples.Example> it = examples.iterator();

            @Override
            public Event read() {
                if (!it.hasNext()) {
                    return null;
                }
                OrganizationExamples.Example e = it.next();
                return new Event(e.label().name(), e.features());
            }

            @Override
            public void reset() {
                it = examples.iterator();
            }
        };
    }
}
