package io.newsrel.entities;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether one written system name is a member of the family another names, so that an article's
 * "T-80" and "T-80UD", "Heron" and "Heron-2", "Mirage" and "Mirage F1", "MEKO-class" and
 * "MEKO A-200", "JAS-39C/D" and "JAS-39 Gripen" are one system (the extraction spec lists one
 * entity per system family, in the fullest form the text writes; variants go to the relation's
 * system list).
 *
 * <p>The family name must end where the fuller name goes on with a space, hyphen or slash, or
 * where a designation's digits are followed by a variant's letters ("T-80" + "UD"); never in the
 * middle of a number or word ("F-1" is no family of "F-16", "Heron" none of "Herons"). A variant
 * suffix of capitals after the last digit is dropped first ("JAS-39C/D" → "JAS-39"), and so is a
 * trailing "class" ("MEKO-class" → "MEKO").
 */
final class SystemFamilies {

    /** Spaces and hyphens are one separator: "Mk 54" and "Mk-54 torpedo" start alike. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");
    private static final Pattern CLASS_SUFFIX = Pattern.compile("[\\s-]+class$", Pattern.CASE_INSENSITIVE);
    /** Capitals (and a slash between them) right after a designation's last digit: "C/D", "UD", "M". */
    private static final Pattern VARIANT_LETTERS = Pattern.compile("(.*\\d)[A-Z]{1,3}(?:/[A-Z]{1,3})?$");

    private SystemFamilies() {
    }

    /** Whether any of {@code shorter}'s forms names a family that one of {@code fuller}'s forms belongs to. */
    static boolean anyMember(Collection<String> shorter, Collection<String> fuller) {
        for (String family : shorter) {
            for (String member : fuller) {
                if (isMember(family, member)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code member} is a fuller name of the family {@code family} names. */
    static boolean isMember(String family, String member) {
        String base = CLASS_SUFFIX.matcher(family.strip()).replaceAll("");
        if (startsFamily(base, member)) {
            return true;
        }
        Matcher variant = VARIANT_LETTERS.matcher(base);
        return variant.matches() && startsFamily(variant.group(1), member);
    }

    private static boolean startsFamily(String base, String member) {
        String b = SEPARATORS.matcher(base.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        String m = SEPARATORS.matcher(member.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (Names.compact(b).length() < 2 || m.length() <= b.length() || !m.startsWith(b)) {
            return false;
        }
        char last = b.charAt(b.length() - 1);
        char next = m.charAt(b.length());
        return next == ' ' || next == '/'
                || Character.isDigit(last) && Character.isLetter(next);
    }
}
