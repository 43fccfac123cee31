package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryGazetteerTest {

    private static final CountryGazetteer GAZETTEER = CountryGazetteer.load(List.of());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Morocco|MAR|NAME",
            "Israeli|ISR|DEMONYM",
            "Moroccan|MAR|DEMONYM",
            "Emirati|ARE|DEMONYM",
            "U.S.|USA|ALIAS",
            "the United States|USA|NAME",
            "Republic of Korea|KOR|ALIAS",
            "ROK|KOR|ALIAS",
            "Türkiye|TUR|ALIAS",
            "Israel's|ISR|NAME",
            "Rabat|MAR|CAPITAL",
            "Tehran|IRN|CAPITAL",
            "Norwegian|NOR|DEMONYM",
            "Singapore|SGP|NAME",
    })
    void surfaceFormsLinkToIso3(String surface, String iso3, CountryGazetteer.Kind kind) {
        CountryGazetteer.Country country = GAZETTEER.lookup(surface).orElseThrow(() -> new AssertionError(surface));
        assertEquals(iso3, country.iso3());
        assertEquals(kind, country.kind());
    }

    @Test
    void territoriesAndRegionsAreNotCountries() {
        assertTrue(GAZETTEER.lookup("Western Sahara").isEmpty());
        assertTrue(GAZETTEER.lookup("Middle East").isEmpty());
        assertTrue(GAZETTEER.lookup("Sahel").isEmpty());
    }

    @Test
    void userFilesAreMergedAndCheckedLineByLine(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra.tsv");
        Files.writeString(extra, "# mine\nMAR\talias\tSharifian Kingdom\n");
        assertEquals("MAR", CountryGazetteer.load(List.of(extra)).lookup("Sharifian Kingdom").orElseThrow().iso3());
        Files.writeString(extra, "MAR\tnickname\tX\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryGazetteer.load(List.of(extra)));
        assertTrue(e.getMessage().contains(":1"), e.getMessage());
        Files.writeString(extra, "XYZ\talias\tNowhere\n");
        assertThrows(IllegalArgumentException.class, () -> CountryGazetteer.load(List.of(extra)));
    }
}
