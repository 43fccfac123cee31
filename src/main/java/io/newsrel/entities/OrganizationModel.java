package io.newsrel.entities;

import io.newsrel.model.EntityType;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The learned organisation classifier: an OpenNLP maximum-entropy model over
 * {@link OrganizationFeatures} that decides whether an organisation span is a company, an armed
 * force, a state body or something else. Trained by {@code newsrel train organizations} on gold
 * articles (see {@code models/organizations.md}). Thread-safe: a maxent model only reads its
 * weights.
 */
public final class OrganizationModel {

    /** The model shipped in the jar. */
    public static final String SHIPPED_MODEL = "/models/organizations.bin";

    /** What the classifier decides; OTHER is an organisation of no kind the spec extracts. */
    public enum Outcome {
        COMPANY(EntityType.COMPANY), MILITARY(EntityType.MILITARY), GOVERNMENT(EntityType.GOVERNMENT),
        OTHER(EntityType.ORGANIZATION);

        private final EntityType type;

        Outcome(EntityType type) {
            this.type = type;
        }

        public EntityType type() {
            return type;
        }

        /** The outcome an entity type stands for: COMPANY, MILITARY, GOVERNMENT, else OTHER. */
        public static Outcome of(EntityType type) {
            for (Outcome o : values()) {
                if (o.type == type) {
                    return o;
                }
            }
            return OTHER;
        }
    }

    /** A decision and how sure the model is of it. */
    public record Decision(Outcome outcome, double probability) {
    }

    private final MaxentModel model;

    public OrganizationModel(MaxentModel model) {
        this.model = model;
    }

    public Decision classify(String[] features) {
        double[] probs = model.eval(features);
        int best = 0;
        for (int i = 1; i < probs.length; i++) {
            if (probs[i] > probs[best]) {
                best = i;
            }
        }
        return new Decision(Outcome.valueOf(model.getOutcome(best).toUpperCase(Locale.ROOT)), probs[best]);
    }

    /** Loads a model: the shipped one when {@code file} is empty, else the file. */
    public static OrganizationModel load(String file) {
        String where = file.isEmpty() ? SHIPPED_MODEL : file;
        try (InputStream in = file.isEmpty()
                ? io.newsrel.util.Resources.open(SHIPPED_MODEL, "organisation model")
                : Files.newInputStream(Path.of(file))) {
            return read(in);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot read organisation model " + where + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    static OrganizationModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        return new OrganizationModel(new GenericModelReader(new BinaryFileDataReader(data)).getModel());
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        new GenericModelWriter((AbstractModel) model, data).persist();
        data.flush();
    }
}
