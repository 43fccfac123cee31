package io.newsrel.train;

import io.newsrel.entities.GazetteerEntry;
import io.newsrel.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The names mention replacement draws from: every surface form of the given gazetteer systems,
 * tokenized as the pipeline tokenizes text ("J-10C" becomes "J" "-" "10C"), grouped by the
 * entry's category, so a frigate's name replaces a frigate's name and the sentence still reads
 * right ("the navy bought two ... frigates").
 */
public final class ReplacementNames {

    /** One surface form of an entry, as tokens. */
    public record Name(String entry, String category, List<String> tokens) {
        public Name {
            tokens = List.copyOf(tokens);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("surface form of " + entry + " has no tokens");
            }
        }
    }

    private final List<Name> all;
    private final Map<String, List<Name>> byCategory;
    private final Map<String, String> categoryOfEntry;

    private ReplacementNames(List<Name> all) {
        this.all = List.copyOf(all);
        Map<String, List<Name>> grouped = new LinkedHashMap<>();
        Map<String, String> categories = new HashMap<>();
        for (Name name : all) {
            grouped.computeIfAbsent(name.category(), c -> new ArrayList<>()).add(name);
            categories.put(name.entry(), name.category());
        }
        grouped.replaceAll((c, names) -> List.copyOf(names));
        this.byCategory = Map.copyOf(grouped);
        this.categoryOfEntry = Map.copyOf(categories);
    }

    /**
     * @param entries   gazetteer entries; only the SYSTEM ones are used
     * @param tokenizer the pipeline's tokens of a surface form
     */
    public static ReplacementNames of(List<GazetteerEntry> entries, Function<String, List<String>> tokenizer) {
        List<Name> names = new ArrayList<>();
        for (GazetteerEntry entry : entries) {
            if (entry.type() != EntityType.SYSTEM) {
                continue;
            }
            String category = entry.attrs().getOrDefault("category", "");
            for (String surface : entry.surfaces()) {
                List<String> tokens = tokenizer.apply(surface);
                if (!tokens.isEmpty()) {
                    names.add(new Name(entry.name(), category, tokens));
                }
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no system names to replace mentions with");
        }
        return new ReplacementNames(names);
    }

    public int size() {
        return all.size();
    }

    public List<Name> all() {
        return all;
    }

    /** A random name of the category of {@code entry}, or of any category when it has none here. */
    public Name draw(String entry, Random random) {
        List<Name> pool = byCategory.getOrDefault(categoryOfEntry.getOrDefault(entry, ""), all);
        return pool.get(random.nextInt(pool.size()));
    }
}
