package io.newsrel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.batch.FactsAggregator.BestEvidence;
import io.newsrel.batch.FactsAggregator.Fact;
import io.newsrel.batch.FactsAggregator.FactArgument;
import io.newsrel.model.Attribute;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class FactsCsvTest {

    private static Fact transfer(String evidence) {
        Map<String, List<FactArgument>> arguments = new TreeMap<>();
        arguments.put(Role.RECIPIENT.jsonName(), List.of(new FactArgument("Türkiye", "TUR", null, 3)));
        // known only by its code in these documents: named from the country gazetteer
        arguments.put(Role.SUPPLIER_COUNTRY.jsonName(), List.of(new FactArgument(null, "ESP", null, 3)));
        arguments.put(Role.SUPPLIER_COMPANY.jsonName(), List.of(new FactArgument("Navantia", null, null, 2),
                new FactArgument("Airbus", null, null, 1)));
        arguments.put(Role.SYSTEM.jsonName(), List.of(new FactArgument("Hürjet", null, "trainer", 3)));
        Map<String, Map<String, Integer>> attributes = new TreeMap<>();
        attributes.put(Attribute.QUANTITY.jsonName(), Map.of("12", 1, "9", 1));
        attributes.put(Attribute.QUANTITIES.jsonName(), Map.of("9", 1, "30", 1));
        attributes.put(Attribute.YEARS.jsonName(), Map.of("2024", 1, "2023", 2));
        attributes.put(Attribute.STATUS.jsonName(), Map.of("ORDERED", 1, "DELIVERED", 1));
        attributes.put(Attribute.STATUSES.jsonName(), Map.of("PLANNED", 1));
        attributes.put(Attribute.VALUE.jsonName(), Map.of("3200000000 EUR", 1, "900000000 USD", 1));
        attributes.put(Attribute.RECIPIENT_COUNTRY.jsonName(), Map.of("TUR", 3));
        return new Fact(RelationType.ARMS_TRANSFER.name(), "recipient=TUR; supplierCountry=ESP; system=Hürjet",
                List.of("d2", "d1"), 3, "2023-01-02", "2024-06-30", 0.85, arguments, attributes,
                new BestEvidence("d1", evidence, 0.85));
    }

    private static String csv(List<Fact> facts) throws IOException {
        StringWriter out = new StringWriter();
        FactsCsv.write(facts, out);
        return out.toString();
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        assertEquals(FactsCsv.BOM, csv.charAt(0), "a byte-order mark first");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
    }

    @Test
    void oneFactPerLineWithNamedColumnsAndEveryValueInItsDocumentedOrder() throws IOException {
        String csv = csv(List.of(transfer("Spain will deliver\nthe jets.")));
        assertEquals(2, csv.lines().count(), "a header and one line per fact, line breaks in evidence become spaces");
        CSVRecord row = records(csv).get(0);
        assertEquals("ARMS_TRANSFER", row.get("type"));
        assertEquals("Türkiye", row.get("recipient"));
        assertEquals("TUR", row.get("recipient_iso3"));
        assertEquals("Spain", row.get("supplier_country"));
        assertEquals("ESP", row.get("supplier_country_iso3"));
        assertEquals("Navantia; Airbus", row.get("supplier_company"), "most mentioned first");
        assertEquals("Hürjet", row.get("system"));
        assertEquals("trainer", row.get("system_category"));
        assertEquals("9; 12; 30", row.get("quantities"), "best values and lists together, ascending");
        assertEquals("2023; 2024", row.get("years"));
        assertEquals("PLANNED; ORDERED; DELIVERED", row.get("statuses"), "in the order deals go through them");
        assertEquals("900000000; 3200000000", row.get("value_amounts"));
        assertEquals("USD; EUR", row.get("value_currencies"), "in the order of the amounts");
        assertEquals("d2; d1", row.get("documents"));
        assertEquals("2023-01-02", row.get("first_date"));
        assertEquals("Spain will deliver the jets.", row.get("best_evidence"));
        assertEquals("d1", row.get("best_evidence_document"));
        assertEquals("", row.get("parties"));
    }

    @Test
    void everyRoleAndAttributeOfTheSchemasHasAColumn() {
        List<String> header = FactsCsv.header();
        assertEquals(header.size(), header.stream().distinct().count(), "column names are unique: " + header);
        for (RelationType type : RelationType.values()) {
            for (Role role : type.schema().roleList()) {
                assertTrue(header.contains(FactsCsv.snakeCase(role.jsonName())), role + " in " + header);
            }
        }
        // every attribute is a column, the list column of its pair, or its country role's ISO3 column
        for (Attribute<?> attribute : FactsCsv.attributes()) {
            assertTrue(header.containsAll(FactsCsv.columnsOf(attribute)), attribute + " has no column in " + header);
        }
        assertTrue(header.containsAll(List.of("quantities", "years", "statuses", "value_amounts", "parties_iso3")), header.toString());
        assertTrue(FactsCsv.attributes().contains(Attribute.TITLE) && header.contains("title"));
        assertEquals(List.of("type", "key", "recipient", "recipient_iso3", "supplier_country", "supplier_country_iso3",
                "supplier_company", "system", "system_category"), header.subList(0, 9));
    }

    @Test
    void aFactWithoutValuesLeavesItsCellsEmpty() throws IOException {
        Fact bare = new Fact(RelationType.ORG_COUNTRY.name(), "company=Elbit Systems; country=ISR", List.of("d"), 1,
                null, null, 0.9, Map.of(Role.COMPANY.jsonName(), List.of(new FactArgument("Elbit Systems", null, null, 1)),
                        Role.COUNTRY.jsonName(), List.of(new FactArgument("Israel", "ISR", null, 1))), Map.of(),
                new BestEvidence("d", "Israel's Elbit Systems", 0.9));
        CSVRecord row = records(csv(List.of(bare))).get(0);
        assertEquals("Elbit Systems", row.get("company"));
        assertEquals("ISR", row.get("country_iso3"));
        assertEquals("", row.get("years"));
        assertEquals("", row.get("first_date"));
    }
}
