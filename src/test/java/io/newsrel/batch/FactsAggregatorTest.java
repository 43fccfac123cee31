package io.newsrel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Evidence;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import io.newsrel.model.Money;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsAggregatorTest {

    private static final String TEXT = "Morocco bought Heron drones from Israel.";

    /** A document stating MAR <- ISR Heron, with entity ids that differ per document. */
    private static ExtractionResult document(String id, LocalDate date, String prefix, int quantity, double confidence) {
        Entity mar = new Entity(prefix + "1", EntityType.COUNTRY, "Morocco", "MAR", Map.of(),
                List.of(new Mention(0, 7, "Morocco", 0)), 0.9, "ner");
        Entity heron = new Entity(prefix + "2", EntityType.SYSTEM, "Heron", null, Map.of(),
                List.of(new Mention(15, 20, "Heron", 0)), 0.9, "gazetteer");
        Entity isr = new Entity(prefix + "3", EntityType.COUNTRY, "Israel", "ISR", Map.of(),
                List.of(new Mention(33, 39, "Israel", 0)), 0.9, "ner");
        Relation transfer = new Relation("r1", RelationType.ARMS_TRANSFER,
                Arguments.builder().add(Role.RECIPIENT, mar.id()).add(Role.SUPPLIER_COUNTRY, isr.id())
                        .add(Role.SYSTEM, heron.id()).build(),
                Attributes.builder().put(Attribute.QUANTITY, (long) quantity).put(Attribute.STATUS, Status.ORDERED).build(),
                confidence,
                List.of(new Evidence(0, 0, TEXT.length(), TEXT)), "test");
        return new ExtractionResult(new NewsDocument(id, TEXT, date, null, null, Map.of()), List.of(),
                List.of(mar, heron, isr), List.of(transfer));
    }

    @Test
    void oneFactPerKeyAcrossDocumentsWithEveryValueCounted() throws Exception {
        FactsAggregator facts = new FactsAggregator();
        facts.add(document("b", LocalDate.of(2024, 5, 1), "x", 4, 0.6));
        facts.add(document("a", LocalDate.of(2023, 1, 9), "e", 4, 0.8));
        facts.add(document("c", null, "q", 6, 0.5));
        List<FactsAggregator.Fact> all = facts.facts();
        assertEquals(1, all.size());
        FactsAggregator.Fact fact = all.get(0);
        assertEquals("recipient=MAR; supplierCountry=ISR; system=Heron", fact.key());
        assertEquals(List.of("a", "b", "c"), fact.documents());
        assertEquals(3, fact.mentions());
        assertEquals("2023-01-09", fact.firstDate());
        assertEquals("2024-05-01", fact.lastDate());
        assertEquals(Map.of("4", 2, "6", 1), fact.attributes().get("quantity"));
        assertEquals("a", fact.bestEvidence().document());
        assertEquals(0.8, fact.confidence());

        assertEquals(List.of(new FactsAggregator.FactArgument("Morocco", "MAR", null, 3)),
                fact.arguments().get(Role.RECIPIENT.jsonName()));
        assertEquals(List.of(new FactsAggregator.FactArgument("Heron", null, null, 3)),
                fact.arguments().get(Role.SYSTEM.jsonName()));

        StringWriter csv = new StringWriter();
        facts.writeCsv(csv);
        assertEquals(2, csv.toString().lines().count(), "header and one fact");
    }

    @Test
    void listAttributesCountEachValueAndMoneyIsAmountAndCurrency() {
        ExtractionResult doc = document("a", null, "e", 4, 0.7);
        Relation r = doc.relations().get(0);
        Relation withLists = new Relation(r.id(), r.type(), r.args(), r.attrs().toBuilder()
                .put(Attribute.YEARS, List.of(2021, 2023)).put(Attribute.VALUE, new Money(new BigDecimal("1.5E9"), "USD"))
                .build(), r.confidence(), r.evidence(), r.rule());
        FactsAggregator facts = new FactsAggregator();
        facts.add(new ExtractionResult(doc.document(), doc.sentences(), doc.entities(), List.of(withLists)));
        facts.add(document("b", null, "x", 4, 0.7));
        FactsAggregator.Fact fact = facts.facts().get(0);
        assertEquals(Map.of("2021", 1, "2023", 1), fact.attributes().get(Attribute.YEARS.jsonName()));
        assertEquals(Map.of("1500000000 USD", 1), fact.attributes().get(Attribute.VALUE.jsonName()));
    }

    @Test
    void aSupplierKnownOnlyByItsCodeIsAnArgumentWithoutName() {
        ExtractionResult doc = document("a", null, "e", 4, 0.7);
        Relation r = doc.relations().get(0);
        Relation codeOnly = new Relation(r.id(), r.type(),
                Arguments.builder().add(Role.RECIPIENT, "e1").add(Role.SYSTEM, "e2").build(),
                r.attrs().toBuilder().put(Attribute.SUPPLIER_COUNTRY, "ISR").build(), r.confidence(), r.evidence(), r.rule());
        FactsAggregator facts = new FactsAggregator();
        facts.add(new ExtractionResult(doc.document(), doc.sentences(), doc.entities(), List.of(codeOnly)));
        FactsAggregator.Fact fact = facts.facts().get(0);
        assertEquals("recipient=MAR; supplierCountry=ISR; system=Heron", fact.key());
        assertEquals(List.of(new FactsAggregator.FactArgument(null, "ISR", null, 1)),
                fact.arguments().get(Role.SUPPLIER_COUNTRY.jsonName()));
    }

    @Test
    void partsMergedGiveWhatOneAggregatorOverTheWholeBatchGives() {
        ExtractionResult a = document("a", LocalDate.of(2023, 1, 9), "e", 4, 0.7);
        ExtractionResult b = document("b", LocalDate.of(2024, 5, 1), "x", 6, 0.7);
        ExtractionResult c = document("c", null, "q", 4, 0.5);
        FactsAggregator whole = new FactsAggregator();
        List.of(a, b, c).forEach(whole::add);
        FactsAggregator first = new FactsAggregator();
        first.add(c);
        first.add(b);
        FactsAggregator second = new FactsAggregator();
        second.add(a);

        FactsAggregator merged = first.merge(second);

        assertEquals(whole.facts(), merged.facts());
        FactsAggregator.Fact fact = merged.facts().get(0);
        assertEquals(List.of("a", "b", "c"), fact.documents());
        assertEquals(3, fact.mentions());
        assertEquals("2023-01-09", fact.firstDate());
        assertEquals("2024-05-01", fact.lastDate());
        assertEquals(Map.of("4", 2, "6", 1), fact.attributes().get("quantity"));
    }

    @Test
    void amongEquallyConfidentMentionsTheFirstDocumentGivesTheBestEvidenceWhateverTheOrder() {
        FactsAggregator later = new FactsAggregator();
        later.add(document("b", null, "x", 4, 0.7));
        later.add(document("a", null, "e", 4, 0.7));
        FactsAggregator earlier = new FactsAggregator();
        earlier.add(document("a", null, "e", 4, 0.7));
        earlier.add(document("b", null, "x", 4, 0.7));

        assertEquals("a", later.facts().get(0).bestEvidence().document());
        assertEquals(earlier.facts(), later.facts());
    }
}
