package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.model.EntityType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityGazetteersTest {

    private static final CountryGazetteer COUNTRIES = CountryGazetteer.load(List.of());

    private static List<GazetteerEntry> companies(String tsv) {
        return EntityGazetteers.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv",
                EntityType.COMPANY, COUNTRIES);
    }

    @Test
    void anAliasMarkedWithATildeIsAmbiguousAloneTheRowIsNot() {
        GazetteerEntry chengdu = companies("Chengdu Aircraft Industry Group\tChengdu Aircraft|~Chengdu\tCHN\t\tfighters\n")
                .get(0);
        assertEquals(List.of("Chengdu Aircraft", "Chengdu"), chengdu.aliases());
        assertFalse(chengdu.ambiguous());
        assertTrue(chengdu.ambiguous("Chengdu"));
        assertFalse(chengdu.ambiguous("Chengdu Aircraft"));

        GazetteerMatcher matcher = new GazetteerMatcher(List.of(chengdu));
        List<GazetteerMatcher.Match> matches = matcher.find(GazetteerMatcherTest.tokens("the Chengdu Aircraft plant in Chengdu"));
        assertEquals(2, matches.size());
        assertFalse(matches.get(0).ambiguous(), "the long form names the company");
        assertTrue(matches.get(1).ambiguous(), "the city's name alone needs its context");
    }

    @Test
    void shippedFormerNamesNameTheirMakers() {
        List<GazetteerEntry> shipped = EntityGazetteers.load(List.of(), List.of(), COUNTRIES);
        GazetteerMatcher matcher = new GazetteerMatcher(shipped);
        for (String[] form : new String[][] {
                {"British Aerospace", "British Aerospace"}, {"Agusta", "Agusta"},
                {"MAPO", "Russian Aircraft Corporation MiG"}, {"Chengdu", "Chengdu Aircraft Industry Group"},
                {"Shenyang", "Shenyang Aircraft Corporation"}}) {
            List<GazetteerMatcher.Match> matches = matcher.find(GazetteerMatcherTest.tokens(form[0]));
            assertEquals(1, matches.size(), form[0]);
            assertEquals(form[1], matches.get(0).entry().name(), form[0]);
        }
    }
}
