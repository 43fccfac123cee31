package io.newsrel.entities;

import io.newsrel.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One thing a gazetteer names: a company or a military system, with every surface form it goes by.
 *
 * @param type      COMPANY or SYSTEM
 * @param name      canonical name ("Israel Aerospace Industries", "ATMOS 2000")
 * @param aliases   other surface forms ("IAI"; "ATMOS", "Atmos 2000")
 * @param attrs     linked facts: country (ISO3), parent, category, manufacturer
 * @param ambiguous whether every surface form is also an ordinary word ("Heron", "Patriot"), so a
 *                  match needs a defence word in the same sentence
 * @param origin    file and line it came from, for error messages
 * @param ambiguousAliases the aliases that alone are ordinary words or places, matched as the forms of
 *                  an ambiguous row ("Chengdu" for Chengdu Aircraft Industry Group, a city too); also in
 *                  {@code aliases}
 */
public record GazetteerEntry(EntityType type, String name, List<String> aliases, Map<String, String> attrs,
                             boolean ambiguous, String origin, Set<String> ambiguousAliases) {

    /** The attribute that holds a system's category ("artillery", "fighter"), also on its entities. */
    public static final String CATEGORY = "category";

    public GazetteerEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        attrs = Map.copyOf(attrs);
        ambiguousAliases = Set.copyOf(ambiguousAliases);
        if (!aliases.containsAll(ambiguousAliases)) {
            throw new IllegalArgumentException(origin + ": ambiguous aliases " + ambiguousAliases
                    + " must be aliases of " + name);
        }
    }

    public GazetteerEntry(EntityType type, String name, List<String> aliases, Map<String, String> attrs,
                          boolean ambiguous, String origin) {
        this(type, name, aliases, attrs, ambiguous, origin, Set.of());
    }

    /** Whether this surface form of the entry is ambiguous: the whole row is, or this alias. */
    public boolean ambiguous(String surface) {
        return ambiguous || ambiguousAliases.contains(surface);
    }

    /** The name followed by the aliases. */
    public List<String> surfaces() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
