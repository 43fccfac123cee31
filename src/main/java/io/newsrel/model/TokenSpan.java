package io.newsrel.model;

/** A half-open range {@code [start, end)} of token indices within one sentence. */
public record TokenSpan(int start, int end) {

    public TokenSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TokenSpan other) {
        return start < other.end && other.start < end;
    }
}
