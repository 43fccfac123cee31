package io.newsrel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.output.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary's counts come in the same order in every run: sorted by type. */
class RunSummaryTest {

    @Test
    void countsAreSortedByTypeWhateverOrderTheyCameIn() {
        Map<String, Long> entities = new LinkedHashMap<>();
        for (String type : List.of("SYSTEM", "COUNTRY", "QUANTITY", "DATE", "PERSON", "COMPANY", "MONEY", "MISC",
                "LOCATION", "MILITARY", "GOVERNMENT", "ORGANIZATION")) {
            entities.put(type, (long) type.length());
        }
        Map<String, Long> relations = new LinkedHashMap<>();
        for (String type : List.of("PERSON_ROLE", "ORG_COUNTRY", "LOCAL_PRODUCTION", "COOPERATION_AGREEMENT",
                "ARMS_TRANSFER")) {
            relations.put(type, 1L);
        }
        RunSummary summary = new RunSummary(5, 0, 0, entities, relations, 100, 1, 1, 5, 100, 2);

        assertEquals(List.of("COMPANY", "COUNTRY", "DATE", "GOVERNMENT", "LOCATION", "MILITARY", "MISC", "MONEY",
                "ORGANIZATION", "PERSON", "QUANTITY", "SYSTEM"), List.copyOf(summary.entitiesByType().keySet()));
        assertEquals("{ARMS_TRANSFER=1, COOPERATION_AGREEMENT=1, LOCAL_PRODUCTION=1, ORG_COUNTRY=1, PERSON_ROLE=1}",
                summary.relationsByType().toString());
        RunSummary read = Json.MAPPER.convertValue(Json.MAPPER.valueToTree(summary), RunSummary.class);
        assertEquals(Json.line(summary), Json.line(read));
    }
}
