package io.newsrel.batch;

import io.newsrel.batch.FactsAggregator.Fact;
import io.newsrel.batch.FactsAggregator.FactArgument;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.model.Attribute;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code facts.csv}: one fact per row (a line break inside evidence becomes a space, so each row
 * is one line), one named column per role and attribute of the relation schemas, UTF-8 with a
 * byte-order mark so that spreadsheets read non-ASCII names right, RFC 4180 quoting. The columns,
 * in order ({@link #header()}):
 * <ol>
 *   <li>{@code type}, {@code key};</li>
 *   <li>per role, in the order the relation types list them: the entities' names; for a country
 *       role also {@code ROLE_iso3}; for {@code system} also {@code system_category};</li>
 *   <li>per attribute: a deal attribute that comes as a best value and a list ({@code year} and
 *       {@code years}, ...) has one column with every value of both, named by the list
 *       ({@code quantities}, {@code years}, {@code statuses}; money as {@code value_amounts} and
 *       {@code value_currencies}); an attribute holding a country code is its role's
 *       {@code _iso3} column; every other attribute has a column of its own;</li>
 *   <li>{@code documents}, {@code mentions}, {@code first_date}, {@code last_date},
 *       {@code confidence}, {@code best_evidence_document}, {@code best_evidence}.</li>
 * </ol>
 * A cell holding several values joins them with {@code "; "}: entities most mentioned first (the
 * {@code _iso3} and {@code _category} cells list the same entities in the same order, an unknown
 * value left empty); numbers and years ascending; statuses in the order deals go through them
 * (PLANNED, SELECTED, ORDERED, DELIVERED, CANCELLED); money by amount (amounts and currencies in
 * the same order); documents and other text alphabetically.
 */
public final class FactsCsv {

    /** The byte-order mark written first: spreadsheet programs take a file without one for their local code page. */
    public static final char BOM = '\uFEFF';
    /** Between the values of a cell. */
    public static final String SEPARATOR = "; ";

    /** Roles whose entities are countries: they get an ISO3 column. */
    private static final Set<Role> COUNTRY_ROLES =
            EnumSet.of(Role.RECIPIENT, Role.SUPPLIER_COUNTRY, Role.PARTIES, Role.HOST_COUNTRY, Role.COUNTRY);
    /** Attributes that only repeat a country role's codes; their values are in the role's ISO3 column. */
    private static final Map<Attribute<?>, Role> CODE_ATTRIBUTES = codeAttributes();
    /** Deal attributes that come as a best value and a list of every value: one column for both. */
    private static final List<List<Attribute<?>>> BEST_AND_EVERY = List.of(
            List.of(Attribute.QUANTITY, Attribute.QUANTITIES), List.of(Attribute.VALUE, Attribute.VALUES),
            List.of(Attribute.YEAR, Attribute.YEARS), List.of(Attribute.STATUS, Attribute.STATUSES));
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n\\u2028\\u2029]+\\s*");

    private record Column(String name, Function<Row, String> value) {
    }

    /** A fact being written, with the country names of the batch to name countries known by code only. */
    private record Row(Fact fact, Function<String, String> countryName) {
    }

    /** Numbers (and money, by its amount) ascending, then statuses in deal order, then text. */
    static final Comparator<String> VALUE_ORDER = Comparator
            .comparing(FactsCsv::number, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FactsCsv::status, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.naturalOrder());

    private static final List<Column> COLUMNS = columns();

    private FactsCsv() {
    }

    /** The column names, in order. */
    public static List<String> header() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** Writes the BOM, the header and one row per fact. */
    public static void write(List<Fact> facts, Writer out) throws IOException {
        Function<String, String> countryName = countryNames(facts);
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header().toArray(String[]::new)).get())) {
            for (Fact fact : facts) {
                Row row = new Row(fact, countryName);
                List<String> cells = new ArrayList<>(COLUMNS.size());
                for (Column column : COLUMNS) {
                    cells.add(column.value().apply(row));
                }
                csv.printRecord(cells);
            }
        }
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("type", r -> r.fact().type()));
        columns.add(new Column("key", r -> r.fact().key()));
        for (Role role : roles()) {
            String name = snakeCase(role.jsonName());
            columns.add(new Column(name, r -> join(arguments(r, role).stream()
                    .map(a -> a.name() != null ? a.name() : r.countryName().apply(a.code())))));
            if (COUNTRY_ROLES.contains(role)) {
                columns.add(new Column(name + "_iso3", r -> join(arguments(r, role).stream().map(FactArgument::code))));
            }
            if (role == Role.SYSTEM) {
                columns.add(new Column(name + "_category", r -> join(arguments(r, role).stream().map(FactArgument::category))));
            }
        }
        Set<String> named = new LinkedHashSet<>(columns.stream().map(Column::name).toList());
        for (Attribute<?> attribute : attributes()) {
            List<String> names = columnsOf(attribute);
            if (!named.add(names.get(0))) {
                continue; // the role's ISO3 column, or the column of its pair, is there already
            }
            List<Attribute<?>> together = BEST_AND_EVERY.stream().filter(p -> p.contains(attribute)).findFirst()
                    .orElse(List.of(attribute));
            if (names.size() == 2) {
                columns.add(new Column(names.get(0), r -> join(values(r, together).stream().map(v -> moneyPart(v, 0)))));
                columns.add(new Column(names.get(1), r -> join(values(r, together).stream().map(v -> moneyPart(v, 1)))));
            } else {
                columns.add(new Column(names.get(0), r -> join(values(r, together).stream())));
            }
        }
        columns.add(new Column("documents", r -> String.join(SEPARATOR, r.fact().documents())));
        columns.add(new Column("mentions", r -> Integer.toString(r.fact().mentions())));
        columns.add(new Column("first_date", r -> Objects.toString(r.fact().firstDate(), "")));
        columns.add(new Column("last_date", r -> Objects.toString(r.fact().lastDate(), "")));
        columns.add(new Column("confidence", r -> Double.toString(r.fact().confidence())));
        columns.add(new Column("best_evidence_document", r -> r.fact().bestEvidence().document()));
        columns.add(new Column("best_evidence", r -> LINE_BREAKS.matcher(r.fact().bestEvidence().text()).replaceAll(" ")));
        return List.copyOf(columns);
    }

    /** Every role of the relation types, in the order they list them. */
    static List<Role> roles() {
        Set<Role> roles = new LinkedHashSet<>();
        for (RelationType type : RelationType.values()) {
            roles.addAll(type.schema().roleList());
        }
        return List.copyOf(roles);
    }

    /** Every attribute some relation type carries, in the order {@link Attribute} declares them. */
    static List<Attribute<?>> attributes() {
        return Attribute.values().stream()
                .filter(a -> java.util.Arrays.stream(RelationType.values()).anyMatch(t -> t.schema().allows(a))).toList();
    }

    /**
     * The columns holding an attribute's values: its country role's ISO3 column, the column of
     * its best-and-every pair named by the list (two for money: amounts and currencies), or its own.
     */
    static List<String> columnsOf(Attribute<?> attribute) {
        Role role = CODE_ATTRIBUTES.get(attribute);
        if (role != null) {
            return List.of(snakeCase(role.jsonName()) + "_iso3");
        }
        if (attribute == Attribute.VALUE || attribute == Attribute.VALUES) {
            String name = snakeCase(Attribute.VALUE.jsonName());
            return List.of(name + "_amounts", name + "_currencies");
        }
        return BEST_AND_EVERY.stream().filter(p -> p.contains(attribute)).findFirst()
                .map(p -> List.of(snakeCase(p.get(1).jsonName()))).orElse(List.of(snakeCase(attribute.jsonName())));
    }

    private static Map<Attribute<?>, Role> codeAttributes() {
        Map<Attribute<?>, Role> codes = new HashMap<>();
        for (Role role : Role.values()) {
            role.codeAttribute().ifPresent(a -> codes.put(a, role));
        }
        codes.put(Attribute.PARTY_COUNTRIES, Role.PARTIES);
        return Map.copyOf(codes);
    }

    private static List<FactArgument> arguments(Row row, Role role) {
        return row.fact().arguments().getOrDefault(role.jsonName(), List.of());
    }

    /** Every value the fact's mentions give these attributes, in the documented order. */
    private static List<String> values(Row row, Collection<Attribute<?>> attributes) {
        TreeSet<String> values = new TreeSet<>(VALUE_ORDER);
        for (Attribute<?> attribute : attributes) {
            values.addAll(row.fact().attributes().getOrDefault(attribute.jsonName(), Map.of()).keySet());
        }
        return List.copyOf(values);
    }

    private static BigDecimal number(String value) {
        String first = value.split(" ", 2)[0];
        try {
            return new BigDecimal(first);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Status status(String value) {
        try {
            return Status.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The amount (0) or currency (1) of money written "amount CURRENCY". */
    private static String moneyPart(String money, int part) {
        String[] parts = money.split(" ", 2);
        return parts.length == 2 ? parts[part] : part == 0 ? money : "";
    }

    private static String join(java.util.stream.Stream<String> values) {
        return values.map(v -> v == null ? "" : v).collect(Collectors.joining(SEPARATOR));
    }

    /** Names the batch gives country codes, else the shipped country gazetteer's, else the code. */
    private static Function<String, String> countryNames(List<Fact> facts) {
        Map<String, String> names = new HashMap<>();
        for (Fact fact : facts) {
            fact.arguments().values().forEach(arguments -> arguments.forEach(a -> {
                if (a.code() != null && a.name() != null) {
                    names.merge(a.code(), a.name(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
                }
            }));
        }
        CountryGazetteer[] gazetteer = {null};
        return code -> {
            if (code == null) {
                return null;
            }
            String name = names.get(code);
            if (name == null) {
                if (gazetteer[0] == null) {
                    gazetteer[0] = CountryGazetteer.load(List.of());
                }
                name = gazetteer[0].name(code).orElse(code);
            }
            return name;
        };
    }

    /** "supplierCountry" → "supplier_country". */
    static String snakeCase(String jsonName) {
        return jsonName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
