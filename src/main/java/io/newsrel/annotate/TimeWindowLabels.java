package io.newsrel.annotate;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.Set;

/**
 * Joins a token's two NER readings in a sentence with a temporal cue ({@link TimeGatedNerAnnotator}):
 * the whole sentence read by the CRF models and the numeric rules without SUTime, and the
 * {@link CueWindows window} around the cue read by SUTime and the model that labels dates. It keeps
 * the precedence of CoreNLP's own combination: a name the name models give wins; SUTime and the numeric
 * rules label what they left unlabelled (or MISC); the date model's own names are not used, as in
 * CoreNLP, where a later model only adds labels the earlier ones lack.
 */
final class TimeWindowLabels {

    /** The labels of CoreNLP's 3- and 4-class models. */
    private static final Set<String> NAMES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");
    private static final String NONE = "O";

    private TimeWindowLabels() {
    }

    /** Sets on {@code token} the window's reading {@code windowed} of it where that reading wins. */
    static void merge(CoreLabel windowed, CoreLabel token) {
        if (!windowWins(token.ner(), windowed.ner())) {
            return;
        }
        token.setNER(windowed.ner());
        token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, windowed.ner());
        String normalized = windowed.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (normalized == null) {
            token.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        } else {
            token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
        }
        if (windowed.containsKey(CoreAnnotations.NamedEntityTagProbsAnnotation.class)) {
            token.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class,
                    windowed.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class));
        }
        NumberSequenceClassifier.transferAnnotations(windowed, token);
    }

    /**
     * @param whole    the label of the whole sentence's reading (CRF models, numeric rules)
     * @param windowed the label of the window's reading (date models, SUTime, numeric rules)
     */
    static boolean windowWins(String whole, String windowed) {
        if (windowed == null || NAMES.contains(windowed)) {
            return false;
        }
        if (whole == null) {
            return true;
        }
        if (NAMES.contains(whole)) {
            // SUTime and the numeric rules relabel MISC, never the other names.
            return whole.equals("MISC") && !windowed.equals(NONE);
        }
        return true;
    }
}
