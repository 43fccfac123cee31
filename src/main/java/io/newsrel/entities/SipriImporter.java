package io.newsrel.entities;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns a SIPRI Arms Transfers Database trade-register export (CSV, as analysts download it) into
 * a systems gazetteer in the format of {@code models/gazetteers/systems.tsv}: one row per weapon
 * designation, its category read from SIPRI's description, its origin country from the supplier
 * of its new (not second-hand) transfers, the most frequent one winning. Designations the shipped
 * gazetteer already knows are left out, so the file merges without conflicts; so are suppliers
 * that are no longer states (Soviet Union, Czechoslovakia, ...) or unknown.
 */
public final class SipriImporter {

    /** SIPRI description keywords → newsrel category, first match wins; order matters. */
    private static final Map<String, String> CATEGORIES = categories();

    /** What an import produced. */
    public record Result(List<Row> rows, int records, int skippedKnown, int skippedNoCountry) {
    }

    /** One gazetteer row. */
    public record Row(String designation, String category, String country, String description) {
    }

    private final CountryGazetteer countries;
    private final Predicate<String> alreadyKnown;

    /**
     * @param countries    links supplier names to ISO3 codes
     * @param alreadyKnown true for designations the gazetteer in use already has
     */
    public SipriImporter(CountryGazetteer countries, Predicate<String> alreadyKnown) {
        this.countries = countries;
        this.alreadyKnown = alreadyKnown;
    }

    public Result read(Reader csv) throws IOException {
        Map<String, Map<String, Integer>> suppliers = new LinkedHashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        Map<String, String> spellings = new HashMap<>();
        int records = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        for (CSVRecord record : format.parse(csv)) {
            if (record.size() < 12) {
                continue;
            }
            records++;
            String designation = record.get(6).strip();
            if (Names.compact(designation).isEmpty()) {
                continue;
            }
            // "F-16C" and "F-16 C" are one designation: the first spelling seen names it.
            designation = spellings.computeIfAbsent(Names.compact(designation), k -> record.get(6).strip());
            descriptions.putIfAbsent(designation, record.get(7).strip());
            Map<String, Integer> counts = suppliers.computeIfAbsent(designation, k -> new HashMap<>());
            // A second-hand transfer says who sold it, not who made it.
            boolean secondHand = record.get(11).toLowerCase(Locale.ROOT).startsWith("second hand");
            if (!secondHand) {
                counts.merge(record.get(1).strip(), 1, Integer::sum);
            }
        }
        List<Row> rows = new ArrayList<>();
        int known = 0;
        int noCountry = 0;
        for (Map.Entry<String, Map<String, Integer>> entry : suppliers.entrySet()) {
            String designation = entry.getKey();
            if (alreadyKnown.test(designation)) {
                known++;
                continue;
            }
            Optional<String> iso3 = entry.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> countries.lookup(e.getKey()).map(CountryGazetteer.Country::iso3))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (iso3.isEmpty()) {
                noCountry++;
                continue;
            }
            String description = descriptions.get(designation);
            rows.add(new Row(designation, category(description), iso3.get(), description));
        }
        return new Result(rows, records, known, noCountry);
    }

    /** Writes rows in the systems gazetteer format, with a header saying where they came from. */
    public static void write(Result result, String source, Writer out) throws IOException {
        out.write("# newsrel systems gazetteer imported from a SIPRI trade register: " + source + "\n");
        out.write("# Columns: name, aliases, category, manufacturer, country (ISO3), flags (see README). Edit freely:\n");
        out.write("# add aliases and manufacturers, mark names that are ordinary words 'ambiguous'.\n");
        for (Row row : result.rows()) {
            out.write(String.join("\t", clean(row.designation()), "", row.category(), "", row.country(), ""));
            out.write("\n");
        }
    }

    static String category(String description) {
        String d = description == null ? "" : description.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> rule : CATEGORIES.entrySet()) {
            if (d.contains(rule.getKey())) {
                return rule.getValue();
            }
        }
        return "other";
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').strip();
    }

    private static Map<String, String> categories() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("engine", "other");
        m.put("turbofan", "other");
        m.put("turbojet", "other");
        m.put("radar", "radar");
        m.put("sonar", "other");
        m.put("loitering munition", "loitering-munition");
        m.put("uav", "drone");
        m.put("helicopter", "helicopter");
        m.put("anti-ship", "anti-ship-missile");
        m.put("anti-tank missile", "anti-tank-missile");
        m.put("air-to-air missile", "air-to-air-missile");
        m.put("land-attack missile", "cruise-missile");
        m.put("ballistic missile", "ballistic-missile");
        m.put("surface-to-surface missile", "ballistic-missile");
        m.put("sam", "air-defence");
        m.put("anti-aircraft", "air-defence");
        m.put("abm", "air-defence");
        m.put("missile", "missile");
        m.put("guided bomb", "munition");
        m.put("guided shell", "munition");
        m.put("guided rocket", "munition");
        m.put("torpedo", "torpedo");
        m.put("satellite", "satellite");
        m.put("fighter", "fighter");
        m.put("fga aircraft", "fighter");
        m.put("ground-attack aircraft", "attack-aircraft");
        m.put("bomber", "bomber");
        m.put("trainer", "trainer");
        m.put("tanker", "tanker");
        m.put("early-warning", "aew-aircraft");
        m.put("maritime patrol", "maritime-patrol-aircraft");
        m.put("transport aircraft", "transport-aircraft");
        m.put("aircraft", "other-aircraft");
        m.put("multiple rocket launcher", "rocket-launcher");
        m.put("rocket launcher", "rocket-launcher");
        m.put("self-propelled gun", "artillery");
        m.put("towed gun", "artillery");
        m.put("mortar", "artillery");
        m.put("light tank", "tank");
        m.put("tank destroyer", "armoured-vehicle");
        m.put("tank", "tank");
        m.put("infantry fighting vehicle", "infantry-fighting-vehicle");
        m.put("armoured personnel carrier", "armoured-personnel-carrier");
        m.put("armoured", "armoured-vehicle");
        m.put("frigate", "frigate");
        m.put("destroyer", "destroyer");
        m.put("corvette", "corvette");
        m.put("submarine", "submarine");
        m.put("aircraft carrier", "aircraft-carrier");
        m.put("landing ship", "amphibious-ship");
        m.put("amphibious", "amphibious-ship");
        m.put("patrol", "patrol-vessel");
        m.put("boat", "other-ship");
        m.put("ship", "other-ship");
        m.put("gun", "artillery");
        return m;
    }
}
