package io.newsrel.relations.transfer;

import io.newsrel.entities.Lexicon;
import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import io.newsrel.relations.DealAttributes;
import io.newsrel.relations.DealQuantity;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.SentenceFacts;
import java.util.List;

/**
 * Builds the ARMS_TRANSFER relation candidate of a decided deal: its arguments, its key and the
 * attributes read from its evidence sentence (quantity, value, year or the publication date,
 * status, the kind of system when no system is named).
 */
public final class TransferFacts {

    private TransferFacts() {
    }

    /** The key of a transfer in a document: recipient, supplier and system (or "-" for a kind of system). */
    public static String key(String recipient, String supplier, Entity system) {
        return recipient + "|" + supplier + "|" + (system == null ? "-" : system.id());
    }

    /**
     * @param deal       who, from whom, what
     * @param status     the stage the evidence sentence states
     * @param sentence   the evidence sentence
     * @param confidence in [0, 1]
     * @param rule       which decision or rule made it
     */
    public static RelationCandidate candidate(Deal deal, Status status, int sentence, LinkedDocument document,
                                              Lexicon categories, double confidence, String rule) {
        SentenceFacts facts = document.facts(sentence);
        Arguments.Builder args = Arguments.builder().add(Role.RECIPIENT, deal.recipient().id());
        document.countryEntity(deal.supplier()).ifPresent(e -> args.add(Role.SUPPLIER_COUNTRY, e.id()));
        if (deal.company() != null) {
            args.add(Role.SUPPLIER_COMPANY, deal.company().id());
        }
        // ISO3 codes also as attributes: the supplier country may be known only from the company
        // or the system, with no mention in the text to point at.
        Attributes.Builder attrs = Attributes.builder()
                .put(Attribute.RECIPIENT_COUNTRY, deal.recipient().kbId())
                .put(Attribute.SUPPLIER_COUNTRY, deal.supplier());
        if (deal.system() != null) {
            args.add(Role.SYSTEM, deal.system().id());
            DealQuantity.quantity(facts, deal.system())
                    .or(() -> DealQuantity.looseQuantity(facts, deal.system(), categories))
                    .or(() -> DealQuantity.neighbourQuantity(document, sentence, deal.system(),
                            parties(deal)))
                    .ifPresent(q -> attrs.put(Attribute.QUANTITY, q));
        } else {
            attrs.put(Attribute.SYSTEM_DESCRIPTION, DealAttributes.categoryPhrase(facts, categories));
        }
        attrs.put(Attribute.STATUS, status);
        DealAttributes.addValueAndDate(facts, document, attrs, true);
        if (deal.system() != null && pricesAnEarlierItem(facts, deal.system())) {
            attrs.remove(Attribute.VALUE);
        }
        DealAttributes.addYearOfDealSentence(document, attrs, deal.recipient().kbId(), deal.supplier());
        return new RelationCandidate(RelationType.ARMS_TRANSFER, key(deal.recipient().kbId(), deal.supplier(), deal.system()),
                args.build(), attrs.build(), Math.max(0.01, Math.min(0.99, confidence)),
                List.of(document.evidence(sentence)), rule);
    }

    /** Words that make an amount the price of the item right before it: "helicopters at $1.6 billion". */
    private static final java.util.Set<String> ITEM_PRICE_WORDS = java.util.Set.of("at", "for");

    /**
     * Whether the sentence's first amount is the price of another item listed before the system:
     * "It also purchased 24 new Apache attack helicopters at $1.6 billion and PATRIOT Air Defense
     * systems and G550 reconnaissance aircraft" (dev g013, whose gold prices the Apaches alone):
     * the amount follows a system, "at" or "for" introduces it, and the system comes after it.
     */
    static boolean pricesAnEarlierItem(SentenceFacts facts, Entity system) {
        SentenceFacts.Placed amount = facts.mentions.stream()
                .filter(m -> m.type() == io.newsrel.model.EntityType.MONEY).findFirst().orElse(null);
        int before = amount == null ? -1 : amount.start() - 1;
        if (before >= 0 && facts.tokens.get(before).text().matches("[$€£¥₹]")) {
            before--; // "at $ 1.6 billion" with the sign outside the amount
        }
        if (before < 0 || !ITEM_PRICE_WORDS.contains(facts.lemma(before).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        List<SentenceFacts.Placed> systems = facts.ofType(io.newsrel.model.EntityType.SYSTEM, false);
        boolean itemBefore = systems.stream().anyMatch(m -> !m.entity().equals(system) && m.end() <= amount.start());
        boolean systemAfter = systems.stream().filter(m -> m.entity().equals(system))
                .allMatch(m -> m.start() >= amount.end());
        return itemBefore && systemAfter && systems.stream().anyMatch(m -> m.entity().equals(system));
    }

    /** The ISO3 codes of a deal's buyer and supplier. */
    private static java.util.Set<String> parties(Deal deal) {
        java.util.Set<String> parties = new java.util.HashSet<>();
        parties.add(deal.recipient().kbId());
        parties.add(deal.supplier());
        return parties;
    }

    /**
     * A deal's parties and object.
     *
     * @param recipient the acquiring country
     * @param supplier  ISO3 of the supplying country
     * @param company   the supplying company, or null
     * @param system    the system, or null when only a kind of system is named
     */
    public record Deal(Entity recipient, String supplier, Entity company, Entity system) {
        public String key() {
            return TransferFacts.key(recipient.kbId(), supplier, system);
        }
    }
}
