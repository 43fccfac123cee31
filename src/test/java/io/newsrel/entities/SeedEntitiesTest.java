package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The seed article's systems, companies and armed forces, as the entities issue demands. */
class SeedEntitiesTest {

    private static ExtractionResult result;

    @BeforeAll
    static void process() {
        result = TestPipeline.get().process(Corpus.seed());
    }

    private static Set<String> texts(EntityType type) {
        return result.entitiesOfType(type).stream()
                .flatMap(e -> e.mentions().stream().map(m -> m.text()))
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource({
            "Barak MX, Barak MX",
            "PULS, PULS",
            "Heron, Heron",
            "ATMOS, ATMOS 2000",
            "Atmos 2000, ATMOS 2000",
            "SPYDER, SPYDER",
            "LORA, LORA",
            "Ofek 13, Ofek 13",
            "SpyX, SpyX",
            "SPY X, SpyX",
    })
    void seedSystemsAreIsraeliSystemsWithCanonicalNames(String mention, String canonical) {
        Entity system = result.entitiesOfType(EntityType.SYSTEM).stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .findFirst().orElseThrow(() -> new AssertionError("no SYSTEM mention '" + mention + "' in "
                        + result.entitiesOfType(EntityType.SYSTEM)));
        assertEquals(canonical, system.name());
        assertEquals("ISR", system.attrs().get("country"));
        assertEquals("gazetteer", system.source());
    }

    @Test
    void rawCoreNlpMistakesAreGone() {
        assertFalse(texts(EntityType.PERSON).contains("Barak"), "no PERSON Barak");
        assertFalse(result.entitiesOfType(EntityType.COUNTRY).stream().anyMatch(e -> e.mentions().stream()
                .anyMatch(m -> m.text().equals("MX"))), "no COUNTRY MX");
        assertFalse(result.entitiesOfType(EntityType.DATE).stream().anyMatch(e -> e.mentions().stream()
                .anyMatch(m -> m.text().equals("2000"))), "no DATE 2000");
        assertFalse(texts(EntityType.ORGANIZATION).contains("Ofek"));
    }

    @Test
    void armedForcesAreNotCompaniesAndCompaniesAreLinked() {
        Set<String> companies = result.entitiesOfType(EntityType.COMPANY).stream().map(Entity::name).collect(Collectors.toSet());
        assertFalse(companies.contains("Royal Armed Forces"));
        assertFalse(companies.contains("Israeli Defense Forces"));
        Set<String> military = result.entitiesOfType(EntityType.MILITARY).stream().map(Entity::name).collect(Collectors.toSet());
        assertTrue(military.containsAll(Set.of("Royal Armed Forces", "Israeli Defense Forces")), military::toString);
        for (String company : Set.of("Elbit Systems", "Israel Aerospace Industries", "BlueBird Aero Systems")) {
            Entity e = result.entitiesOfType(EntityType.COMPANY).stream().filter(c -> c.name().equals(company))
                    .findFirst().orElseThrow(() -> new AssertionError(company + " not in " + companies));
            assertEquals("ISR", e.attrs().get("country"), company);
        }
    }

    @Test
    void moneyAndDatesAreNormalised() {
        Entity money = result.entitiesOfType(EntityType.MONEY).get(0);
        assertEquals("1000000000", money.attrs().get("amount"));
        assertEquals("USD", money.attrs().get("currency"));
        Set<String> dates = result.entitiesOfType(EntityType.DATE).stream().map(Entity::name).collect(Collectors.toSet());
        assertTrue(dates.containsAll(Set.of("2020", "2022", "2024", "2024-04", "2025", "2026")), dates::toString);
    }
}
