package io.newsrel.model;

/**
 * A half-open range {@code [start, end)} of character offsets into a document's text.
 * Token indices are a different thing and have their own type, {@link TokenSpan}.
 */
public record CharSpan(int start, int end) {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad character span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(CharSpan other) {
        return start <= other.start && other.end <= end;
    }

    /** The covered text of {@code text}; fails loudly when the span does not fit. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException(
                    "span [" + start + ", " + end + ") beyond text of length " + text.length());
        }
        return text.substring(start, end);
    }
}
