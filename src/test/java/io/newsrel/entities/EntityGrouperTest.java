package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.CharSpan;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityGrouperTest {

    /** Builds candidates over a text by finding each surface form in it, left to right. */
    private static List<MentionCandidate> candidates(String text, Object... typeAndSurface) {
        List<MentionCandidate> list = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typeAndSurface.length; i += 2) {
            String surface = (String) typeAndSurface[i + 1];
            int start = text.indexOf(surface, from);
            list.add(new MentionCandidate(0, new CharSpan(start, start + surface.length()),
                    (EntityType) typeAndSurface[i], surface, null, Map.of(), 0.7, "ner"));
            from = start + surface.length();
        }
        return list;
    }

    @Test
    void anAcronymJoinsTheNameItAbbreviates() {
        String text = "Israel Aerospace Industries (IAI) said IAI would deliver.";
        List<Entity> entities = new EntityGrouper().group(candidates(text,
                EntityType.COMPANY, "Israel Aerospace Industries", EntityType.ORGANIZATION, "IAI",
                EntityType.ORGANIZATION, "IAI"), text);
        assertEquals(1, entities.size());
        assertEquals(EntityType.COMPANY, entities.get(0).type());
        assertEquals("Israel Aerospace Industries", entities.get(0).name());
        assertEquals(List.of("Israel Aerospace Industries", "IAI", "IAI"),
                entities.get(0).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aPronounIsAMentionOfThePersonNamedBeforeIt() {
        String text = "He arrived. Justin Trudeau said he would buy it; Anita Anand said she agreed.";
        List<Entity> entities = new EntityGrouper().group(candidates(text,
                EntityType.PERSON, "He", EntityType.PERSON, "Justin Trudeau", EntityType.PERSON, "he",
                EntityType.PERSON, "Anita Anand", EntityType.PERSON, "she"), text);
        assertEquals(List.of("Justin Trudeau", "Anita Anand"), entities.stream().map(Entity::name).toList());
        assertEquals(List.of("He", "Justin Trudeau", "he"), entities.get(0).mentions().stream().map(Mention::text).toList(),
                "a pronoun before any name is a mention of the person named first after it");
        assertEquals(List.of("Anita Anand", "she"), entities.get(1).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aShortNameJoinsTheOneLongerNameItStarts() {
        String text = "Elbit Systems won. Elbit said so. Ronen Nadir spoke; Nadir added.";
        List<Entity> entities = new EntityGrouper().group(candidates(text,
                EntityType.COMPANY, "Elbit Systems", EntityType.ORGANIZATION, "Elbit",
                EntityType.PERSON, "Ronen Nadir", EntityType.PERSON, "Nadir"), text);
        assertEquals(List.of("Elbit Systems", "Ronen Nadir"), entities.stream().map(Entity::name).toList());
        assertEquals(List.of("e1", "e2"), entities.stream().map(Entity::id).toList());
    }

    @Test
    void anAmbiguousShortNameStaysApart() {
        String text = "Hanwha Aerospace and Hanwha Ocean; Hanwha said.";
        List<Entity> entities = new EntityGrouper().group(candidates(text,
                EntityType.COMPANY, "Hanwha Aerospace", EntityType.COMPANY, "Hanwha Ocean",
                EntityType.ORGANIZATION, "Hanwha"), text);
        assertEquals(3, entities.size());
    }

    @Test
    void differentTypesWithTheSameNameAreDifferentEntities() {
        String text = "Turkey and turkey.";
        List<Entity> entities = new EntityGrouper().group(candidates(text,
                EntityType.COUNTRY, "Turkey", EntityType.MISC, "turkey"), text);
        assertEquals(2, entities.size());
    }

    @Test
    void aOneDigitMarkAloneIsNoSystemButAMarkedDesignationIs() {
        assertEquals(true, EntityGrouper.isFragment(EntityType.SYSTEM, "Mk5"));
        assertEquals(true, EntityGrouper.isFragment(EntityType.SYSTEM, "Mark 2"));
        assertEquals(false, EntityGrouper.isFragment(EntityType.SYSTEM, "Mk 54"));
        assertEquals(false, EntityGrouper.isFragment(EntityType.SYSTEM, "Shaldag MK5"));
        assertEquals(false, EntityGrouper.isFragment(EntityType.SYSTEM, "K9"));
    }

    @Test
    void initialsTaggedMiscJoinTheOrganisationTheyAbbreviate() {
        String text = "General Dynamics will build them. GD will also supply spare parts.";
        List<Entity> entities = new EntityGrouper().group(candidates(text,
                EntityType.COMPANY, "General Dynamics", EntityType.MISC, "GD"), text);
        assertEquals(1, entities.size());
        assertEquals(EntityType.COMPANY, entities.get(0).type());
        assertEquals(List.of("General Dynamics", "GD"), entities.get(0).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void pronounsInATextNamingNoPersonAreNoEntity() {
        String text = "Agusta of Italy would supply helicopters, he said.";
        List<Entity> entities = new EntityGrouper().group(candidates(text,
                EntityType.COMPANY, "Agusta", EntityType.COUNTRY, "Italy", EntityType.PERSON, "he"), text);
        assertEquals(List.of("Agusta", "Italy"), entities.stream().map(Entity::name).toList());
    }

    @Test
    void aTwoLetterNameOfAnyKindIsAFragmentButValuesAndDesignationsAreNot() {
        for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.MISC, EntityType.PERSON,
                EntityType.GOVERNMENT, EntityType.MILITARY, EntityType.LOCATION, EntityType.COMPANY)) {
            assertEquals(true, EntityGrouper.isFragment(type, "GD"), type + " GD");
            assertEquals(true, EntityGrouper.isFragment(type, "Rs"), type + " Rs");
            assertEquals(false, EntityGrouper.isFragment(type, "NATO"), type + " NATO");
        }
        assertEquals(false, EntityGrouper.isFragment(EntityType.QUANTITY, "bn"));
        assertEquals(false, EntityGrouper.isFragment(EntityType.MONEY, "€1"));
        assertEquals(false, EntityGrouper.isFragment(EntityType.SYSTEM, "F4"));
    }

    @Test
    void aFamilyNameWrittenFirstJoinsThePersonItNames() {
        String text = "Xi Jinping met Justin Trudeau. Xi said the talks went well.";
        List<Entity> entities = new EntityGrouper().group(candidates(text,
                EntityType.PERSON, "Xi Jinping", EntityType.PERSON, "Justin Trudeau", EntityType.PERSON, "Xi"), text);
        assertEquals(List.of("Xi Jinping", "Justin Trudeau"), entities.stream().map(Entity::name).toList());
        assertEquals(List.of("Xi Jinping", "Xi"), entities.get(0).mentions().stream().map(Mention::text).toList());
    }
}
