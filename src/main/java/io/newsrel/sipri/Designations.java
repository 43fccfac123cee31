package io.newsrel.sipri;

import io.newsrel.entities.GazetteerEntry;
import io.newsrel.entities.Names;
import io.newsrel.model.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a system named in the news is the one a SIPRI designation names. Names are compared as
 * token sequences, tokens cut at anything not a letter or digit and between letters and digits
 * ("F-16C Block-50/52" → f 16 c block 50 52). A name matches a designation when its tokens occur,
 * in order and next to each other, among the designation's: "F-16" matches "F-16C Block-50/52",
 * "K9" matches "K9A1", "MIM-104" matches "MIM-104 PAC-2", while "K2" does not match "K200" nor
 * "Mi-17" "Mi-171". The news name brings its variants: every surface form of the systems-gazetteer
 * entry it belongs to (Patriot: MIM-104, PAC-2, ...; Kilo-class: Project 877, ...), as SIPRI
 * writes designations its own way.
 */
public final class Designations {

    private static final Pattern CUT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    /** Compact name → every surface form of its gazetteer entry. */
    private final Map<String, List<String>> variants = new HashMap<>();

    /** @param gazetteer the systems gazetteer's entries (other types are ignored) */
    public Designations(Collection<GazetteerEntry> gazetteer) {
        for (GazetteerEntry entry : gazetteer) {
            if (entry.type() == EntityType.SYSTEM) {
                for (String surface : entry.surfaces()) {
                    variants.merge(Names.compact(surface), entry.surfaces(), (a, b) -> {
                        List<String> both = new ArrayList<>(a);
                        both.addAll(b);
                        return List.copyOf(new LinkedHashSet<>(both));
                    });
                }
            }
        }
    }

    /** The names to look for in the register: the name itself and its gazetteer entry's surface forms. */
    public List<String> variants(String name) {
        Set<String> all = new LinkedHashSet<>();
        all.add(name);
        all.addAll(variants.getOrDefault(Names.compact(name), List.of()));
        return List.copyOf(all);
    }

    /** Whether one of the variants names the designation (see the class comment). */
    public static boolean matches(List<String> variants, String designation) {
        List<String> target = tokens(designation);
        for (String variant : variants) {
            List<String> tokens = tokens(variant);
            if (!tokens.isEmpty() && Names.compact(variant).length() >= 2 && contains(target, tokens)) {
                return true;
            }
        }
        return false;
    }

    static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        for (String token : CUT.split(Names.normalize(name))) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static boolean contains(List<String> whole, List<String> part) {
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            if (whole.subList(i, i + part.size()).equals(part)) {
                return true;
            }
        }
        return false;
    }
}
