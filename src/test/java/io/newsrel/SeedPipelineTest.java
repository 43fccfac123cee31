package io.newsrel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import io.newsrel.model.Role;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real CoreNLP-backed pipeline on the article that started the project. */
class SeedPipelineTest {

    private static ExtractionResult result;

    @BeforeAll
    static void process() {
        result = TestPipeline.get().process(Corpus.seed());
    }

    private static Set<String> names(EntityType type) {
        return result.entitiesOfType(type).stream().map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void countriesAreLinkedToIso3() {
        Set<String> codes = result.entitiesOfType(EntityType.COUNTRY).stream()
                .map(Entity::kbId).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("MAR", "ISR")), codes::toString);
        Entity israel = result.entitiesOfType(EntityType.COUNTRY).stream()
                .filter(e -> "ISR".equals(e.kbId())).findFirst().orElseThrow();
        assertEquals("Israel", israel.name());
        assertTrue(israel.mentions().stream().anyMatch(m -> m.text().equals("Israeli")),
                "the demonym 'Israeli' is a mention of Israel: " + israel.mentions());
    }

    @Test
    void companiesIncludingTheAcronym() {
        assertTrue(names(EntityType.COMPANY).containsAll(Set.of("Elbit Systems", "Israel Aerospace Industries")),
                names(EntityType.COMPANY)::toString);
        Entity iai = result.entitiesOfType(EntityType.COMPANY).stream()
                .filter(e -> e.name().equals("Israel Aerospace Industries")).findFirst().orElseThrow();
        assertTrue(iai.mentions().stream().anyMatch(m -> m.text().equals("IAI")), iai.mentions()::toString);
    }

    @Test
    void yearsAreNormalisedDates() {
        assertTrue(names(EntityType.DATE).containsAll(Set.of("2022", "2024", "2025")), names(EntityType.DATE)::toString);
    }

    @Test
    void armedForcesAreNotCompanies() {
        assertFalse(names(EntityType.COMPANY).contains("Royal Armed Forces"));
        assertTrue(names(EntityType.MILITARY).contains("Royal Armed Forces"), names(EntityType.MILITARY)::toString);
    }

    @Test
    void everyMentionAndTokenPointsAtItsText() {
        String text = result.document().text();
        for (Entity entity : result.entities()) {
            for (Mention m : entity.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()), entity.toString());
                Sentence sentence = result.sentences().get(m.sentence());
                assertTrue(sentence.span().contains(m.span()), m + " outside its sentence " + sentence.span());
            }
        }
        for (Sentence sentence : result.sentences()) {
            for (Token token : sentence.tokens()) {
                assertEquals(token.text(), text.substring(token.start(), token.end()));
            }
        }
    }

    @Test
    void relationsReferToEntitiesOfTheDocument() {
        assertFalse(result.relations().isEmpty());
        for (Relation relation : result.relations()) {
            for (Role role : relation.args().roles()) {
                for (String id : relation.args().ids(role)) {
                    assertTrue(result.entity(id).isPresent(), relation + " names unknown entity " + id);
                }
            }
            relation.evidence().forEach(e ->
                    assertEquals(e.text(), result.document().text().substring(e.start(), e.end())));
        }
    }

    @Test
    void elbitIsAnIsraeliCompany() {
        Entity elbit = result.entitiesOfType(EntityType.COMPANY).stream()
                .filter(e -> e.name().equals("Elbit Systems")).findFirst().orElseThrow();
        Relation orgCountry = result.relations().stream()
                .filter(r -> r.type() == RelationType.ORG_COUNTRY && r.args().id(Role.COMPANY).orElse(null).equals(elbit.id()))
                .findFirst().orElseThrow();
        Entity country = result.entity(orgCountry.args().id(Role.COUNTRY).orElseThrow()).orElseThrow();
        assertEquals("ISR", country.kbId());
        assertTrue(orgCountry.evidence().get(0).text().contains("Israeli company Elbit Systems"));
    }
}
