package io.newsrel.entities;

import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds gazetteer names in a sentence's tokens: longest match first, then on from its end.
 *
 * <p>Names are compared on their letters and digits only, so hyphen and space variants of one
 * name are one key ("Barak MX" = "Barak-MX" = "BarakMX") and a name may span tokens however the
 * tokenizer split it. The key set is a prefix-closed set of strings, walked token by token: one
 * hash look-up per token, never a regular expression per entry.
 *
 * <p>Case rules, per surface form: one written without lower-case letters ("PULS", "IAI",
 * "S-400") matches only in the same case, or for all-letter names of five letters or more also
 * capitalised ("SCALP" / "Scalp"); any other ("Heron", "Atmos 2000")
 * matches in any case as long as the matched text holds a capital letter or a digit. A trailing
 * "s" or "es" on the last token is a plural ("Herons", "K9s").
 */
public final class GazetteerMatcher {

    /**
     * One surface form of an entry.
     *
     * @param caseKey        its letters and digits in their case
     * @param caseSensitive  written without lower-case letters: matches only in this case (or title case, see
     *                       {@link #titleKey})
     * @param titleKey       for a capitals-only form, the case key of its accepted title-case spelling, or null
     * @param chunks         for a very short form ("F-4", "K9"), its letter-and-digit runs as the form splits them,
     *                       which the text must split the same way; null for longer forms
     * @param ambiguous      the form is an ordinary word or a place as well ({@link GazetteerEntry#ambiguous(String)})
     */
    private record Surface(GazetteerEntry entry, String caseKey, boolean caseSensitive, String titleKey,
                           List<String> chunks, boolean ambiguous) {
    }

    /**
     * A match: the tokens it covers, the entry it names, and whether the form matched is ambiguous
     * (an ordinary word or a place as well), so the finder must check its context.
     */
    public record Match(TokenSpan tokens, GazetteerEntry entry, boolean ambiguous, int pluralEnding) {

        public Match(TokenSpan tokens, GazetteerEntry entry) {
            this(tokens, entry, entry.ambiguous(), 0);
        }

