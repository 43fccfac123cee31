package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.relations.SentenceFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The origin of a system the gazetteer gives none, read from its sentence: the maker named right
 * before it ({@link #maker}), else the package it is listed in: a deal
 * sentence listing several systems of one known origin and one of unknown origin is one supplier's
 * package ("Mexico requested 10 AGM-114 Hellfire missiles, ..., 38 Advanced Precision Kill Weapons
 * System II rockets, 30 Mk-54 ..., 12 M-240D machine guns and 12 GAU-21 Machine Guns", dev g144;
 * "two more Sovremenny-class destroyers, ..., S300 PMU2 anti-aircraft missiles and 40 Su-30MKK",
 * g185; "30 AH-64D ..., 12 P-3C ..., four Kidd-class destroyers ... and Patriot III missiles", g185).
 * At least two other systems must agree on the origin and none may disagree: a mixed fleet gives
 * nothing.
 */
final class PackageOrigin {

    /** How many other systems of known origin must share it. */
    private static final int MIN_AGREEING = 2;

    private PackageOrigin() {
    }

    /**
     * The country of the maker whose name the text writes right before the system ("Shenyang
     * F-6s", dev g084; "Chengdu F-7M Airguards", g084; "Agusta A109", g168), or null: the spec
     * counts a named maker's nationality as stated by the text, and it beats the systems listed beside.
     */
    static String maker(SentenceFacts sentence, Entity system) {
        for (SentenceFacts.Placed m : sentence.ofType(EntityType.SYSTEM, true)) {
            if (!m.entity().equals(system)) {
                continue;
            }
            for (SentenceFacts.Placed company : sentence.ofType(EntityType.COMPANY, false)) {
                String country = company.entity().attrs().get("country");
                if (company.end() == m.start() && country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /** The one origin the other systems of the sentence share, or null. */
    static String shared(SentenceFacts sentence, Entity system) {
        List<Entity> others = sentence.ofType(EntityType.SYSTEM, false).stream().map(SentenceFacts.Placed::entity)
                .distinct().filter(e -> !e.equals(system)).toList();
        Set<String> origins = new HashSet<>();
        int known = 0;
        for (Entity other : others) {
            String origin = other.attrs().get("country");
            if (origin != null) {
                origins.add(origin);
                known++;
            }
        }
        return origins.size() == 1 && known >= MIN_AGREEING ? origins.iterator().next() : null;
    }
}
