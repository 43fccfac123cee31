package io.newsrel.entities;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Features of the learned system recognizer that OpenNLP's stock generators lack: the shape of a
 * designation ("J-10C" is tokenized "J" "-" "10C": shapes "X", "-", "dX") and whether a word
 * naming a kind of system (howitzer, frigate, fighter, drone: {@code system-category-words.txt})
 * follows or precedes. The feature descriptor {@code /newsrel/systems-ner-features.xml} names
 * {@link Factory}, so a model trained with it loads these features again by class name.
 */
public final class SystemNameFeatures implements AdaptiveFeatureGenerator {

    private static final int CATEGORY_AFTER = 4;
    private static final int CATEGORY_BEFORE = 2;
    private static final Lexicon CATEGORIES = Lexicon.resource(EntityFinders.CATEGORY_WORDS);

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.add("shape=" + shape(tokens[index]));
        if (index > 0) {
            features.add("shape-1=" + shape(tokens[index - 1]));
        }
        if (index + 1 < tokens.length) {
            features.add("shape+1=" + shape(tokens[index + 1]));
        }
        if (isCategory(tokens[index])) {
            features.add("category");
        }
        for (int k = 1; k <= CATEGORY_AFTER && index + k < tokens.length; k++) {
            if (isCategory(tokens[index + k])) {
                features.add("category+" + k);
                features.add("category-after");
                break;
            }
        }
        for (int k = 1; k <= CATEGORY_BEFORE && index - k >= 0; k++) {
            if (isCategory(tokens[index - k])) {
                features.add("category-" + k);
                break;
            }
        }
    }

    /** Letters to X or x, digits to d, runs collapsed: "T-90MS" parts "T" "-" "90MS" give X, -, dX. */
    static String shape(String token) {
        StringBuilder shape = new StringBuilder();
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != last) {
                shape.append(s);
                last = s;
            }
        }
        return shape.toString();
    }

    static boolean isCategory(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        return CATEGORIES.contains(word) || word.endsWith("s") && CATEGORIES.contains(word.substring(0, word.length() - 1))
                || word.endsWith("es") && CATEGORIES.contains(word.substring(0, word.length() - 2));
    }

    /** Builds the generator from the descriptor's {@code <generator class="...$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new SystemNameFeatures();
        }
    }
}
