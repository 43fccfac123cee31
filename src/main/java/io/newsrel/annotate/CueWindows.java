package io.newsrel.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a sentence SUTime reads: the tokens within {@link #RADIUS} of a
 * {@link TemporalCues temporal cue}, overlapping or touching stretches merged. SUTime's rules are
 * tried at every token of what they are given, and a time expression holds a cue; reading eight
 * tokens on each side keeps the longest expressions whole ("between March and June 2024" joins its
 * cues, "the first quarter of 1987", "in fiscal 2025", "two weeks ago") and the words its tense
 * rules look at ("was signed last Friday").
 */
final class CueWindows {

    /** Tokens read on each side of a cue. */
    static final int RADIUS = 8;

    /** A stretch of tokens, {@code start} inclusive, {@code end} exclusive. */
    record Window(int start, int end) {
        Window {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("empty or negative window " + start + ".." + end);
            }
        }

        int size() {
            return end - start;
        }
    }

    private CueWindows() {
    }

    /** The windows around the cues among {@code words}, in order; none when there is no cue. */
    static List<Window> around(List<String> words, int radius) {
        if (radius < 0) {
            throw new IllegalArgumentException("negative radius " + radius);
        }
        List<Window> windows = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < words.size(); i++) {
            if (!TemporalCues.isCue(words.get(i))) {
                continue;
            }
            int from = Math.max(0, i - radius);
            int to = Math.min(words.size(), i + radius + 1);
            if (start >= 0 && from <= end) {
                end = to;
            } else {
                if (start >= 0) {
                    windows.add(new Window(start, end));
                }
                start = from;
                end = to;
            }
        }
        if (start >= 0) {
            windows.add(new Window(start, end));
        }
        return windows;
    }
}
