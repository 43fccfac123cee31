package io.newsrel.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A typed key of a relation's attributes: its JSON name and the type of its value. Every
 * attribute newsrel writes is one of the constants here; which relation type carries which is
 * its {@link RelationSchema}.
 *
 * <p>A deal's year, quantity, value and status come twice: the single best value
 * ({@link #YEAR}, {@link #QUANTITY}, {@link #VALUE}, {@link #STATUS}) and every value the text
 * gives for the deal ({@link #YEARS}, {@link #QUANTITIES}, {@link #VALUES}, {@link #STATUSES}),
 * as SPEC-gold.md lists them.
 *
 * @param <T> the type of the value
 */
public final class Attribute<T> implements Comparable<Attribute<?>> {

    private static final List<Attribute<?>> ALL = new ArrayList<>();

    /** ISO3 of the recipient, also when no mention names it. */
    public static final Attribute<String> RECIPIENT_COUNTRY = new Attribute<>("recipientCountry", Attribute::text);
    /** ISO3 of the supplier country, also when only the company or the system gives it. */
    public static final Attribute<String> SUPPLIER_COUNTRY = new Attribute<>("supplierCountry", Attribute::text);
    /** ISO3 of the host country of local production. */
    public static final Attribute<String> HOST_COUNTRY = new Attribute<>("hostCountry", Attribute::text);
    /** ISO3 codes of an agreement's parties, sorted. */
    public static final Attribute<List<String>> PARTY_COUNTRIES = new Attribute<>("partyCountries", listOf(Attribute::text));
    /** How many items the deal is for (the best reading). */
    public static final Attribute<Long> QUANTITY = new Attribute<>("quantity", Attribute::count);
    /** Every count the text gives for the deal. */
    public static final Attribute<List<Long>> QUANTITIES = new Attribute<>("quantities", listOf(Attribute::count));
    /** What the deal is worth (the best reading). */
    public static final Attribute<Money> VALUE = new Attribute<>("value", Attribute::money);
    /** Every value the text gives for the deal. */
    public static final Attribute<List<Money>> VALUES = new Attribute<>("values", listOf(Attribute::money));
    /** Year of order, contract, selection or delivery (the best reading); never the publication year. */
    public static final Attribute<Integer> YEAR = new Attribute<>("year", Attribute::year);
    /** Every year the text gives for the deal. */
    public static final Attribute<List<Integer>> YEARS = new Attribute<>("years", listOf(Attribute::year));
    /** A date finer than a year, as TIMEX normalises it ("2024-04"). */
    public static final Attribute<String> DATE = new Attribute<>("date", Attribute::text);
    /** The publication date, kept when the text gives no year; never taken as the deal's year. */
    public static final Attribute<String> DOCUMENT_DATE = new Attribute<>("documentDate", Attribute::text);
    /** The stage the deal has reached (the furthest the text states). */
    public static final Attribute<Status> STATUS = new Attribute<>("status", Attribute::status);
    /** Every stage the text states for the deal, in the order of {@link Status}. */
    public static final Attribute<List<Status>> STATUSES = new Attribute<>("statuses", listOf(Attribute::status));
    /** The kind of system when the deal names no system: "air defense systems". */
    public static final Attribute<String> SYSTEM_DESCRIPTION = new Attribute<>("systemDescription", Attribute::text);
    /** Where the year was read when not in the evidence sentence ("adjacent sentence"). */
    public static final Attribute<String> YEAR_FROM = new Attribute<>("yearFrom", Attribute::text);
    /** Where the value was read when not in the evidence sentence ("deal price sentence"). */
    public static final Attribute<String> VALUE_FROM = new Attribute<>("valueFrom", Attribute::text);
    /** The kind of agreement: "MoU", "action plan", "defence cooperation agreement". */
    public static final Attribute<String> KIND = new Attribute<>("kind", Attribute::text);
    /** A person's title (PERSON_ROLE). */
    public static final Attribute<String> TITLE = new Attribute<>("title", Attribute::text);

    private final String jsonName;
    private final Function<Object, T> reader;

    private Attribute(String jsonName, Function<Object, T> reader) {
        this.jsonName = jsonName;
        this.reader = reader;
        ALL.add(this);
    }

    /** Every attribute, in the order declared here. */
    public static List<Attribute<?>> values() {
        return List.copyOf(ALL);
    }

    /** The attribute of a JSON name; an unknown name is an error that lists the known ones. */
    public static Attribute<?> ofJsonName(String name) {
        return findByJsonName(name).orElseThrow(() -> new IllegalArgumentException("unknown relation attribute '"
                + name + "' (known: " + ALL.stream().map(Attribute::jsonName).toList() + ")"));
    }

    static Optional<Attribute<?>> findByJsonName(String name) {
        return ALL.stream().filter(a -> a.jsonName.equals(name)).findFirst();
    }

    public String jsonName() {
        return jsonName;
    }

    /**
     * The value as this attribute's type, from a typed value or from what a JSON reader gives
     * (numbers, strings, maps, lists); a value of another type is an error naming the attribute.
     */
    public T read(Object value) {
        try {
            return reader.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("attribute " + jsonName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int compareTo(Attribute<?> other) {
        return jsonName.compareTo(other.jsonName);
    }

    @Override
    public String toString() {
        return jsonName;
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("expected text, got " + describe(value));
    }

    private static long count(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= 0) {
            return n.longValue();
        }
        throw new IllegalArgumentException("expected a whole number, got " + describe(value));
    }

    private static int year(Object value) {
        long year = count(value);
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("expected a four-digit year, got " + value);
        }
        return (int) year;
    }

    private static Status status(Object value) {
        if (value instanceof Status s) {
            return s;
        }
        return Status.valueOf(text(value));
    }

    private static Money money(Object value) {
        if (value instanceof Money m) {
            return m;
        }
        if (value instanceof Map<?, ?> map && map.get("amount") instanceof Number amount) {
            return new Money(new BigDecimal(amount.toString()), text(map.get("currency")));
        }
        throw new IllegalArgumentException("expected {amount, currency}, got " + describe(value));
    }

    private static <E> Function<Object, List<E>> listOf(Function<Object, E> element) {
        return value -> {
            if (!(value instanceof Collection<?> items)) {
                throw new IllegalArgumentException("expected a list, got " + describe(value));
            }
            return items.stream().map(element).toList();
        };
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
