package io.newsrel.model;

/**
 * One place in the text where an entity is named.
 *
 * @param start    character offset of the mention in the document text
 * @param end      offset just past the mention
 * @param text     exactly {@code documentText.substring(start, end)}
 * @param sentence index of the sentence holding the mention
 */
public record Mention(int start, int end, String text, int sentence) {

    public Mention {
        new CharSpan(start, end);
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit span ["
                    + start + ", " + end + ")");
        }
        if (sentence < 0) {
            throw new IllegalArgumentException("negative sentence index " + sentence);
        }
    }

    public CharSpan span() {
        return new CharSpan(start, end);
    }
}
