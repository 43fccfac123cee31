package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SipriImporterTest {

    private static final CountryGazetteer COUNTRIES = CountryGazetteer.load(List.of());

    private static SipriImporter.Result importFixture() throws IOException {
        try (Reader reader = new InputStreamReader(
                SipriImporterTest.class.getResourceAsStream("/sipri-fixture.csv"), StandardCharsets.UTF_8)) {
            return new SipriImporter(COUNTRIES, d -> Names.compact(d).equals("barakmx")).read(reader);
        }
    }

    @Test
    void oneRowPerDesignationWithCategoryAndOriginCountry() throws IOException {
        SipriImporter.Result result = importFixture();
        assertEquals(7, result.records(), "the quoted comment with a newline is one record");
        assertEquals(List.of(
                new SipriImporter.Row("Fictio 155", "artillery", "ISR", "self-propelled gun"),
                new SipriImporter.Row("Zephyr-7", "helicopter", "USA", "transport helicopter"),
                new SipriImporter.Row("Windhover", "drone", "TUR", "armed UAV")), result.rows());
        assertEquals(1, result.skippedKnown());
        assertEquals(1, result.skippedNoCountry(), "Soviet Union is no present-day state");
    }

    @Test
    void writesTheSystemsGazetteerFormatWhichLoadsBack() throws IOException {
        StringWriter out = new StringWriter();
        SipriImporter.write(importFixture(), "fixture.csv", out);
        List<String> rows = out.toString().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("Fictio 155\t\tartillery\t\tISR\t", "Zephyr-7\t\thelicopter\t\tUSA\t",
                "Windhover\t\tdrone\t\tTUR\t"), rows);
        List<GazetteerEntry> entries = EntityGazetteers.read(
                new java.io.ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "imported",
                io.newsrel.model.EntityType.SYSTEM, COUNTRIES);
        assertEquals(3, entries.size());
        assertEquals("ISR", entries.get(0).attrs().get("country"));
    }
}
