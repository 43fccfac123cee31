package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.model.CharSpan;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Mention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SystemFamiliesTest {

    @Test
    void aVariantBelongsToItsFamily() {
        String[][] pairs = {{"T-80", "T-80UD"}, {"Heron", "Heron-2"}, {"Mirage", "Mirage F1"},
            {"Wing Loong", "Wing Loong II"}, {"MEKO-class", "MEKO A-200"}, {"JAS-39C/D", "JAS-39 Gripen"},
            {"Mk 54", "Mk-54 Lightweight Hybrid Torpedo"}};
        for (String[] pair : pairs) {
            assertTrue(SystemFamilies.isMember(pair[0], pair[1]), pair[0] + " / " + pair[1]);
        }
    }

    @Test
    void aFamilyEndsAtAWordOrDesignationBoundary() {
        String[][] pairs = {{"F-1", "F-16"}, {"Heron", "Herons"}, {"T-80UD", "T-80"}, {"T-80", "T-80"},
            {"Su-30MK", "Su-35"}, {"F", "F-16"}};
        for (String[] pair : pairs) {
            assertFalse(SystemFamilies.isMember(pair[0], pair[1]), pair[0] + " / " + pair[1]);
        }
    }

    private static MentionCandidate system(String text, String surface, String name, String category, String source) {
        int start = text.indexOf(surface);
        Map<String, String> attrs = category == null ? Map.of() : Map.of(GazetteerEntry.CATEGORY, category);
        return new MentionCandidate(0, new CharSpan(start, start + surface.length()), EntityType.SYSTEM, name, null,
                attrs, 0.9, source);
    }

    @Test
    void theGrouperFoldsAFamilyIntoItsOneVariantAndKeepsTheFamilysFacts() {
        String text = "Pakistan bought T-80UD tanks; the T-80 is Soviet.";
        List<Entity> entities = new EntityGrouper().group(List.of(
                system(text, "T-80UD", "T-80UD", null, "pattern"),
                system(text, "T-80 ", "T-80", "tank", "gazetteer")), text);
        assertEquals(1, entities.size());
        assertEquals("T-80UD", entities.get(0).name());
        assertEquals("tank", entities.get(0).attrs().get(GazetteerEntry.CATEGORY));
        assertEquals(List.of("T-80UD", "T-80 "), entities.get(0).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aFamilyOfTwoVariantsOrOfAnotherCategoryStaysApart() {
        String twoVariants = "Mirage 2000 and Mirage F1 jets; the Mirage flew.";
        assertEquals(3, new EntityGrouper().group(List.of(
                system(twoVariants, "Mirage 2000", "Mirage 2000", "fighter", "gazetteer"),
                system(twoVariants, "Mirage F1", "Mirage F1", "fighter", "gazetteer"),
                system(twoVariants, "Mirage flew", "Mirage", null, "model")), twoVariants).size());
        String categories = "Spike missiles and Spike Firefly drones.";
        assertEquals(2, new EntityGrouper().group(List.of(
                system(categories, "Spike ", "Spike", "anti-tank-missile", "gazetteer"),
                system(categories, "Spike Firefly", "Spike Firefly", "loitering-munition", "gazetteer")),
                categories).size());
    }
}
