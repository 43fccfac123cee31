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

    /** One surface form of an entry. */
    private record Surface(GazetteerEntry entry, String caseKey, boolean caseSensitive) {
    }

    /** A match: the tokens it covers and the entry it names. */
    public record Match(TokenSpan tokens, GazetteerEntry entry) {
    }

    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "\\s+(Corporation|Corp\\.?|Company|Co\\.?|Limited|Ltd\\.?|Inc\\.?|PLC|plc|GmbH|AG|S\\.A\\.|LLC|JSC|PJSC)$");
    private static final int MIN_TITLE_CASE_LETTERS = 5;

    private final Map<String, List<Surface>> surfacesByKey = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    public GazetteerMatcher(List<GazetteerEntry> entries) {
        Set<String> given = new HashSet<>();
        for (GazetteerEntry entry : entries) {
            entry.surfaces().forEach(s -> given.add(Names.compact(s)));
        }
        for (GazetteerEntry entry : entries) {
            for (String surface : entry.surfaces()) {
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
        surfacesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Surface(entry, caseKey, acronym));
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
                        longest.entry()));
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
        Match best = null;
        for (int end = start; end < tokens.size(); end++) {
            String text = tokens.get(end).text();
            String part = Names.compact(text);
            key.append(part);
            cased.append(alnum(text));
            if (part.isEmpty()) {
                continue;
            }
            GazetteerEntry exact = entry(key.toString(), cased.toString());
            if (exact != null) {
                best = new Match(new TokenSpan(start, end + 1), exact);
            } else {
                GazetteerEntry plural = plural(key.toString(), cased.toString());
                if (plural != null) {
                    best = new Match(new TokenSpan(start, end + 1), plural);
                }
            }
            if (!prefixes.contains(key.toString())) {
                break;
            }
        }
        return best;
    }

    private GazetteerEntry plural(String key, String cased) {
        for (String suffix : new String[] {"es", "s"}) {
            if (key.endsWith(suffix) && key.length() > suffix.length() + 1) {
                GazetteerEntry e = entry(key.substring(0, key.length() - suffix.length()),
                        cased.substring(0, cased.length() - suffix.length()));
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    private GazetteerEntry entry(String key, String cased) {
        List<Surface> surfaces = surfacesByKey.get(key);
        if (surfaces == null) {
            return null;
        }
        for (Surface surface : surfaces) {
            boolean fits = surface.caseSensitive()
                    ? surface.caseKey().equals(cased) || isTitleCaseOf(cased, surface.caseKey())
                    : cased.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
            if (fits) {
                return surface.entry();
            }
        }
        return null;
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
