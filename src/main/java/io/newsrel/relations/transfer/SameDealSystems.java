package io.newsrel.relations.transfer;

import io.newsrel.model.Attribute;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import io.newsrel.relations.RelationCandidate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Systems the document names in sentences of their own ("The submarines will carry the Club-S
 * missile complex") belong to the document's deal when they come from its supplier: such a
 * system joins the deal of that supplier stated nearest before it (else nearest after), with low
 * confidence, the system's first sentence as evidence and the stage that sentence states (else the
 * deal's). Systems of another origin, or already in
 * a transfer, are left alone.
 */
public final class SameDealSystems {

    public static final String RULE = "arms_transfer.same_deal_system";
    private static final double CONFIDENCE = 0.5;

    private SameDealSystems() {
    }

    /** A stated deal: its sentence, recipient and stage. */
    private record StatedDeal(int sentence, Entity recipient, Status status) {
    }

    /** @param deals the transfers stated in the document (and the pairs of unreported category deals) */
    public static List<RelationCandidate> find(DocumentReading reading, List<RelationCandidate> deals) {
        Map<String, List<StatedDeal>> bySupplier = new LinkedHashMap<>();
        Set<String> transferred = new HashSet<>();
        for (RelationCandidate c : deals) {
            String recipientId = c.args().id(Role.RECIPIENT).orElse(null);
            int sentence = c.evidence().isEmpty() ? -1 : c.evidence().get(0).sentence();
            reading.document().entities().stream().filter(e -> e.id().equals(recipientId)).findFirst().ifPresent(r ->
                    bySupplier.computeIfAbsent(c.attrs().get(Attribute.SUPPLIER_COUNTRY).orElse(null),
                            k -> new ArrayList<>()).add(new StatedDeal(sentence, r,
                            c.attrs().get(Attribute.STATUS).orElse(Status.ORDERED))));
            transferred.addAll(c.args().ids(Role.SYSTEM));
        }
        List<RelationCandidate> added = new ArrayList<>();
        for (Entity system : reading.document().entities()) {
            if (system.type() != EntityType.SYSTEM) {
                continue;
            }
            int sentence = system.mentions().get(0).sentence();
            // the gazetteer's origin, else the one its sentence gives (its maker, its package)
            String origin = system.attrs().get("country") != null ? system.attrs().get("country")
                    : RuleTransfers.origin(reading.sentence(sentence), system);
            if (origin == null || transferred.contains(system.id()) || !bySupplier.containsKey(origin)) {
                continue;
            }
            if (BackgroundMentions.onlyBackground(reading.sentence(sentence), system)
                    || BackgroundMentions.onlyReplaced(reading.sentence(sentence), system)) {
                // "Shenyang F-6s (a copy of the MiG-19)", "to replace ageing MiG-21 fighters" (dev
                // g084): a design or a replaced fleet joins no deal on the gazetteer's origin alone
                continue;
            }
            if (reading.deniesADeal(sentence)) {
                // "won a contract from the U.S. Air Force to repair ... F-16 and F-4 jet fighters"
                // (reuters-6367): the system is serviced, not transferred
                continue;
            }
            StatedDeal deal = nearest(bySupplier.get(origin), sentence);
            // the stage the system's own sentence states ("was selected to supply", "the potential
            // sale includes"), else the stage of the deal it joins
            Status status = reading.stage(sentence).orElse(deal.status());
            added.add(TransferFacts.candidate(new TransferFacts.Deal(deal.recipient(), origin, null, system), status,
                    sentence, reading.document(), reading.categories(), CONFIDENCE, RULE));
        }
        return added;
    }

    /** The deal stated closest before the sentence, else closest after it. */
    private static StatedDeal nearest(List<StatedDeal> deals, int sentence) {
        StatedDeal best = null;
        for (StatedDeal deal : deals) {
            boolean before = deal.sentence() <= sentence;
            boolean bestBefore = best != null && best.sentence() <= sentence;
            if (best == null
                    || before && (!bestBefore || deal.sentence() > best.sentence())
                    || !before && !bestBefore && deal.sentence() < best.sentence()) {
                best = deal;
            }
        }
        return best;
    }
}
