package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.TestPipeline;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import io.newsrel.model.NewsDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Gazetteer, pattern, NER and country words together, through the real pipeline. */
class EntityFusionTest {

    private static ExtractionResult process(String text) {
        return TestPipeline.get().process(NewsDocument.of("t", text));
    }

    private static Optional<Entity> named(ExtractionResult r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void unseenDesignationsNextToACategoryWordArePatternSystems() {
        ExtractionResult r = process("Ruritania ordered 24 XK-77B self-propelled howitzers and two Type 999A frigates.");
        Entity howitzer = named(r, "XK-77B").orElseThrow(() -> new AssertionError(r.entities()));
        assertEquals(EntityType.SYSTEM, howitzer.type());
        assertEquals("pattern", howitzer.source());
        assertEquals("howitzer", howitzer.attrs().get("category"));
        assertTrue(howitzer.confidence() < 0.9);
        assertEquals(EntityType.SYSTEM, named(r, "Type 999A").orElseThrow().type());
    }

    /**
     * The pattern rules need a category word. (The learned recognizer, on by default, may still
     * propose such a designation from its shape alone, with source "model" and its probability.)
     */
    @Test
    void aDesignationWithoutACategoryWordIsNotGuessedByThePatternRules() {
        ExtractionResult r = process("The XK-77B team met in Geneva.");
        assertTrue(named(r, "XK-77B").filter(e -> e.type() == EntityType.SYSTEM && !e.source().equals("model")).isEmpty(),
                r.entities()::toString);
    }

    /** SPEC-gold: a country named by name or demonym inside an armed force's name counts; a company's does not. */
    @Test
    void anArmedForceNamesItsCountry() {
        ExtractionResult r = process("P-8A customers include the Royal Australian Navy and the Indian Navy.");
        List<String> codes = r.entitiesOfType(EntityType.COUNTRY).stream().map(Entity::kbId).sorted().toList();
        assertEquals(List.of("AUS", "IND"), codes, r.entities()::toString);
        for (Entity country : r.entitiesOfType(EntityType.COUNTRY)) {
            assertTrue(country.mentions().stream().allMatch(Mention::nested), country::toString);
        }
    }

    @Test
    void hyphenatedCompoundsNameEachCountry() {
        ExtractionResult r = process("The Anglo-Swedish consortium and the Israel-Morocco committee met.");
        List<String> codes = r.entitiesOfType(EntityType.COUNTRY).stream().map(Entity::kbId).sorted().toList();
        assertEquals(List.of("GBR", "ISR", "MAR", "SWE"), codes);
        for (Entity country : r.entitiesOfType(EntityType.COUNTRY)) {
            for (Mention m : country.mentions()) {
                assertEquals(m.text(), r.document().text().substring(m.start(), m.end()));
            }
        }
    }

    @Test
    void aCapitalIsItsCountryOnlyWhenItActs() {
        ExtractionResult acting = process("Rabat seeks to diversify its suppliers.");
        assertEquals("MAR", acting.entitiesOfType(EntityType.COUNTRY).get(0).kbId());
        ExtractionResult place = process("The delegation flew to Rabat on Monday.");
        assertTrue(place.entitiesOfType(EntityType.COUNTRY).isEmpty(), place.entities()::toString);
        assertEquals("MAR", place.entitiesOfType(EntityType.LOCATION).get(0).attrs().get("capitalOf"));
    }

    @Test
    void moneyIsAmountAndCurrency() {
        Entity money = process("The contract is worth $800 million.").entitiesOfType(EntityType.MONEY).get(0);
        assertEquals("800000000", money.attrs().get("amount"));
        assertEquals("USD", money.attrs().get("currency"));
    }

    /** Issue 17: no entity is named by two letters; the words written apart from an amount are part of it. */
    @Test
    void amountsCoverTheirCurrencyAndScaleAndShortFormsTakeTheirFullNames() {
        ExtractionResult r = process("Poland will buy launchers in a deal valued up to USD 10 bn, the Pentagon said. "
                + "Hungary is an EU partner. The two companies had inked a Rs 4,600-crore deal with the ministry.");
        Entity dollars = named(r, "USD 10 bn").orElseThrow(() -> new AssertionError(r.entities()));
        assertEquals(EntityType.MONEY, dollars.type());
        assertEquals("USD", dollars.attrs().get("currency"));
        assertEquals("10000000000", dollars.attrs().get("amount"));
        assertEquals("INR", named(r, "Rs 4,600-crore").orElseThrow(() -> new AssertionError(r.entities()))
                .attrs().get("currency"));
        Entity union = named(r, "European Union").orElseThrow(() -> new AssertionError(r.entities()));
        assertEquals(List.of("EU"), union.mentions().stream().map(Mention::text).toList());
        assertTrue(r.entities().stream().noneMatch(e -> e.name().strip().length() <= 2 && !e.name().matches(".*\\d.*")),
                r.entities()::toString);
    }
}
