package io.newsrel.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import io.newsrel.util.DataFile;
import io.newsrel.util.Resources;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country names, aliases, demonyms and capitals, each linked to an ISO 3166-1 alpha-3 code.
 *
 * <p>Built once from three layers, later layers winning: {@link Locale}'s English names of the
 * ISO 3166-1 codes; CoreNLP's demonym list, with a demonym shared by two countries dropped as
 * ambiguous; the project's {@code models/gazetteers/countries.tsv} and any user files in that
 * format. Immutable afterwards, so threads share it.
 */
public final class CountryGazetteer {

    /** Where a surface form came from, which decides how far it can be trusted. */
    public enum Kind { NAME, ALIAS, DEMONYM, CAPITAL }

    /** A country reached by a surface form. */
    public record Country(String iso3, String name, Kind kind) {
    }

    static final String PROJECT_FILE = "/models/gazetteers/countries.tsv";
    private static final String CORENLP_DEMONYMS = "/edu/stanford/nlp/models/dcoref/demonyms.txt";

    private final Map<String, Country> bySurface;
    private final Map<String, String> nameByIso3;

    private CountryGazetteer(Map<String, Country> bySurface, Map<String, String> nameByIso3) {
        this.bySurface = Map.copyOf(bySurface);
        this.nameByIso3 = Map.copyOf(nameByIso3);
    }

    /** The shipped gazetteer plus user files in the same format. */
    public static CountryGazetteer load(List<Path> extraFiles) {
        List<Row> rows = new ArrayList<>(readRows(Resources.open(PROJECT_FILE, "gazetteer"), PROJECT_FILE));
        for (Path file : extraFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                rows.addAll(readRows(in, file.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read country gazetteer " + file, e);
            }
        }
        return build(rows);
    }

    public Optional<Country> lookup(String surface) {
        Country country = bySurface.get(Names.normalize(surface));
        if (country == null) {
            // "Israel's" or "U.S" typed without the last dot
            country = bySurface.get(Names.normalize(surface.replaceAll("['\u2019]s$", "")));
        }
        return Optional.ofNullable(country);
    }

    /**
     * A capitalised word naming a country by name, alias or demonym ("Israel", "Israeli"); a
     * capital city is not one here, it names its country only when it acts.
     */
    public Optional<Country> countryWord(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        return lookup(word).filter(c -> c.kind() != Kind.CAPITAL);
    }

    /** The canonical English name of a country, by ISO3 code. */
    public Optional<String> name(String iso3) {
        return Optional.ofNullable(nameByIso3.get(iso3));
    }

    public int size() {
        return bySurface.size();
    }

    private record Row(String iso3, String kind, String name, String origin) {
    }

    private static CountryGazetteer build(List<Row> rows) {
        Set<String> excluded = new HashSet<>();
        for (Row row : rows) {
            if (row.kind().equals("exclude")) {
                excluded.add(row.iso3());
            }
        }
        Map<String, String> nameByIso3 = new HashMap<>();
        Map<String, Country> bySurface = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", iso2);
            String iso3 = locale.getISO3Country();
            if (excluded.contains(iso3)) {
                continue;
            }
            String name = locale.getDisplayCountry(Locale.ENGLISH);
            nameByIso3.put(iso3, name);
            bySurface.put(Names.normalize(name), new Country(iso3, name, Kind.NAME));
        }
        // Project aliases first, so CoreNLP's demonym list can name countries by them.
        for (Row row : rows) {
            if (row.kind().equals("alias")) {
                bySurface.put(Names.normalize(row.name()), country(row, Kind.ALIAS, nameByIso3));
            }
        }
        addCoreNlpDemonyms(bySurface, nameByIso3);
        for (Row row : rows) {
            Kind kind = switch (row.kind()) {
                case "demonym" -> Kind.DEMONYM;
                case "capital" -> Kind.CAPITAL;
                default -> null;
            };
            if (kind != null) {
                bySurface.put(Names.normalize(row.name()), country(row, kind, nameByIso3));
            }
        }
        return new CountryGazetteer(bySurface, nameByIso3);
    }

    private static Country country(Row row, Kind kind, Map<String, String> nameByIso3) {
        String name = nameByIso3.get(row.iso3());
        if (name == null) {
            throw new IllegalArgumentException(row.origin() + ": unknown or excluded ISO3 code '"
                    + row.iso3() + "' for '" + row.name() + "'");
        }
        return new Country(row.iso3(), name, kind);
    }

    /** CoreNLP's list: place, then its adjectives and inhabitant nouns, tab-separated. */
    private static void addCoreNlpDemonyms(Map<String, Country> bySurface, Map<String, String> nameByIso3) {
        Map<String, Set<String>> isoByDemonym = new HashMap<>();
        InputStream in = Resources.open(CORENLP_DEMONYMS, "CoreNLP demonym list");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                Country place = bySurface.get(Names.normalize(cols[0].replaceAll("\\.$", "")));
                if (place == null || place.kind() == Kind.DEMONYM) {
                    continue;
                }
                for (int i = 1; i < cols.length; i++) {
                    if (!cols[i].isBlank()) {
                        isoByDemonym.computeIfAbsent(Names.normalize(cols[i]), k -> new HashSet<>()).add(place.iso3());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        isoByDemonym.forEach((demonym, codes) -> {
            if (codes.size() == 1 && !bySurface.containsKey(demonym)) {
                String iso3 = codes.iterator().next();
                bySurface.put(demonym, new Country(iso3, nameByIso3.get(iso3), Kind.DEMONYM));
            }
        });
    }

    private static List<Row> readRows(InputStream in, String origin) {
        List<Row> rows = new ArrayList<>();
        for (DataFile.Line line : DataFile.lines(in, origin)) {
            String[] cols = line.columns();
            if (cols.length != 3 || cols[0].length() != 3 || cols[2].isBlank()) {
                throw line.error("expected 'iso3<TAB>kind<TAB>name', got '" + line.text() + "'");
            }
            if (!Set.of("alias", "demonym", "capital", "exclude").contains(cols[1])) {
                throw line.error("unknown kind '" + cols[1] + "' (alias, demonym, capital, exclude)");
            }
            rows.add(new Row(cols[0], cols[1], cols[2], line.where()));
        }
        return rows;
    }
}
