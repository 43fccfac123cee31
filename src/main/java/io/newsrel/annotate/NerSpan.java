package io.newsrel.annotate;

import io.newsrel.model.CharSpan;
import io.newsrel.model.TokenSpan;
import java.util.Objects;

/**
 * A span that the statistical NER labelled, before newsrel decides what entity it is.
 *
 * @param sentence   index of the sentence
 * @param tokens     the tokens it covers within that sentence
 * @param chars      the characters it covers in the document text
 * @param label      the NER label as the tagger gave it (PERSON, ORGANIZATION, COUNTRY, DATE, ...)
 * @param normalized normalised value for dates, money and numbers ("2025", "$1.0E9"), or null
 * @param confidence the tagger's probability for the label, in [0, 1]
 */
public record NerSpan(int sentence, TokenSpan tokens, CharSpan chars, String label, String normalized,
                      double confidence) {

    public NerSpan {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(chars, "chars");
        Objects.requireNonNull(label, "label");
    }
}
