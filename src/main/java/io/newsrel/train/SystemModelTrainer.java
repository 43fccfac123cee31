package io.newsrel.train;

import io.newsrel.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains OpenNLP's {@link NameFinderME} on labelled sentences, with the features of
 * {@code /newsrel/systems-ner-features.xml} (token shapes and words around, prefixes and
 * suffixes, newsrel's designation shapes and category words).
 */
public final class SystemModelTrainer {

    public static final String FEATURES = "/newsrel/systems-ner-features.xml";
    public static final String TYPE = "system";

    /**
     * @param algorithm  OpenNLP trainer: MAXENT or PERCEPTRON
     * @param iterations training iterations
     * @param cutoff     features seen fewer times are dropped (keeps the model small)
     */
    public record Settings(String algorithm, int iterations, int cutoff) {
        public Settings {
            if (!algorithm.equals("MAXENT") && !algorithm.equals("PERCEPTRON")) {
                throw new IllegalArgumentException("algorithm must be MAXENT or PERCEPTRON: " + algorithm);
            }
            if (iterations < 1 || cutoff < 0) {
                throw new IllegalArgumentException("iterations must be positive and cutoff not negative");
            }
        }
    }

    private SystemModelTrainer() {
    }

    public static TokenNameFinderModel train(List<LabeledSentence> sentences, Settings settings) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        try {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features(), Map.of(), new BioCodec());
            return NameFinderME.train("en", TYPE, samples(sentences), params, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("training the system model failed: " + e.getMessage(), e);
        }
    }

    /** The sentences as OpenNLP samples; adaptive data is cleared at each new document. */
    static ObjectStream<NameSample> samples(List<LabeledSentence> sentences) {
        return new ObjectStream<>() {
            private Iterator<LabeledSentence> it = sentences.iterator();
            private String document;

            @Override
            public NameSample read() {
                if (!it.hasNext()) {
                    return null;
                }
                LabeledSentence s = it.next();
                boolean newDocument = !s.documentId().equals(document);
                document = s.documentId();
                Span[] names = s.systems().stream()
                        .map(l -> new Span(l.tokens().start(), l.tokens().end(), TYPE)).toArray(Span[]::new);
                return new NameSample(s.tokenTexts(), names, newDocument);
            }

            @Override
            public void reset() {
                it = sentences.iterator();
                document = null;
            }
        };
    }

    private static byte[] features() throws IOException {
        try (InputStream in = Resources.open(FEATURES, "feature descriptor")) {
            return in.readAllBytes();
        }
    }
}
