package io.newsrel.sipri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.batch.FactsAggregator.BestEvidence;
import io.newsrel.batch.FactsAggregator.Fact;
import io.newsrel.batch.FactsAggregator.FactArgument;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.entities.EntityGazetteers;
import io.newsrel.model.Attribute;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Matching facts to a small register written for the test, in SIPRI's export format. */
class RegisterCheckTest {

    private static final CountryGazetteer COUNTRIES = CountryGazetteer.load(List.of());
    private static final Designations DESIGNATIONS = new Designations(EntityGazetteers.load(List.of(), List.of(), COUNTRIES));
    static final String REGISTER = String.join("\n",
            "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,"
                    + "Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons",
            "Poland,South Korea,2022,,180,,K2 Black Panther,tank,46,,2022; 2023,New,K2PL version later,6,1080,276",
            "Poland,South Korea,2022,,212,,K9A1,self-propelled gun,100,?,2022; 2023; 2024,New,,2.7,572,270",
            "Poland,United States,2018,,16,,MIM-104 PAC-3,SAM system,16,,2023,New,,8,128,128",
            "Morocco,Israel,2023,?,36,?,ATMOS-2000,self-propelled gun,,,,New,,1,36,0",
            "Egypt,Soviet Union,1960,,100,,T-54,tank,100,,1961; 1962,New,,1,100,100",
            "Egypt,Italy,2020,,2,,FREMM,frigate,2,,2020; 2021,Second hand,wrapped",
            "New Zealand,Singapore,2001,,1,,Fearless,patrol craft,1,,2002,New,",
            "Congo,France,2003,,2,,AS-350,light helicopter,2,,2004,New,",
            "comment continued,0.5", "");

    private final List<String> skipped = new ArrayList<>();

    private RegisterCheck check() throws IOException {
        SipriRegister register = SipriRegister.read(new StringReader(REGISTER), "register.csv", COUNTRIES,
                (where, why) -> skipped.add(where + ": " + why));
        assertEquals(8, register.size());
        assertEquals(1, register.unlinked(), "the Soviet Union is no present-day state");
        assertEquals(2023, register.lastOrderYear());
        assertEquals(1, skipped.size(), skipped.toString());
        assertTrue(skipped.get(0).startsWith("register.csv row 9: 2 columns"), skipped.toString());
        assertEquals(1, register.orders("NZL", "SGP").size(), "New Zealand and Singapore are countries, not a demonym and a capital");
        assertEquals(1, register.orders("COG", "FRA").size(), "SIPRI's Congo is the Republic of the Congo");
        return new RegisterCheck(register, DESIGNATIONS, RegisterCheck.Window.CHOSEN);
    }

    static Fact transfer(String recipient, String supplier, String system, List<Integer> years, List<Status> statuses,
                         String published) {
        Map<String, List<FactArgument>> args = new TreeMap<>();
        args.put(Role.RECIPIENT.jsonName(), List.of(new FactArgument(null, recipient, null, 1)));
        if (supplier != null) {
            args.put(Role.SUPPLIER_COUNTRY.jsonName(), List.of(new FactArgument(null, supplier, null, 1)));
        }
        if (system != null) {
            args.put(Role.SYSTEM.jsonName(), List.of(new FactArgument(system, null, null, 1)));
        }
        Map<String, Map<String, Integer>> attrs = new TreeMap<>();
        Map<String, Integer> yearCounts = new TreeMap<>();
        years.forEach(y -> yearCounts.put(y.toString(), 1));
        attrs.put(Attribute.YEAR.jsonName(), yearCounts);
        Map<String, Integer> statusCounts = new TreeMap<>();
        statuses.forEach(s -> statusCounts.put(s.name(), 1));
        attrs.put(Attribute.STATUS.jsonName(), statusCounts);
        return new Fact(RelationType.ARMS_TRANSFER.name(), recipient + "<" + supplier + ":" + system, List.of("d"), 1,
                published, published, 0.8, args, attrs, new BestEvidence("d", "", 0.8));
    }

