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
import io.newsrel.model.Attribute;
import io.newsrel.model.Money;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
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

    private static String name(Relation r, Role role) {
        return r.entities(role, result).stream().map(Entity::name).findFirst().orElse(null);
    }

    private static Relation transfer(String system) {
        return result.relations().stream()
                .filter(r -> r.type() == RelationType.ARMS_TRANSFER && system.equals(name(r, Role.SYSTEM)))
                .findFirst().orElseThrow(() -> new AssertionError("no transfer of " + system + " in " + result.relations()));
    }

    private static void assertMarFromIsr(Relation r) {
        assertEquals("MAR", result.entity(r.args().id(Role.RECIPIENT).orElseThrow()).orElseThrow().kbId());
        assertEquals("ISR", r.attrs().get(Attribute.SUPPLIER_COUNTRY).orElse(null));
        assertEquals("ISR", result.entity(r.args().id(Role.SUPPLIER_COUNTRY).orElseThrow()).orElseThrow().kbId());
    }

    @Test
    void atmosSelectedFromElbit() {
        Relation r = transfer("ATMOS 2000");
        assertMarFromIsr(r);
        assertEquals("Elbit Systems", name(r, Role.SUPPLIER_COMPANY));
        assertEquals(36L, ((Number) r.attrs().get(Attribute.QUANTITY).orElse(null)).longValue());
        assertEquals(2025, r.attrs().get(Attribute.YEAR).orElse(null));
        assertEquals(Status.SELECTED, r.attrs().get(Attribute.STATUS).orElse(null));
        assertTrue(r.evidence().stream().anyMatch(e -> e.text().contains("Morocco selected Israeli company Elbit Systems")));
    }

    @Test
    void barakMxFromIai() {
        Relation r = transfer("Barak MX");
        assertMarFromIsr(r);
        assertEquals("Israel Aerospace Industries", name(r, Role.SUPPLIER_COMPANY));
        assertEquals(2022, r.attrs().get(Attribute.YEAR).orElse(null));
    }

    @Test
    void ofekOrderedFromIaiForOneBillionDollars() {
        Relation r = transfer("Ofek 13");
        assertMarFromIsr(r);
        assertEquals("Israel Aerospace Industries", name(r, Role.SUPPLIER_COMPANY));
        assertEquals(2L, ((Number) r.attrs().get(Attribute.QUANTITY).orElse(null)).longValue());
        assertEquals(new Money(new BigDecimal("1000000000"), "USD"), r.attrs().get(Attribute.VALUE).orElse(null));
        assertEquals(2024, r.attrs().get(Attribute.YEAR).orElse(null));
        assertEquals(Status.ORDERED, r.attrs().get(Attribute.STATUS).orElse(null));
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
                && "MAR".equals(r.attrs().get(Attribute.SUPPLIER_COUNTRY).orElse(null))), result.relations()::toString);
    }

    @Test
    void actionPlanBetweenIsraelAndMorocco() {
        Relation r = result.relations().stream().filter(x -> x.type() == RelationType.COOPERATION_AGREEMENT)
                .findFirst().orElseThrow();
        assertEquals(List.of("ISR", "MAR"), r.attrs().get(Attribute.PARTY_COUNTRIES).orElse(null));
        assertEquals(2026, r.attrs().get(Attribute.YEAR).orElse(null));
        assertEquals("action plan", r.attrs().get(Attribute.KIND).orElse(null));
    }

    @Test
    void blueBirdProducesSpyXInMorocco() {
        Relation r = result.relations().stream().filter(x -> x.type() == RelationType.LOCAL_PRODUCTION)
                .findFirst().orElseThrow();
        assertEquals("BlueBird Aero Systems", name(r, Role.COMPANY));
        assertEquals("Morocco", name(r, Role.HOST_COUNTRY));
        assertEquals(List.of("SpyX"), r.args().ids(Role.SYSTEM).stream()
                .map(id -> result.entity(id.toString()).orElseThrow().name()).toList());
    }

    @Test
    void ronenNadirIsBlueBirdsCeo() {
        Relation r = result.relations().stream().filter(x -> x.type() == RelationType.PERSON_ROLE)
                .findFirst().orElseThrow(() -> new AssertionError(result.relations().toString()));
        assertEquals("Ronen Nadir", name(r, Role.PERSON));
        assertEquals("BlueBird Aero Systems", name(r, Role.ORGANIZATION));
        assertEquals("CEO", r.attrs().get(Attribute.TITLE).orElse(null));
    }

    @Test
    void confidencesAreProbabilitiesAndEvidencePointsAtTheText() {
        for (Relation r : result.relations()) {
            assertTrue(r.confidence() > 0 && r.confidence() <= 1, r.toString());
            r.evidence().forEach(e -> assertEquals(e.text(), result.document().text().substring(e.start(), e.end())));
        }
    }
}
