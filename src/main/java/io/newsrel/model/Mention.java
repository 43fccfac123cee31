package io.newsrel.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One place in the text where an entity is named.
 *
 * @param start    character offset of the mention in the document text
 * @param end      offset just past the mention
 * @param text     exactly {@code documentText.substring(start, end)}
 * @param sentence index of the sentence holding the mention
 * @param nested   true when the mention lies inside another entity's mention ("Israeli" in
 *                 "Israeli Defense Forces"); span-level scorers that annotate flat spans skip these
 */
public record Mention(int start, int end, String text, int sentence,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean nested) {

    public Mention(int start, int end, String text, int sentence) {
        this(start, end, text, sentence, false);
    }

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