    @Test
    void aDealIsInTheRegisterWhenCountriesDesignationAndYearAgree() throws IOException {
        RegisterCheck check = check();
        RegisterCheck.Result k9 = check.check(transfer("POL", "KOR", "K9 Thunder", List.of(2022), List.of(Status.ORDERED), null));
        assertTrue(k9.inRegister());
        assertEquals(List.of(2), k9.matches().stream().map(SipriRegister.Order::row).toList(), "K9 names K9A1, not K2");
        assertEquals(RegisterCheck.YearBasis.DEAL_YEAR, k9.yearBasis());
        assertNull(k9.miss());
        // Patriot's gazetteer variants name SIPRI's MIM-104 PAC-3; the selection two years before the order counts
        assertTrue(check.check(transfer("POL", "USA", "Patriot", List.of(2016), List.of(Status.SELECTED), null)).inRegister());
        assertEquals(RegisterCheck.Miss.NONE_IN_THE_YEAR_WINDOW,
                check.check(transfer("POL", "USA", "Patriot", List.of(2015), List.of(), null)).miss());
        // a delivery reported the year after the last delivery SIPRI lists
        assertTrue(check.check(transfer("POL", "KOR", "K2", List.of(2024), List.of(Status.DELIVERED), null)).inRegister());
        assertFalse(check.check(transfer("POL", "KOR", "K2", List.of(2025), List.of(Status.DELIVERED), null)).inRegister());
    }

    @Test
    void aDealNotInTheRegisterSaysWhy() throws IOException {
        RegisterCheck check = check();
        RegisterCheck.Result noOrders = check.check(transfer("NOR", "KOR", "K9 Thunder", List.of(2017), List.of(), null));
        assertEquals(RegisterCheck.Miss.NO_ORDERS_BETWEEN_THESE_COUNTRIES, noOrders.miss());
        RegisterCheck.Result otherSystem = check.check(transfer("POL", "KOR", "K21", List.of(2022), List.of(), null));
        assertEquals(RegisterCheck.Miss.NO_ORDER_OF_THIS_SYSTEM, otherSystem.miss());
        assertEquals(List.of(), otherSystem.matches());
        RegisterCheck.Result later = check.check(transfer("MAR", "ISR", "ATMOS 2000", List.of(2025), List.of(), null));
        assertEquals(RegisterCheck.Miss.NONE_IN_THE_YEAR_WINDOW, later.miss());
        assertTrue(later.afterRegister(), "2025 is after the register's last order, 2023");
    }

    @Test
    void withoutADealYearThePublicationYearOrADeliveryInServiceDecides() throws IOException {
        RegisterCheck check = check();
        RegisterCheck.Result published = check.check(transfer("MAR", "ISR", "ATMOS 2000", List.of(), List.of(), "2024-02-01"));
        assertTrue(published.inRegister());
        assertEquals(RegisterCheck.YearBasis.PUBLICATION_YEAR, published.yearBasis());
        assertFalse(check.check(transfer("MAR", "ISR", "ATMOS 2000", List.of(), List.of(), "2030-02-01")).inRegister());
        RegisterCheck.Result inService = check.check(transfer("EGY", "ITA", "FREMM", List.of(), List.of(Status.DELIVERED),
                "2030-02-01"));
        assertTrue(inService.inRegister());
        assertEquals(RegisterCheck.YearBasis.IN_SERVICE, inService.yearBasis());
        RegisterCheck.Result noSystem = check.check(transfer("POL", "KOR", null, List.of(2022), List.of(), null));
        assertFalse(noSystem.designationCompared());
        assertEquals(2, noSystem.matches().size(), "without a system, countries and year decide");
    }

    @Test
    void designationsMatchByTokensAndGazetteerVariants() {
        assertTrue(Designations.matches(List.of("F-16"), "F-16C Block-50/52"));
        assertTrue(Designations.matches(List.of("K9"), "K9A1"));
        assertTrue(Designations.matches(List.of("Leopard 2"), "Leopard-2A4"));
        assertFalse(Designations.matches(List.of("K2"), "K200"));
        assertFalse(Designations.matches(List.of("Mi-17"), "Mi-171"));
        assertFalse(Designations.matches(List.of("Leopard 1"), "Leopard-2A4"));
        assertFalse(Designations.matches(List.of("Patriot"), "MIM-104 PAC-2"));
        assertTrue(Designations.matches(DESIGNATIONS.variants("Patriot"), "MIM-104 PAC-2"));
        assertTrue(DESIGNATIONS.variants("Kilo").contains("Project 877"), DESIGNATIONS.variants("Kilo").toString());
    }
}
