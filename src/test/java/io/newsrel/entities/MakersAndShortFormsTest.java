package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.TestPipeline;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Makers under former and short names, and system forms whose spelling or neighbours used to
 * lose them, through the whole pipeline (the sentences are written after defence news).
 */
class MakersAndShortFormsTest {

    /** Each mention text of the given type, with the canonical name of its entity. */
    private static Map<String, String> mentions(String text, EntityType type) {
        return byMention(TestPipeline.get().process(NewsDocument.of("t", text)), type);
    }

    private static Map<String, String> byMention(ExtractionResult r, EntityType type) {
        return r.entitiesOfType(type).stream()
                .flatMap(e -> e.mentions().stream().map(m -> Map.entry(m.text(), e.name())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    @Test
    void aPlaceNamedMakerCountsBeforeADesignationOnly() {
        Map<String, String> companies = mentions("Jakarta also looked at the Chengdu J-10C fighter. Troops of the"
                + " Chengdu Military Region reached the border. The air force flies Shenyang F-6 jets.",
                EntityType.COMPANY);
        assertEquals("Chengdu Aircraft Industry Group", companies.get("Chengdu"));
        assertEquals("Shenyang Aircraft Corporation", companies.get("Shenyang"));
        ExtractionResult r = TestPipeline.get().process(NewsDocument.of("t",
                "Troops of the Chengdu Military Region reached the border. Chengdu hosted an air show."));
        assertTrue(r.entitiesOfType(EntityType.COMPANY).isEmpty(), () -> "no company in " + r.entitiesOfType(EntityType.COMPANY));
    }

    @Test
    void formerMakersHaveTheirOwnNames() {
        Map<String, String> companies = mentions("Among the bidders was British Aerospace, which was to deliver 24"
                + " Hawk 100 fighters. Agusta of Italy would supply 30 light utility helicopters. Bangladesh received"
                + " four MAPO MiG-29 fighters.", EntityType.COMPANY);
        assertEquals("British Aerospace", companies.get("British Aerospace"));
        assertEquals("Agusta", companies.get("Agusta"));
        assertEquals("Russian Aircraft Corporation MiG", companies.get("MAPO"));
    }

    @Test
    void systemsKeepTheirNamesBesideNamesAndWithoutHyphens() {
        String text = "Morocco purchased 24 Apache attack helicopters and PATRIOT Air Defense systems from the United"
                + " States. Germany delivered an American-made Patriot air defense system to Ukraine. Congress could"
                + " stop the sale of 48 F15 jet fighters to Riyadh. Thailand received 28 VT4 battle tanks from China.";
        ExtractionResult r = TestPipeline.get().process(NewsDocument.of("t", text));
        Map<String, String> systems = byMention(r, EntityType.SYSTEM);
        assertEquals("Patriot", systems.get("PATRIOT"));
        assertEquals("Patriot", systems.get("Patriot"));
        assertEquals("F-15", systems.get("F15"));
        assertEquals("VT-4", systems.get("VT4"));
        assertFalse(r.entitiesOfType(EntityType.COMPANY).stream().map(Entity::name).anyMatch(n -> n.contains("PATRIOT")),
                "the system's name with words after it is no company");
    }

    @Test
    void pluralsOriginsUnitsAndVariantsOfSystems() {
        String text = "The Jordanian army received eight Black Hawks from the United States. Morocco is already using French"
                + " Heron drones. The Puma Squadron operates 14 Gripen fighters. Pakistan bought 320 T-80UD tanks;"
                + " the T-80 design is Soviet. Iran displayed Russian-made Sukhoi-24 attack planes.";
        ExtractionResult r = TestPipeline.get().process(NewsDocument.of("t", text));
        Map<String, String> systems = byMention(r, EntityType.SYSTEM);
        assertEquals("UH-60 Black Hawk", systems.get("Black Hawk"), () -> "plural ending left out: " + systems);
        assertEquals("Heron", systems.get("Heron"), () -> "a nationality before an ambiguous name: " + systems);
        assertFalse(systems.containsKey("Puma"), () -> "a squadron's name is no system: " + systems);
        assertEquals("T-80UD", systems.get("T-80"), () -> "one family, one entity: " + systems);
        assertEquals("Su-24", systems.get("Sukhoi-24"));
        ExtractionResult heron2 = TestPipeline.get().process(NewsDocument.of("t",
                "Japan is testing the Israeli-made Heron-2 unmanned aerial system."));
        assertTrue(heron2.entitiesOfType(EntityType.SYSTEM).stream().flatMap(e -> e.mentions().stream())
                .noneMatch(m -> m.text().equals("Heron")), () -> "Heron-2 is named in full: "
                + heron2.entitiesOfType(EntityType.SYSTEM));
        assertTrue(r.entitiesOfType(EntityType.COMPANY).stream().noneMatch(e -> e.name().equals("Sukhoi")),
                () -> "Sukhoi of Sukhoi-24 is no company: " + r.entitiesOfType(EntityType.COMPANY));
    }
}
