package io.newsrel.ingest;

/** Checks on text read from input that Java's String methods get wrong for news text. */
final class TextChecks {

    private TextChecks() {
    }

    /**
     * Whether the text has no visible character: white space of every kind (no-break spaces,
     * U+2000-U+200A, ideographic space), zero-width characters and controls count as nothing.
     * {@link String#isBlank} counts U+00A0 as a character.
     */
    static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean invisible = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT;
            if (!invisible) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** How many lone (unpaired) surrogates the text holds: not Unicode characters, unwritable as UTF-8. */
    static int loneSurrogates(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                count++;
            }
        }
        return count;
    }

    /** The text with each lone surrogate replaced by U+FFFD (one char for one, so offsets stay). */
    static String replaceLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out.toString();
    }
}
