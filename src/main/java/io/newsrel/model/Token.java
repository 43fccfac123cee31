package io.newsrel.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One token of a sentence with its character offsets into the document text.
 *
 * @param index position of the token within its sentence, from 0
 * @param text  the token as it appears in the text
 * @param start offset of the first character in the document text
 * @param end   offset just past the last character
 * @param pos   part-of-speech tag (Penn Treebank), or null when not computed
 * @param lemma lemma, or null when not computed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Token(int index, String text, int start, int end, String pos, String lemma) {

    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("negative token index " + index);
        }
        new CharSpan(start, end);
    }

    public CharSpan span() {
        return new CharSpan(start, end);
    }
}