        public Match(TokenSpan tokens, GazetteerEntry entry, boolean ambiguous) {
            this(tokens, entry, ambiguous, 0);
        }
    }

    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "\\s+(Corporation|Corp\\.?|Company|Co\\.?|Limited|Ltd\\.?|Inc\\.?|PLC|plc|GmbH|AG|S\\.A\\.|LLC|JSC|PJSC)$");
    private static final int MIN_TITLE_CASE_LETTERS = 5;
    /** A designation word's letters may be title-cased when it has this many ("MEKO" / "Meko A200SAN"). */
    private static final int MIN_TITLE_CASE_WORD_LETTERS = 3;
    /**
     * Forms this short ("F-4", "R-27", "K9") must be split by punctuation as the text splits them: "F4"
     * is a Rafale standard and "R2.7" an amount of rand, not the F-4 or the R-27.
     */
    private static final int MAX_SHORT_KEY = 3;
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Soviet and Russian designation prefixes and the design bureaus they abbreviate. */
    private static final Map<String, String> MAKERS_BY_PREFIX = Map.of(
            "Su", "Sukhoi", "Il", "Ilyushin", "Tu", "Tupolev", "An", "Antonov", "Ka", "Kamov", "Yak", "Yakovlev");
    private static final java.util.regex.Pattern DESIGNATION_PREFIX =
            java.util.regex.Pattern.compile("^(Su|Il|Tu|An|Ka|Yak)-\\d");
    /** A currency sign ("A$10 billion", "C$130 million") makes an amount, never a designation. */
    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile("\\p{Sc}");

    private final Map<String, List<Surface>> surfacesByKey = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    public GazetteerMatcher(List<GazetteerEntry> entries) {
        Set<String> given = new HashSet<>();
        for (GazetteerEntry entry : entries) {
            entry.surfaces().forEach(s -> given.add(Names.compact(s)));
        }
        for (GazetteerEntry entry : entries) {
            for (String surface : writtenForms(entry)) {
                add(entry, surface);
                // "China Aerospace Science and Technology Corporation" is also written "... Corp.";
                // the finder adds whatever legal form the text writes.
                String bare = LEGAL_FORM.matcher(surface).replaceFirst("");
                if (entry.type() == io.newsrel.model.EntityType.COMPANY && !bare.equals(surface)
                        && bare.contains(" ") && !given.contains(Names.compact(bare))) {
                    add(entry, bare);
                }
            }
        }
    }

    /**
     * The forms an entry is written in beyond its own: "&" and "and" are one word in a company's
     * name ("Larsen and Toubro", "Daewoo Shipbuilding and Marine Engineering"), and a Soviet or
     * Russian designation is also written with its maker spelled out ("Sukhoi-24" for Su-24,
     * "Ilyushin-76" for Il-76), which is then the system, not the maker.
     */
    static List<String> writtenForms(GazetteerEntry entry) {
        List<String> forms = new ArrayList<>();
        for (String surface : entry.surfaces()) {
            forms.add(surface);
            if (entry.type() == io.newsrel.model.EntityType.COMPANY) {
                if (surface.contains(" & ")) {
                    forms.add(surface.replace(" & ", " and "));
                } else if (surface.contains(" and ")) {
                    forms.add(surface.replace(" and ", " & "));
                }
            } else {
                java.util.regex.Matcher prefix = DESIGNATION_PREFIX.matcher(surface);
                if (prefix.find()) {
                    forms.add(MAKERS_BY_PREFIX.get(prefix.group(1)) + surface.substring(prefix.end(1)));
                }
            }
        }
        return forms;
    }

    /**
     * The matches in a sentence, left to right. Two matches of the same entry that follow each
     * other directly are one mention in its fullest form: "project 636 Varshavyanka",
     * "Yuan-class S26T".
     */
    private void add(GazetteerEntry entry, String surface) {
        String key = Names.compact(surface);
        if (key.isEmpty()) {
            return;
        }
        String caseKey = alnum(surface);
        boolean acronym = caseKey.equals(caseKey.toUpperCase(Locale.ROOT)) && caseKey.chars().anyMatch(Character::isLetter);
        List<String> chunks = key.length() <= MAX_SHORT_KEY ? chunks(surface) : null;
        surfacesByKey.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Surface(entry, caseKey, acronym, acronym ? titleKey(surface) : null, chunks,
                        entry.ambiguous(surface)));
        for (int i = 1; i <= key.length(); i++) {
            prefixes.add(key.substring(0, i));
        }
    }

    public List<Match> find(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match longest = longestAt(tokens, i);
            if (longest == null) {
                i++;
                continue;
            }
            Match previous = matches.isEmpty() ? null : matches.get(matches.size() - 1);
            if (previous != null && previous.entry() == longest.entry() && previous.tokens().end() == longest.tokens().start()) {
                matches.set(matches.size() - 1, new Match(new TokenSpan(previous.tokens().start(), longest.tokens().end()),
                        longest.entry(), previous.ambiguous() && longest.ambiguous(), longest.pluralEnding()));
            } else {
                matches.add(longest);
            }
            i = longest.tokens().end();
        }
        return matches;
    }

    private Match longestAt(List<Token> tokens, int start) {
        if (Names.compact(tokens.get(start).text()).isEmpty()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        StringBuilder cased = new StringBuilder();
        StringBuilder written = new StringBuilder();
        Match best = null;
        for (int end = start; end < tokens.size(); end++) {
            String text = tokens.get(end).text();
            if (CURRENCY.matcher(text).find()) {
                break;
            }
            String part = Names.compact(text);
            key.append(part);
            cased.append(alnum(text));
            written.append(text).append(' ');
            if (part.isEmpty()) {
                continue;
            }
            Surface exact = surface(key.toString(), cased.toString(), written);
            int pluralEnding = 0;
            if (exact == null) {
                exact = plural(key.toString(), cased.toString(), written);
                pluralEnding = exact == null ? 0 : pluralEnding(key.toString(), exact);
            }
            if (exact != null) {
                best = new Match(new TokenSpan(start, end + 1), exact.entry(), exact.ambiguous(), pluralEnding);
            }
            if (!prefixes.contains(key.toString())) {
                break;
            }
        }
        return best;
    }

    /** How many letters of the matched key the plural ending is: 1 for "Herons", 2 for "Hawkses". */
    private static int pluralEnding(String key, Surface surface) {
        return key.length() - Names.compact(surface.caseKey()).length();
    }

    private Surface plural(String key, String cased, CharSequence written) {
        for (String suffix : new String[] {"es", "s"}) {
            if (key.endsWith(suffix) && key.length() > suffix.length() + 1) {
                String w = written.toString().strip();
                Surface e = surface(key.substring(0, key.length() - suffix.length()),
                        cased.substring(0, cased.length() - suffix.length()), w.substring(0, w.length() - suffix.length()));
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    private Surface surface(String key, String cased, CharSequence written) {
        List<Surface> surfaces = surfacesByKey.get(key);
        if (surfaces == null) {
            return null;
        }
        for (Surface surface : surfaces) {
            boolean fits = surface.caseSensitive()
                    ? surface.caseKey().equals(cased) || isTitleCaseOf(cased, surface.caseKey())
                            || cased.equals(surface.titleKey())
                    : cased.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
            if (fits && (surface.chunks() == null || splitAsForm(surface.chunks(), chunks(written.toString())))) {
                return surface;
            }
        }
        return null;
    }

    /**
     * Whether a text splits a very short form as the form splits it. A form of two letters and
     * digits must be split exactly so ("F4" of the Rafale F4 standard is not the F-4); a form of
     * three may be written without its separators ("F15", "VT4" for F-15, VT-4) but never split
     * where the form is not ("R2.7" billion is not the R-27).
     */
    static boolean splitAsForm(List<String> form, List<String> text) {
        if (form.equals(text)) {
            return true;
        }
        if (String.join("", form).length() <= 2) {
            return false;
        }
        Set<Integer> formCuts = cuts(form);
        return String.join("", form).equals(String.join("", text)) && formCuts.containsAll(cuts(text));
    }

    /** The offsets, in the joined letters and digits, where the chunks split. */
    private static Set<Integer> cuts(List<String> chunks) {
        Set<Integer> cuts = new HashSet<>();
        int at = 0;
        for (String chunk : chunks.subList(0, chunks.size() - 1)) {
            at += chunk.length();
            cuts.add(at);
        }
        return cuts;
    }

    /** The runs of letters and digits of a text, lower case: "F-4" → [f, 4]; "F4" → [f4]. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        for (String chunk : NOT_ALNUM.split(Names.normalize(text))) {
            if (!chunk.isEmpty()) {
                chunks.add(chunk);
            }
        }
        return chunks;
    }

    /**
     * A capitals-only designation with a digit ("MEKO A-200SAN", "JAS 39") is also written with its
     * letter-only words title-cased ("Meko A200SAN", "Jas 39"): the case key of that spelling, or null
     * when the form has no digit or no such word.
     */
    private static String titleKey(String surface) {
        if (surface.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        for (String word : surface.split("\\s+")) {
            String letters = alnum(word);
            if (letters.length() >= MIN_TITLE_CASE_WORD_LETTERS && letters.chars().allMatch(Character::isLetter)) {
                out.append(letters.charAt(0)).append(letters.substring(1).toLowerCase(Locale.ROOT));
                changed = true;
            } else {
                out.append(letters);
            }
        }
        return changed ? out.toString() : null;
    }

    /**
     * A capitalised name written in capitals ("SCALP", "ATMOS") is also written "Scalp", "Atmos";
     * short acronyms ("IAI", "BAE") and four-letter forms that are also given names ("SAMI",
     * "LORA") are not, so only forms of five letters or more qualify.
     */
    private static boolean isTitleCaseOf(String cased, String upper) {
        if (upper.chars().filter(Character::isLetter).count() < MIN_TITLE_CASE_LETTERS
                || !upper.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String title = upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
        return cased.equals(title);
    }

    /** Letters and digits of a string, in their own case, accents folded. */
    private static String alnum(String s) {
        String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
