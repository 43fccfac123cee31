package io.newsrel.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalStructure;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Universal Dependencies parses of single sentences, on demand: the relation rules parse only the
 * sentences that can hold a relation, never the whole document. Uses CoreNLP's neural dependency
 * parser over newsrel's own tokens and tags, loaded on first use; thread-safe.
 */
public final class SentenceParser {

    private static final Logger LOG = LoggerFactory.getLogger(SentenceParser.class);
    public static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final int maxTokens;
    /** Loaded on the first sentence that needs a parse: many documents never do. */
    private volatile DependencyParser parser;

    /** @param maxTokens longer sentences are not parsed (parsing time grows fast with length) */
    public SentenceParser(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    private DependencyParser parser() {
        DependencyParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    long started = System.nanoTime();
                    p = DependencyParser.loadFromModelFile(MODEL);
                    parser = p;
                    LOG.info("dependency parser loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        return p;
    }

    /**
     * The basic dependencies of a sentence; node {@code i} (1-based, as CoreNLP counts) is token
     * {@code i - 1}. Null when the sentence is too long or has no tags.
     */
    public SemanticGraph parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || tokens.size() > maxTokens || tokens.get(0).pos() == null) {
            return null;
        }
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.text());
            label.setValue(token.text());
            label.setOriginalText(token.text());
            label.setTag(token.pos());
            label.setLemma(token.lemma());
            label.setIndex(token.index() + 1);
            label.setBeginPosition(token.start());
            label.setEndPosition(token.end());
            labels.add(label);
        }
        LOG.debug("parsing a sentence of {} tokens", tokens.size());
        GrammaticalStructure structure = parser().predict(labels);
        return new SemanticGraph(structure.typedDependencies());
    }
}
