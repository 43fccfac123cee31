package io.newsrel.train;

import java.util.List;

/**
 * How one recognizer of unseen systems did on the held-out sentences.
 *
 * @param recognizer       its name: pattern, model, pattern+model
 * @param heldOutMentions  gazetteer mentions of held-out systems in the scored sentences
 * @param heldOutFound     of those, how many the recognizer found with exactly their span
 * @param predicted        spans it proposed in all scored sentences
 * @param correct          of those, how many are exactly a gazetteer mention (any entry)
 * @param partial          how many overlap a gazetteer mention without matching its span
 * @param unknown          how many overlap none: wrong, or a system the gazetteer lacks
 * @param unknownSample    the first of the unknown spans, with their sentence, for a check by hand
 */
public record RecognizerScores(String recognizer, int heldOutMentions, int heldOutFound, int predicted, int correct,
                               int partial, int unknown, List<String> unknownSample) {

    public RecognizerScores {
        unknownSample = List.copyOf(unknownSample);
    }

    public double recall() {
        return heldOutMentions == 0 ? 0 : (double) heldOutFound / heldOutMentions;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }
}
