package io.newsrel.entities;

import io.newsrel.model.EntityType;
import java.util.Set;

/**
 * Decides whether an organisation name that NER found is a company, an armed force, a state body
 * or something else, from cue words in the name: a head noun such as "Forces" or "Ministry" wins
 * over a company cue such as "Systems" or "Defense", because "Israeli Defense Forces" is an army
 * even though "Defense" appears in company names too; among head nouns the rightmost wins.
 */
public final class OrganizationClassifier {

    private static final Set<String> MILITARY_HEADS = Set.of(
            "forces", "force", "army", "navy", "marines", "corps", "guard", "guards", "command",
            "brigade", "division", "regiment", "battalion", "fleet", "militia", "idf");
    private static final Set<String> GOVERNMENT_HEADS = Set.of(
            "ministry", "department", "committee", "council", "agency", "government", "parliament",
            "office", "commission", "administration", "authority", "bureau", "senate", "congress",
            "cabinet", "directorate", "pentagon", "kremlin", "presidency", "secretariat", "embassy",
            "organisation", "organization", "institute", "laboratory", "laboratories", "attache", "attaché",
            "coalition", "alliance", "union", "nations");
    /** News outlets and other media are organisations, never companies in the sense of the spec. */
    private static final Set<String> MEDIA_HEADS = Set.of(
            "news", "times", "post", "journal", "tribune", "herald", "gazette", "press", "magazine", "tv",
            "radio", "broadcasting", "reuters", "xinhua", "tass", "ria", "agence", "daily", "weekly");
    private static final Set<String> COMPANY_CUES = Set.of(
            "systems", "industries", "industry", "aerospace", "dynamics", "ltd", "ltd.", "inc", "inc.",
            "corp", "corp.", "corporation", "group", "co", "co.", "gmbh", "ag", "sa", "s.a.", "plc",
            "llc", "technologies", "technology", "electronics", "motors", "shipbuilding", "shipyard",
            "shipyards", "holding", "holdings", "aviation", "aircraft", "works", "engineering",
            "munitions", "company", "enterprises", "airbus", "helicopters", "defence", "defense",
            "ordnance", "missiles", "arms", "solutions", "labs", "robotics", "marine", "naval");

    public EntityType classify(String name) {
        String[] words = Names.normalize(name).split("[\\s-]+");
        // The rightmost head noun decides: "Joint Military Command Committee" is a committee.
        for (int i = words.length - 1; i >= 0; i--) {
            if (MEDIA_HEADS.contains(words[i])) {
                return EntityType.ORGANIZATION;
            }
            if (MILITARY_HEADS.contains(words[i])) {
                return EntityType.MILITARY;
            }
            if (GOVERNMENT_HEADS.contains(words[i])) {
                return EntityType.GOVERNMENT;
            }
        }
        for (String word : words) {
            if (COMPANY_CUES.contains(word)) {
                return EntityType.COMPANY;
            }
        }
        return EntityType.ORGANIZATION;
    }
}
