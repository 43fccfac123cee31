package io.newsrel.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's "pos" and "lemma" steps for one sentence at a time: the same tagger model and Morpha
 * rules as {@code POSTaggerAnnotator} and {@code MorphaAnnotator}, so a sentence gets the tags and
 * lemmas the stock pipeline gives it, but only the sentences asked for pay for them. Thread-safe.
 */
final class SentenceTagger {

    /** What {@code POSTaggerAnnotator} gives every token of a sentence too long to tag. */
    static final String UNTAGGED = "X";
    private static final ThreadLocal<Morphology> MORPHA = ThreadLocal.withInitial(Morphology::new);

    private final MaxentTagger tagger;
    private final int maxLength;

    /** Loads the model of {@code pos.model} (CoreNLP's default when unset); {@code pos.maxlen} applies. */
    SentenceTagger(Properties properties) {
        this.tagger = new MaxentTagger(properties.getProperty("pos.model", DefaultPaths.DEFAULT_POS_MODEL));
        this.maxLength = Integer.parseInt(properties.getProperty("pos.maxlen", Integer.toString(Integer.MAX_VALUE)));
    }

    /** Sets the tag of each label, as the stock "pos" step does. */
    void tag(List<CoreLabel> labels) {
        if (labels.size() > maxLength) {
            labels.forEach(label -> label.setTag(UNTAGGED));
            return;
        }
        List<TaggedWord> tagged = tagger.tagSentence(labels);
        for (int i = 0; i < labels.size(); i++) {
            labels.get(i).setTag(tagged.get(i).tag());
        }
    }

    /** The lemma of a tagged word, as the stock "lemma" step makes it. */
    static String lemma(String word, String tag) {
        return MORPHA.get().lemma(word, tag);
    }

    /**
     * A sentence's tokens with tags (where {@code tag}) and lemmas (where {@code lemmatize}) added; a
     * token keeps the tag it has. The tokens' text is CoreNLP's word: the tokenizer keeps it as written.
     */
    List<Token> complete(List<Token> tokens, boolean tag, boolean lemmatize) {
        List<String> tags = tagsOf(tokens, tag);
        List<Token> completed = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String pos = tags.get(i);
            String lemma = token.lemma() != null || !lemmatize || pos == null ? token.lemma() : lemma(token.text(), pos);
            completed.add(new Token(token.index(), token.text(), token.start(), token.end(), pos, lemma));
        }
        return completed;
    }

    private List<String> tagsOf(List<Token> tokens, boolean tag) {
        List<String> tags = new ArrayList<>(tokens.size());
        if (!tag || tokens.get(0).pos() != null) {
            tokens.forEach(t -> tags.add(t.pos()));
            return tags;
        }
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.text());
            label.setValue(token.text());
            labels.add(label);
        }
        tag(labels);
        labels.forEach(l -> tags.add(l.tag()));
        return tags;
    }
}
