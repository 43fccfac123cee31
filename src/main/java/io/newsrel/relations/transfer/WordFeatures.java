package io.newsrel.relations.transfer;

import io.newsrel.entities.Lexicon;
import io.newsrel.relations.SentenceFacts;
import io.newsrel.relations.transfer.TransferCandidate.Context;

/**
 * Words of the context sentence: the cue words of {@code transfer-cue-words.tsv} (offers, hedges,
 * tests, denials, lists of operators, own production, losing bids), the prepositions before the
 * recipient and the supplier, a possessive recipient, and how much the sentence is about defence.
 */
final class WordFeatures implements FeatureFamily {

    private final Lexicon defenceWords;

    WordFeatures(Lexicon defenceWords) {
        this.defenceWords = defenceWords;
    }

    @Override
    public void addContext(TransferCandidate candidate, Context context, DocumentReading reading, Features out) {
        SentenceFacts sentence = reading.sentence(context.sentence());
        int defence = 0;
        reading.cues(context.sentence()).forEach(cue -> out.add("cue", cue));
        for (int i = 0; i < sentence.tokens.size(); i++) {
            if (defenceWords.matches(sentence.tokens.get(i))) {
                defence++;
            }
        }
        out.add("defenceWords", Features.bucket(defence));
        for (SentenceFacts.Placed m : Mentions.ofCountry(reading, context.sentence(), candidate.recipient().kbId())) {
            out.add("words", "recipientAfter=" + sentence.wordBefore(m));
            out.add("words", "recipientPossessive", sentence.isPossessive(m));
        }
        for (SentenceFacts.Placed m : Mentions.ofCountry(reading, context.sentence(), candidate.supplier())) {
            out.add("words", "supplierAfter=" + sentence.wordBefore(m));
            out.add("words", "supplierPossessive", sentence.isPossessive(m));
        }
    }
}
