package io.newsrel.model;

/**
 * The sentence a relation was read from.
 *
 * @param sentence index of the sentence in the document
 * @param start    character offset of the sentence in the document text
 * @param end      offset just past the sentence
 * @param text     the sentence text, {@code documentText.substring(start, end)}
 */
public record Evidence(int sentence, int start, int end, String text) {

    public Evidence {
        new CharSpan(start, end);
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("evidence text does not fit span [" + start + ", " + end + ")");
        }
    }
}
