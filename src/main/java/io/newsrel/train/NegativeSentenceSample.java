package io.newsrel.train;

import io.newsrel.model.Token;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Which training sentences to keep: every sentence with a system label, every sentence with a
 * defence or category word (the hard negatives: "the tanker", "mine output", "army officers"),
 * and a seeded share of the rest. A kept document of business news is mostly sentences about
 * prices; without the sample they outnumber the labelled sentences hundreds to one and the model
 * learns that almost nothing is a system.
 *
 * @param filter the defence and category words
 * @param share  share of the other sentences kept, in [0, 1]
 * @param seed   seed of the sample (the same sentences for a given seed)
 */
public record NegativeSentenceSample(DefenceDocumentFilter filter, double share, long seed) {

    public NegativeSentenceSample {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share of other sentences must lie in [0, 1]: " + share);
        }
    }

    public boolean keep(LabeledSentence sentence) {
        if (share >= 1 || !sentence.systems().isEmpty()) {
            return true;
        }
        List<Token> tokens = sentence.sentence().tokens();
        if (filter.mentionsDefence(tokens.stream().map(Token::text).collect(Collectors.joining(" ")))) {
            return true;
        }
        long h = (sentence.documentId().hashCode() * 31L + sentence.sentence().index()) * 0x9E3779B97F4A7C15L + seed;
        return new Random(h).nextDouble() < share;
    }

    public List<LabeledSentence> of(List<LabeledSentence> sentences) {
        return sentences.stream().filter(this::keep).toList();
    }
}
