package io.newsrel.entities;

import io.newsrel.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a gazetteer names: a company or a military system, with every surface form it goes by.
 *
 * @param type      COMPANY or SYSTEM
 * @param name      canonical name ("Israel Aerospace Industries", "ATMOS 2000")
 * @param aliases   other surface forms ("IAI"; "ATMOS", "Atmos 2000")
 * @param attrs     linked facts: country (ISO3), parent, category, manufacturer
 * @param ambiguous whether a surface form is also an ordinary word ("Heron", "Patriot"), so a
 *                  match needs a defence word in the same sentence
 * @param origin    file and line it came from, for error messages
 */
public record GazetteerEntry(EntityType type, String name, List<String> aliases, Map<String, String> attrs,
                             boolean ambiguous, String origin) {

    /** The attribute that holds a system's category ("artillery", "fighter"), also on its entities. */
    public static final String CATEGORY = "category";

    public GazetteerEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        attrs = Map.copyOf(attrs);
    }

    /** The name followed by the aliases. */
    public List<String> surfaces() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
