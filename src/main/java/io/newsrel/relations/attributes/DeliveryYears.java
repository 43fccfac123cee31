package io.newsrel.relations.attributes;

import io.newsrel.model.Attribute;
import io.newsrel.model.EntityType;
import io.newsrel.model.Evidence;
import io.newsrel.model.Role;
import io.newsrel.relations.DealAttributes;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.SentenceFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deal's year from the sentence that schedules its deliveries, for a deal no sentence near its
 * own dates (SPEC-gold.md: the year of the delivery counts): "The F-16s will be delivered between
 * 2006 and 2008", "The first aircraft will be delivered in 2026", "Delivery of the first aircraft is
 * expected to begin in 2002". News states the schedule apart from the deal, often naming neither
 * the system nor the buyer; such a sentence speaks of the article's lead deal (the one read first).
 */
public final class DeliveryYears {

    /** Words of a delivery; one must come before the year in its sentence. */
    private static final Set<String> DELIVERY_WORDS = Set.of("deliver", "delivery", "send", "ship", "shipment",
            "arrive", "arrival", "hand");
    /** Verbs that may govern the year of a delivery: the delivery's own, or its beginning, end or span. */
    private static final Set<String> SCHEDULE_VERBS = Set.of("deliver", "send", "ship", "arrive", "hand", "begin",
            "start", "complete", "finish", "end", "span", "run", "continue", "be", "schedule", "expect");
    /** A year this close after a delivery word dates it whatever the verb: "with the first delivery in 2026". */
    private static final int NEXT_TO_DELIVERY = 3;
    /** How far back the verb governing a year is looked for. */
    private static final int VERB_REACH = 10;

    private DeliveryYears() {
    }

    public static List<RelationCandidate> apply(LinkedDocument document, List<RelationCandidate> found) {
        Optional<String> buyer = leadBuyer(document, found);
        int lead = found.stream().filter(c -> buyer.equals(c.attrs().get(Attribute.RECIPIENT_COUNTRY)))
                .mapToInt(DeliveryYears::firstSentence).min().orElse(-1);
        List<RelationCandidate> dated = new ArrayList<>();
        for (List<RelationCandidate> deal : LearnedAttributes.byDeal(found).values()) {
            boolean undated = deal.stream().noneMatch(c -> c.attrs().has(Attribute.YEAR));
            boolean isLead = deal.stream().anyMatch(c -> firstSentence(c) == lead
                    && buyer.equals(c.attrs().get(Attribute.RECIPIENT_COUNTRY)));
            Optional<Integer> year = undated ? scheduled(document, deal.get(0), isLead) : Optional.empty();
            for (RelationCandidate c : deal) {
                dated.add(year.isEmpty() ? c : c.withAttrs(c.attrs().toBuilder().put(Attribute.YEAR, year.get())
                        .put(Attribute.YEAR_FROM, "delivery schedule").remove(Attribute.DOCUMENT_DATE).build()));
            }
        }
        return dated;
    }

    /**
     * The buyer the article is about: of the deals' recipients, the one it names most often, the
     * earliest read on a tie ("Canada joins the US Navy, ... Germany ... in operating the P-8A": Canada).
     */
    private static Optional<String> leadBuyer(LinkedDocument document, List<RelationCandidate> found) {
        return found.stream()
                .sorted(java.util.Comparator.comparingInt(DeliveryYears::firstSentence))
                .map(c -> c.attrs().get(Attribute.RECIPIENT_COUNTRY)).flatMap(Optional::stream).distinct()
                .max(java.util.Comparator.comparingInt(iso3 -> document.countryEntity(iso3)
                        .map(e -> e.mentions().size()).orElse(0)));
    }

    private static int firstSentence(RelationCandidate c) {
        return c.evidence().stream().mapToInt(Evidence::sentence).min().orElse(Integer.MAX_VALUE);
    }

    /** The first year a sentence about this deal gives for its deliveries. */
    private static Optional<Integer> scheduled(LinkedDocument document, RelationCandidate deal, boolean lead) {
        for (int s = 0; s < document.sentences().size(); s++) {
            SentenceFacts sentence = document.facts(s);
            if (!about(sentence, deal, lead)) {
                continue;
            }
            for (SentenceFacts.Placed m : sentence.mentions) {
                if (m.type() == EntityType.DATE && DealAttributes.statesYear(sentence, m) && schedules(sentence, m)) {
                    return Optional.of(Integer.parseInt(m.entity().name().substring(0, 4)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a sentence may speak of the deal: it names no other system and no country outside the
     * deal, and it names the deal's system or buyer, or the deal is the article's lead.
     */
    private static boolean about(SentenceFacts sentence, RelationCandidate deal, boolean lead) {
        Optional<String> system = deal.args().id(Role.SYSTEM);
        Set<String> parties = new HashSet<>();
        deal.attrs().get(Attribute.RECIPIENT_COUNTRY).ifPresent(parties::add);
        deal.attrs().get(Attribute.SUPPLIER_COUNTRY).ifPresent(parties::add);
        boolean namesSystem = false;
        boolean namesBuyer = false;
        for (SentenceFacts.Placed m : sentence.mentions) {
            if (m.type() == EntityType.SYSTEM) {
                if (system.isEmpty() || !system.get().equals(m.entity().id())) {
                    return false;
                }
                namesSystem = true;
            } else if (m.type() == EntityType.COUNTRY && !m.nested()) {
                if (!parties.contains(m.entity().kbId())) {
                    return false;
                }
                namesBuyer |= m.entity().kbId().equals(deal.attrs().get(Attribute.RECIPIENT_COUNTRY).orElse(null));
            }
        }
        return namesSystem || namesBuyer || lead;
    }

    /** Whether a year dates a delivery: a delivery word before it, and the verb governing it schedules. */
    private static boolean schedules(SentenceFacts sentence, SentenceFacts.Placed date) {
        int lastDelivery = -1;
        for (int i = 0; i < date.start(); i++) {
            lastDelivery = DELIVERY_WORDS.contains(sentence.lemma(i)) ? i : lastDelivery;
        }
        if (lastDelivery < 0) {
            return false;
        }
        if (date.start() - lastDelivery <= NEXT_TO_DELIVERY) {
            // "with the first delivery in 2026", "deliveries from 2027"
            return true;
        }
        for (int i = date.start() - 1; i >= Math.max(0, date.start() - VERB_REACH); i--) {
            if (String.valueOf(sentence.tokens.get(i).pos()).startsWith("VB")) {
                return SCHEDULE_VERBS.contains(sentence.lemma(i));
            }
        }
        return false;
    }
}
