package io.newsrel.review;

import java.util.ArrayList;
import java.util.List;

/**
 * brat's spans: offsets in Unicode code points (Java strings count UTF-16 units, which differ past
 * U+FFFF), and a span crossing a line break written as fragments {@code "0 5;6 10"}.
 */
final class BratSpans {

    private BratSpans() {
    }

    /** The span {@code [start, end)} in UTF-16 units as brat fragments in code points. */
    static String format(String text, int start, int end) {
        List<String> parts = new ArrayList<>();
        for (int[] f : fragments(text, start, end)) {
            parts.add(text.codePointCount(0, f[0]) + " " + text.codePointCount(0, f[1]));
        }
        return String.join(";", parts);
    }

    /** The covered text as brat writes it: fragments joined by a space. */
    static String fragmentText(String text, int start, int end) {
        List<String> parts = new ArrayList<>();
        for (int[] f : fragments(text, start, end)) {
            parts.add(text.substring(f[0], f[1]));
        }
        return String.join(" ", parts);
    }

    /** Fragments {@code "s e;s e"} in code points back to one UTF-16 span, from the first start to the last end. */
    static int[] parse(String text, String fragments) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String f : fragments.split(";")) {
            String[] se = f.trim().split(" ");
            if (se.length != 2) {
                throw new IllegalArgumentException("bad span '" + fragments + "'");
            }
            start = Math.min(start, Integer.parseInt(se[0]));
            end = Math.max(end, Integer.parseInt(se[1]));
        }
        int codePoints = text.codePointCount(0, text.length());
        if (start < 0 || end > codePoints || end <= start) {
            throw new IllegalArgumentException("span '" + fragments + "' outside the text of " + codePoints + " characters");
        }
        return new int[] {text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)};
    }

    /** Pieces of {@code [start, end)} between line breaks, empty pieces dropped. */
    private static List<int[]> fragments(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > from) {
                    out.add(new int[] {from, i});
                }
                from = i + 1;
            }
        }
        if (out.isEmpty()) {
            out.add(new int[] {start, end});
        }
        return out;
    }
}
