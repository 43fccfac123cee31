package io.newsrel.entities;

import io.newsrel.model.EntityType;
import io.newsrel.util.DataFile;
import io.newsrel.util.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the company and system gazetteers: the project's files in {@code models/gazetteers/} and
 * any user files in the same format, later files overriding earlier rows of the same name.
 *
 * <pre>
 * companies.tsv: name, aliases (|-separated), country (ISO3), parent, note
 * systems.tsv:   name, aliases (|-separated), category, manufacturer, country (ISO3), flags
 * </pre>
 * Lines starting with '#' are comments. Every country code must be known; one surface form may
 * not name two different rows (checked across both files, so an error names both lines).
 */
public final class EntityGazetteers {

    public static final String COMPANIES = "/models/gazetteers/companies.tsv";
    public static final String SYSTEMS = "/models/gazetteers/systems.tsv";

    private EntityGazetteers() {
    }

    /** The shipped entries plus user files, checked. */
    public static List<GazetteerEntry> load(List<Path> extraCompanyFiles, List<Path> extraSystemFiles,
                                            CountryGazetteer countries) {
        Map<String, GazetteerEntry> byName = new LinkedHashMap<>();
        addAll(byName, read(Resources.open(COMPANIES, "gazetteer"), COMPANIES, EntityType.COMPANY, countries));
        for (Path file : extraCompanyFiles) {
            addAll(byName, read(open(file), file.toString(), EntityType.COMPANY, countries));
        }
        addAll(byName, read(Resources.open(SYSTEMS, "gazetteer"), SYSTEMS, EntityType.SYSTEM, countries));
        for (Path file : extraSystemFiles) {
            addAll(byName, read(open(file), file.toString(), EntityType.SYSTEM, countries));
        }
        List<GazetteerEntry> entries = new ArrayList<>(byName.values());
        checkSurfacesUnique(entries);
        return entries;
    }

    private static void addAll(Map<String, GazetteerEntry> byName, List<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries) {
            byName.put(e.type() + "|" + Names.normalize(e.name()), e);
        }
    }

    private static void checkSurfacesUnique(List<GazetteerEntry> entries) {
        Map<String, GazetteerEntry> owner = new HashMap<>();
        for (GazetteerEntry entry : entries) {
            for (String surface : entry.surfaces()) {
                String key = Names.compact(surface);
                GazetteerEntry previous = owner.putIfAbsent(key, entry);
                if (previous != null && previous != entry) {
                    throw new IllegalArgumentException("'" + surface + "' names two gazetteer rows: "
                            + previous.origin() + " (" + previous.name() + ") and " + entry.origin()
                            + " (" + entry.name() + ")");
                }
            }
        }
    }

    static List<GazetteerEntry> read(InputStream in, String origin, EntityType type, CountryGazetteer countries) {
        int columns = type == EntityType.COMPANY ? 5 : 6;
        List<GazetteerEntry> entries = new ArrayList<>();
        for (DataFile.Line line : DataFile.lines(in, origin)) {
            String[] cols = line.columns();
            if (cols.length != columns || cols[0].isBlank()) {
                throw line.error("expected " + columns + " tab-separated columns, got " + cols.length + ": '"
                        + line.text() + "'");
            }
            String where = line.where();
            entries.add(type == EntityType.COMPANY ? company(cols, where, countries) : system(cols, where, countries));
        }
        return entries;
    }

    private static GazetteerEntry company(String[] cols, String where, CountryGazetteer countries) {
        Map<String, String> attrs = new HashMap<>();
        attrs.put("country", country(cols[2], where, countries));
        if (!cols[3].isBlank()) {
            attrs.put("parent", cols[3].strip());
        }
        return new GazetteerEntry(EntityType.COMPANY, cols[0].strip(), aliases(cols[1]), attrs, false, where);
    }

    private static GazetteerEntry system(String[] cols, String where, CountryGazetteer countries) {
        Map<String, String> attrs = new HashMap<>();
        if (cols[2].isBlank()) {
            throw new IllegalArgumentException(where + ": a system needs a category");
        }
        attrs.put(GazetteerEntry.CATEGORY, cols[2].strip());
        if (!cols[3].isBlank()) {
            attrs.put("manufacturer", cols[3].strip());
        }
        if (!cols[4].isBlank()) {
            attrs.put("country", country(cols[4], where, countries));
        }
        Set<String> flags = Set.of(cols[5].strip().split("\\s*,\\s*"));
        for (String flag : flags) {
            if (!flag.isEmpty() && !flag.equals("ambiguous")) {
                throw new IllegalArgumentException(where + ": unknown flag '" + flag + "' (known: ambiguous)");
            }
        }
        return new GazetteerEntry(EntityType.SYSTEM, cols[0].strip(), aliases(cols[1]), attrs,
                flags.contains("ambiguous"), where);
    }

    private static String country(String code, String where, CountryGazetteer countries) {
        String iso3 = code.strip();
        if (countries.name(iso3).isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown ISO3 country code '" + code + "'");
        }
        return iso3;
    }

    private static List<String> aliases(String column) {
        List<String> aliases = new ArrayList<>();
        for (String alias : column.split("\\|")) {
            if (!alias.isBlank()) {
                aliases.add(alias.strip());
            }
        }
        return aliases;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
    }
}
