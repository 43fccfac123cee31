package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.model.Entity;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relations the seed article must yield, as the relations issue lists them. */
class SeedRelationsTest {

    private static ExtractionResult result;

    @BeforeAll
    static void process() {
        result = TestPipeline.get().process(Corpus.seed());
    }

    private static String name(Relation r, String role) {
        Object id = r.args().get(role);
        return id == null ? null : result.entity(id.toString()).map(Entity::name).orElse(null);
    }

    private static Relation transfer(String system) {
        return result.relations().stream()
                .filter(r -> r.type() == RelationType.ARMS_TRANSFER && system.equals(name(r, "system")))
                .findFirst().orElseThrow(() -> new AssertionError("no transfer of " + system + " in " + result.relations()));
    }

    private static void assertMarFromIsr(Relation r) {
        assertEquals("MAR", result.entity((String) r.args().get("recipient")).orElseThrow().kbId());
        assertEquals("ISR", r.attrs().get("supplierCountry"));
        assertEquals("ISR", result.entity((String) r.args().get("supplierCountry")).orElseThrow().kbId());
    }

    @Test
    void atmosSelectedFromElbit() {
        Relation r = transfer("ATMOS 2000");
        assertMarFromIsr(r);
        assertEquals("Elbit Systems", name(r, "supplierCompany"));
        assertEquals(36L, ((Number) r.attrs().get("quantity")).longValue());
        assertEquals(2025, r.attrs().get("year"));
        assertEquals("SELECTED", r.attrs().get("status"));
        assertTrue(r.evidence().stream().anyMatch(e -> e.text().contains("Morocco selected Israeli company Elbit Systems")));
    }

    @Test
    void barakMxFromIai() {
        Relation r = transfer("Barak MX");
        assertMarFromIsr(r);
        assertEquals("Israel Aerospace Industries", name(r, "supplierCompany"));
        assertEquals(2022, r.attrs().get("year"));
    }

    @Test
    void ofekOrderedFromIaiForOneBillionDollars() {
        Relation r = transfer("Ofek 13");
        assertMarFromIsr(r);
        assertEquals("Israel Aerospace Industries", name(r, "supplierCompany"));
        assertEquals(2L, ((Number) r.attrs().get("quantity")).longValue());
        assertEquals(Map.of("amount", new BigDecimal("1000000000"), "currency", "USD"), r.attrs().get("value"));
        assertEquals(2024, r.attrs().get("year"));
        assertEquals("ORDERED", r.attrs().get("status"));
    }

    @Test
    void everyListedAcquisitionIsATransfer() {
        for (String system : List.of("PULS", "Heron", "SPYDER", "LORA")) {
            assertMarFromIsr(transfer(system));
        }
    }

    @Test
    void noTransferFromMoroccoToIsrael() {
        assertFalse(result.relations().stream().anyMatch(r -> r.type() == RelationType.ARMS_TRANSFER
                && "MAR".equals(r.attrs().get("supplierCountry"))), result.relations()::toString);
    }

    @Test
    void actionPlanBetweenIsraelAndMorocco() {
        Relation r = result.relations().stream().filter(x -> x.type() == RelationType.COOPERATION_AGREEMENT)
                .findFirst().orElseThrow();
        assertEquals(List.of("ISR", "MAR"), r.attrs().get("partyCountries"));
        assertEquals(2026, r.attrs().get("year"));
        assertEquals("action plan", r.attrs().get("kind"));
    }

    @Test
    void blueBirdProducesSpyXInMorocco() {
        Relation r = result.relations().stream().filter(x -> x.type() == RelationType.LOCAL_PRODUCTION)
                .findFirst().orElseThrow();
        assertEquals("BlueBird Aero Systems", name(r, "company"));
        assertEquals("Morocco", name(r, "hostCountry"));
        assertEquals(List.of("SpyX"), ((List<?>) r.args().get("system")).stream()
                .map(id -> result.entity(id.toString()).orElseThrow().name()).toList());
    }

    @Test
    void ronenNadirIsBlueBirdsCeo() {
        Relation r = result.relations().stream().filter(x -> x.type() == RelationType.PERSON_ROLE)
                .findFirst().orElseThrow(() -> new AssertionError(result.relations().toString()));
        assertEquals("Ronen Nadir", name(r, "person"));
        assertEquals("BlueBird Aero Systems", name(r, "organization"));
        assertEquals("CEO", r.attrs().get("title"));
    }

    @Test
    void confidencesAreProbabilitiesAndEvidencePointsAtTheText() {
        for (Relation r : result.relations()) {
            assertTrue(r.confidence() > 0 && r.confidence() <= 1, r.toString());
            r.evidence().forEach(e -> assertEquals(e.text(), result.document().text().substring(e.start(), e.end())));
        }
    }
}
