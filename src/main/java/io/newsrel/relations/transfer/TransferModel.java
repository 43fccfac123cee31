package io.newsrel.relations.transfer;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned decision on candidate deals: a logistic regression (CoreNLP's
 * {@link LinearClassifier}, L2-regularised) over binary features, whose probability that a
 * candidate is a stated deal is the relation's confidence. Immutable once trained; thread-safe.
 */
public final class TransferModel {

    static final String YES = "deal";
    static final String NO = "no-deal";

    private final LinearClassifier<String, String> classifier;

    private TransferModel(LinearClassifier<String, String> classifier) {
        this.classifier = classifier;
    }

    /** A labelled candidate: its features and whether the gold states its deal. */
    public record Example(Collection<String> features, boolean deal) {
    }

    /**
     * Trains on labelled candidates.
     *
     * @param sigma the prior's standard deviation (smaller: stronger regularisation)
     */
    public static TransferModel train(List<Example> examples, double sigma) {
        if (examples.stream().map(Example::deal).distinct().count() < 2) {
            throw new IllegalArgumentException("training needs candidates of both kinds, deals and others; got "
                    + examples.size() + " of one kind");
        }
        Dataset<String, String> data = new Dataset<>();
        for (Example e : examples) {
            data.add(new BasicDatum<>(e.features(), e.deal() ? YES : NO));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        return new TransferModel(factory.trainClassifier(data));
    }

    /** The probability that the candidate with these features is a stated deal. */
    public double probability(Features features) {
        return probability(features.names());
    }

    public double probability(Collection<String> features) {
        return classifier.probabilityOf(new BasicDatum<>(features, null)).getCount(YES);
    }

    /** The features with the largest weights towards a deal and against one, for the model card. */
    public List<String> topFeatures(int n) {
        return classifier.toBiggestWeightFeaturesString(false, n, true).lines().toList();
    }

    public void write(OutputStream out) throws IOException {
        try (ObjectOutputStream objects = new ObjectOutputStream(new GZIPOutputStream(out))) {
            objects.writeObject(classifier);
        }
    }

    @SuppressWarnings("unchecked") // a file written by write()
    public static TransferModel read(InputStream in, String name) throws IOException {
        try (ObjectInputStream objects = new ObjectInputStream(new GZIPInputStream(in))) {
            return new TransferModel((LinearClassifier<String, String>) objects.readObject());
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(name + " is not a transfer model written by newsrel train relations: " + e, e);
        }
    }
}
