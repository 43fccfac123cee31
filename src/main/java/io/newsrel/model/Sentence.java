package io.newsrel.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One sentence of a document.
 *
 * @param index  position of the sentence in the document, from 0
 * @param start  offset of the sentence's first character in the document text
 * @param end    offset just past its last character
 * @param tokens the tokens; empty when the output is configured without tokens
 */
public record Sentence(int index, int start, int end,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Token> tokens) {

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index " + index);
        }
        new CharSpan(start, end);
        tokens = tokens == null ? List.of() : List.copyOf(tokens); // absent in compact JSON
    }

    public CharSpan span() {
        return new CharSpan(start, end);
    }

    /** The same sentence without its tokens, for compact output. */
    public Sentence withoutTokens() {
        return tokens.isEmpty() ? this : new Sentence(index, start, end, List.of());
    }

    /** The character span covered by tokens {@code [span.start, span.end)}. */
    public CharSpan charSpan(TokenSpan span) {
        return new CharSpan(tokens.get(span.start()).start(), tokens.get(span.end() - 1).end());
    }
}
