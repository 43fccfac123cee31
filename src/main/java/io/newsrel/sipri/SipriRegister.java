package io.newsrel.sipri;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.output.DocumentsFile;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A SIPRI Arms Transfers Database trade register, as analysts export it (CSV: Recipient,
 * Supplier, Year of order, ?, Number ordered, ?, Weapon designation, Weapon description, Number
 * delivered, ?, Year(s) of delivery, status, Comments, TIV...), held in memory and indexed by
 * recipient and supplier. Country names are linked to ISO3 codes with the country gazetteer;
 * suppliers and recipients that are not present-day states (Soviet Union, rebel groups, unknown)
 * keep no code and match no fact. A row too short to hold the columns (SIPRI's export wraps a
 * few comments over lines) is reported to the {@link DocumentsFile.BadLine} handler and left out.
 */
public final class SipriRegister {

    /** SIPRI's names that the gazetteer reads otherwise ("Congo" is the Republic of the Congo in SIPRI, DR Congo's demonym in the gazetteer). */
    private static final Map<String, String> SIPRI_NAMES = Map.of(
            "Congo", "Republic of the Congo", "Saint Vincent", "Saint Vincent and the Grenadines");
    private static final int COLUMNS = 12;
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");

    /**
     * One order of the register.
     *
     * @param row           its number among the register's records (1 = the first after the header)
     * @param deliveryYears the years SIPRI lists deliveries in, ascending
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"row", "recipient", "supplier", "orderYear", "deliveryYears", "designation", "description",
            "ordered", "delivered", "status", "comments"})
    public record Order(int row, String recipient, String supplier, Integer orderYear, List<Integer> deliveryYears,
                        String designation, String description, String ordered, String delivered, String status,
                        String comments) {

        public Order {
            deliveryYears = List.copyOf(deliveryYears);
        }

        /** The last year the order is known to be active: its last delivery, else its order year. */
        Integer lastYear() {
            return deliveryYears.isEmpty() ? orderYear : Math.max(orderYear == null ? 0 : orderYear,
                    deliveryYears.get(deliveryYears.size() - 1));
        }
    }

    private record Pair(String recipient, String supplier) {
    }

    private final Map<Pair, List<Order>> byCountries;
    private final int orders;
    private final int unlinked;
    private final int lastOrderYear;

    private SipriRegister(Map<Pair, List<Order>> byCountries, int orders, int unlinked, int lastOrderYear) {
        this.byCountries = byCountries;
        this.orders = orders;
        this.unlinked = unlinked;
        this.lastOrderYear = lastOrderYear;
    }

    /** Reads a register export; rows it cannot use go to {@code badRow} with their number. */
    public static SipriRegister read(Reader csv, String name, CountryGazetteer countries, DocumentsFile.BadLine badRow)
            throws IOException {
        Map<Pair, List<Order>> byCountries = new HashMap<>();
        int orders = 0;
        int unlinked = 0;
        int lastOrderYear = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).setIgnoreEmptyLines(true).get();
        for (CSVRecord record : format.parse(csv)) {
            int row = (int) record.getRecordNumber();
            if (record.size() < COLUMNS) {
                badRow.skipped(name + " row " + row, record.size() + " columns, expected at least " + COLUMNS
                        + " (a comment wrapped over lines?)");
                continue;
            }
            Order order = new Order(row, record.get(0).strip(), record.get(1).strip(), year(record.get(2)),
                    years(record.get(10)), record.get(6).strip(), record.get(7).strip(), record.get(4).strip(),
                    record.get(8).strip(), record.get(11).strip(), record.size() > 12 ? record.get(12).strip() : "");
            orders++;
            Optional<String> recipient = code(countries, order.recipient());
            Optional<String> supplier = code(countries, order.supplier());
            if (recipient.isEmpty() || supplier.isEmpty()) {
                unlinked++;
                continue;
            }
            if (order.orderYear() != null) {
                lastOrderYear = Math.max(lastOrderYear, order.orderYear());
            }
            byCountries.computeIfAbsent(new Pair(recipient.get(), supplier.get()), k -> new ArrayList<>()).add(order);
        }
        return new SipriRegister(byCountries, orders, unlinked, lastOrderYear);
    }

    /** The orders from {@code supplier} to {@code recipient} (ISO3); a null supplier means any. */
    public List<Order> orders(String recipient, String supplier) {
        if (supplier != null) {
            return byCountries.getOrDefault(new Pair(recipient, supplier), List.of());
        }
        List<Order> all = new ArrayList<>();
        byCountries.forEach((pair, list) -> {
            if (pair.recipient().equals(recipient)) {
                all.addAll(list);
            }
        });
        return all;
    }

    /** Orders read. */
    public int size() {
        return orders;
    }

    /** Orders whose recipient or supplier is no present-day state (they match nothing). */
    public int unlinked() {
        return unlinked;
    }

    /** The latest year of order in the register: deals after it cannot be in it yet. */
    public int lastOrderYear() {
        return lastOrderYear;
    }

    private static Optional<String> code(CountryGazetteer countries, String sipriName) {
        String name = SIPRI_NAMES.getOrDefault(sipriName, sipriName);
        // any kind of surface: SIPRI writes "New Zealand" (also a demonym) and "Singapore" (also a capital)
        return countries.lookup(name).map(CountryGazetteer.Country::iso3);
    }

    private static Integer year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    private static List<Integer> years(String text) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.valueOf(m.group()));
        }
        years.sort(Integer::compareTo);
        return years;
    }
}
