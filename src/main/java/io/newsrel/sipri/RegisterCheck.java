package io.newsrel.sipri;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.newsrel.batch.FactsAggregator.Fact;
import io.newsrel.batch.FactsAggregator.FactArgument;
import io.newsrel.model.Attribute;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import io.newsrel.sipri.SipriRegister.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Looks each ARMS_TRANSFER fact up in a SIPRI trade register: the orders with the fact's
 * recipient and supplier country (any supplier when the fact has none), a designation its system
 * names ({@link Designations}; not compared when the fact names only a kind of system), and a
 * year in the window below. No such order: the deal is not in the register.
 *
 * <p>The year window ({@link Window#CHOSEN}) was chosen on the gold transfers of defnews-dev whose
 * countries and designation are in the register (README "Is it in the SIPRI register?", measured
 * with {@code newsrel facts compare-sipri REGISTER --gold FILE}): a deal year the text gives lies
 * from 2 years before SIPRI's year of order (plans and selections come before the contract) to 1
 * year after its last delivery (news of a delivery follows it). Without a deal year, the
 * publication years of the fact's documents lie from 1 year before the order to 2 years after the
 * last delivery; and a system the text reports delivered ("in service with") matches any order
 * placed by the last publication year.
 */
public final class RegisterCheck {

    /**
     * How far a fact's years may lie from an order's years.
     *
     * @param beforeOrder       deal years before SIPRI's year of order
     * @param afterLast         deal years after the last delivery (the order year when none)
     * @param publicationBefore publication years before the year of order, for facts without a deal year
     * @param publicationAfter  publication years after the last delivery
     * @param inService         whether a delivered system without a deal year matches any earlier order
     */
    public record Window(int beforeOrder, int afterLast, int publicationBefore, int publicationAfter,
                         boolean inService) {

        /** The window newsrel uses (see the class comment for why). */
        public static final Window CHOSEN = new Window(2, 1, 1, 2, true);
        /** Years must fall between the order and the last delivery. */
        public static final Window EXACT = new Window(0, 0, 0, 0, false);

        @Override
        public String toString() {
            return String.format("deal year %+d..%+d, publication year %+d..%+d%s", -beforeOrder, afterLast,
                    -publicationBefore, publicationAfter, inService ? ", in service: any earlier order" : "");
        }
    }

    /** Which years of the fact were compared with the register's. */
    public enum YearBasis {
        DEAL_YEAR, PUBLICATION_YEAR, IN_SERVICE, NONE;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** Why a deal is not in the register, from the nearest miss. */
    public enum Miss {
        NO_ORDERS_BETWEEN_THESE_COUNTRIES, NO_ORDER_OF_THIS_SYSTEM, NONE_IN_THE_YEAR_WINDOW;

        @JsonValue
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One line of sipri-check.jsonl: a transfer fact and the register's orders it matches.
     *
     * @param afterRegister whether every year the fact gives is after the register's last year of order
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"key", "recipient", "supplierCountry", "systems", "years", "statuses", "documents",
            "inRegister", "yearBasis", "designationCompared", "miss", "afterRegister", "matches"})
    public record Result(String key, String recipient, String supplierCountry, List<String> systems,
                         List<Integer> years, List<String> statuses, List<String> documents, boolean inRegister,
                         YearBasis yearBasis, boolean designationCompared, Miss miss, boolean afterRegister,
                         List<Order> matches) {
    }

    private final SipriRegister register;
    private final Designations designations;
    private final Window window;

    public RegisterCheck(SipriRegister register, Designations designations, Window window) {
        this.register = register;
        this.designations = designations;
        this.window = window;
    }

    /** The same check with another year window. */
    public RegisterCheck with(Window other) {
        return new RegisterCheck(register, designations, other);
    }

    /** Whether a fact is one this check looks up (an arms transfer with a recipient). */
    public static boolean applies(Fact fact) {
        return RelationType.ARMS_TRANSFER.name().equals(fact.type()) && code(fact, Role.RECIPIENT) != null;
    }

    public Result check(Fact fact) {
        String recipient = code(fact, Role.RECIPIENT);
        String supplier = code(fact, Role.SUPPLIER_COUNTRY);
        List<String> systems = fact.arguments().getOrDefault(Role.SYSTEM.jsonName(), List.of()).stream()
                .map(FactArgument::name).filter(java.util.Objects::nonNull).toList();
        List<Integer> years = integers(fact, Attribute.YEAR, Attribute.YEARS);
        List<String> statuses = texts(fact, Attribute.STATUS, Attribute.STATUSES);
        List<Order> candidates = register.orders(recipient, supplier);
        List<Order> ofSystem = systems.isEmpty() ? candidates : candidates.stream()
                .filter(o -> systems.stream().anyMatch(s -> Designations.matches(designations.variants(s), o.designation())))
                .toList();
        YearBasis basis;
        List<Order> matches;
        List<Integer> published = publicationYears(fact);
        if (!years.isEmpty()) {
            basis = YearBasis.DEAL_YEAR;
            matches = filter(ofSystem, o -> years.stream().anyMatch(y -> within(o, y, window.beforeOrder(), window.afterLast())));
        } else if (!published.isEmpty()) {
            basis = YearBasis.PUBLICATION_YEAR;
            matches = filter(ofSystem, o -> published.stream()
                    .anyMatch(y -> within(o, y, window.publicationBefore(), window.publicationAfter())));
            int lastPublished = published.get(published.size() - 1);
            if (matches.isEmpty() && window.inService() && statuses.contains(Status.DELIVERED.name())) {
                basis = YearBasis.IN_SERVICE;
                matches = filter(ofSystem, o -> first(o) == null || first(o) <= lastPublished);
            }
        } else {
            basis = YearBasis.NONE;
            matches = ofSystem;
        }
        Miss miss = !matches.isEmpty() ? null : candidates.isEmpty() ? Miss.NO_ORDERS_BETWEEN_THESE_COUNTRIES
                : ofSystem.isEmpty() ? Miss.NO_ORDER_OF_THIS_SYSTEM : Miss.NONE_IN_THE_YEAR_WINDOW;
        boolean after = !years.isEmpty() && years.stream().allMatch(y -> y > register.lastOrderYear());
        return new Result(fact.key(), recipient, supplier, systems, years, statuses, fact.documents(), !matches.isEmpty(),
                basis, !systems.isEmpty(), miss, after, matches);
    }

    private static List<Order> filter(List<Order> orders, Predicate<Order> keep) {
        return orders.stream().filter(keep).toList();
    }

    /** Whether {@code year} lies from {@code before} years before the order to {@code after} after the last delivery. */
    private static boolean within(Order order, int year, int before, int after) {
        Integer first = first(order);
        return first == null || first - before <= year && year <= order.lastYear() + after;
    }

    private static Integer first(Order order) {
        return order.orderYear() != null ? order.orderYear()
                : order.deliveryYears().isEmpty() ? null : order.deliveryYears().get(0);
    }

    private static String code(Fact fact, Role role) {
        return fact.arguments().getOrDefault(role.jsonName(), List.of()).stream().map(FactArgument::code)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static List<Integer> integers(Fact fact, Attribute<?> best, Attribute<?> every) {
        TreeSet<Integer> values = new TreeSet<>();
        texts(fact, best, every).forEach(v -> values.add(Integer.valueOf(v)));
        return List.copyOf(values);
    }

    private static List<String> texts(Fact fact, Attribute<?> best, Attribute<?> every) {
        List<String> values = new ArrayList<>();
        for (Attribute<?> attribute : List.of(best, every)) {
            for (String value : fact.attributes().getOrDefault(attribute.jsonName(), Map.of()).keySet()) {
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static List<Integer> publicationYears(Fact fact) {
        if (fact.firstDate() == null || fact.lastDate() == null) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        for (int y = Integer.parseInt(fact.firstDate().substring(0, 4)); y <= Integer.parseInt(fact.lastDate().substring(0, 4)); y++) {
            years.add(y);
        }
        return years;
    }
}
