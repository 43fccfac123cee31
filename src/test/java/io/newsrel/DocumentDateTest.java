package io.newsrel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.NewsDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The publication date reaches CoreNLP, so relative dates resolve against it. */
class DocumentDateTest {

    private static List<String> dates(NewsDocument document) {
        return TestPipeline.get().process(document).entitiesOfType(EntityType.DATE).stream()
                .map(Entity::name).toList();
    }

    @Test
    void lastYearResolvesAgainstThePublicationDate() {
        String text = "The navy ordered four patrol boats last year.";
        assertEquals(List.of("2023"), dates(new NewsDocument("d1", text, LocalDate.of(2024, 12, 17), null, null, Map.of())));
        assertEquals(List.of("2019"), dates(new NewsDocument("d2", text, LocalDate.of(2020, 3, 1), null, null, Map.of())));
    }
}
