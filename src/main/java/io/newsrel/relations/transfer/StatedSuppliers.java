package io.newsrel.relations.transfer;

import io.newsrel.model.Attribute;
import io.newsrel.model.EntityType;
import io.newsrel.model.Role;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.SentenceFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When the rules find the same recipient getting the same system from two suppliers, the one the
 * text states wins over one the rules only inferred (SPEC-gold.md: "a system's origin that no word
 * of the text gives does not" count). A supplier taken from the gazetteer's origin of the system
 * yields to a supplier the text names ("The 12 Super Tucanos were acquired under a ... Foreign
 * Military Sale", dev g053, against the Super Tucano's Brazilian origin; "13 Soviet-era MiG-29 fighter
 * jets that Slovakia decided to give Ukraine", g111, against a later "the remaining MiG-29s will be
 * handed over"; "Canada will buy a NASAMS air defense system from the United States" against
 * Norway's NASAMS in "The NSAMS air defense system that Canada has purchased", g119). A supplier read
 * from word order, or the origin of a system a named company supplies, is neither stated nor only
 * inferred: it stands beside a stated one (second-hand and follow-on deals: "Peru bought seventeen
 * surplus MiG-29 jet fighters from Belarus" and "Rosvooruzhenie and Peru have signed a contract", g165).
 */
final class StatedSuppliers {

    /** How the rules came to a deal's supplier and system, strongest first. */
    enum Source {
        /** A supplier the text cues: preposition, subject of a supply verb, a company's nationality, "French Heron". */
        STATED,
        /** A supplier read from word order alone, or the origin of a system a named company supplies. */
        READ,
        /**
         * The gazetteer's origin of the system, no supplier read, no supplying company named and the
         * origin not named loosely in the sentence ({@link #namedLoosely}).
         */
        ORIGIN
    }

    /** A transfer the rules found, with how its supplier was found. */
    record Sourced(RelationCandidate transfer, Source source) {
    }

    private StatedSuppliers() {
    }

    /**
     * Whether the sentence names the country by a word the country finder leaves to other types:
     * its capital ("under an agreement with Washington", dev g162) or the plural of a country word
     * the document uses ("the Russians will sell Peru an additional three MiG-29s" beside "Russian"
     * elsewhere, g165). The system's origin is then the text's word, not the gazetteer's alone.
     */
    static boolean namedLoosely(SentenceFacts sentence, LinkedDocument document, String iso3) {
        Set<String> plurals = new HashSet<>();
        document.countryEntity(iso3).ifPresent(c -> c.mentions().forEach(m -> plurals.add(m.text() + "s")));
        for (SentenceFacts.Placed m : sentence.mentions) {
            if (m.type() == EntityType.LOCATION && iso3.equals(m.entity().attrs().get("capitalOf"))
                    || m.type() == EntityType.MISC && plurals.contains(text(sentence, m))) {
                return true;
            }
        }
        return false;
    }

    private static String text(SentenceFacts sentence, SentenceFacts.Placed m) {
        StringBuilder text = new StringBuilder();
        for (int i = m.start(); i < m.end(); i++) {
            text.append(i > m.start() ? " " : "").append(sentence.tokens.get(i).text());
        }
        return text.toString();
    }

    /** The transfers left once inferred suppliers give way to stated ones, in their order. */
    static List<RelationCandidate> prefer(List<Sourced> found) {
        Map<String, List<Sourced>> bySystem = new LinkedHashMap<>();
        for (Sourced s : found) {
            systemKey(s.transfer()).ifPresent(k -> bySystem.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
        }
        List<RelationCandidate> kept = new ArrayList<>();
        for (Sourced s : found) {
            List<Sourced> rivals = systemKey(s.transfer()).map(bySystem::get).orElse(List.of());
            if (!yields(s, rivals)) {
                kept.add(s.transfer());
            }
        }
        return kept;
    }

    /** Whether a rival with another supplier for the same recipient and system is better founded. */
    private static boolean yields(Sourced deal, List<Sourced> rivals) {
        String supplier = supplier(deal.transfer());
        for (Sourced rival : rivals) {
            if (supplier.equals(supplier(rival.transfer()))) {
                continue;
            }
            if (deal.source() == Source.ORIGIN && rival.source() == Source.STATED) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<String> systemKey(RelationCandidate c) {
        List<String> systems = c.args().ids(Role.SYSTEM);
        return systems.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(c.attrs().get(Attribute.RECIPIENT_COUNTRY).orElse("") + "|" + systems);
    }

    private static String supplier(RelationCandidate c) {
        return c.attrs().get(Attribute.SUPPLIER_COUNTRY).orElse("");
    }
}
