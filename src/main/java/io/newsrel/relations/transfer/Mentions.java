package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.relations.SentenceFacts;
import java.util.List;
import java.util.Set;

/** Where a candidate's parties and system stand in a sentence. */
final class Mentions {

    private static final Set<EntityType> STAND_INS = Set.of(EntityType.MILITARY, EntityType.GOVERNMENT,
            EntityType.LOCATION);

    private Mentions() {
    }

    /** Mentions of a country in a sentence, armed forces and ministries named after it included. */
    static List<SentenceFacts.Placed> ofCountry(DocumentReading reading, int s, String iso3) {
        return allCountries(reading, s).stream().filter(m -> iso3.equals(m.entity().kbId())).toList();
    }

    /**
     * Every country mention of a sentence, armed forces and ministries named after theirs and a
     * capital after "to" included, in text order.
     */
    static List<SentenceFacts.Placed> allCountries(DocumentReading reading, int s) {
        return reading.sentence(s).countriesWithStandIns(reading.document(), STAND_INS);
    }

    /** Mentions of an entity in a sentence, nested ones left out. */
    static List<SentenceFacts.Placed> of(DocumentReading reading, int s, Entity entity) {
        return reading.sentence(s).mentions.stream().filter(m -> m.entity() == entity && !m.nested()).toList();
    }
}
