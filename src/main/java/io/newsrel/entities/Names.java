package io.newsrel.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of names for look-up and comparison. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /**
     * Lower case, accents folded, curly quotes straightened, whitespace collapsed, a leading
     * "the " dropped: "The  Republic of Türkiye" → "republic of turkiye".
     */
    public static String normalize(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("")
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT);
        folded = SPACES.matcher(folded).replaceAll(" ").strip();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /** Only letters and digits, lower case: "Barak-MX" and "barak mx" both become "barakmx". */
    public static String compact(String name) {
        return NOT_ALNUM.matcher(normalize(name)).replaceAll("");
    }
}
