package io.newsrel.relations.attributes;

import io.newsrel.model.Attribute;
import io.newsrel.model.Status;
import io.newsrel.relations.RelationCandidate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every stage the text states for a deal, from all the sentences it is read in (SPEC-gold.md):
 * the candidates of one deal share the list {@code statuses}, in the order of {@link Status},
 * without PLANNED when the deal also reaches ORDERED or DELIVERED; {@code status} stays the stage
 * of the candidate's own sentence unless that stage was dropped. (Taking the furthest or the
 * earliest stage instead scored the same under 5-fold cross-validation on the dev articles.)
 */
public final class DealStages {

    private DealStages() {
    }

    public static List<RelationCandidate> apply(List<RelationCandidate> found) {
        List<RelationCandidate> staged = new ArrayList<>();
        for (List<RelationCandidate> deal : LearnedAttributes.byDeal(found).values()) {
            Set<Status> stages = EnumSet.noneOf(Status.class);
            deal.forEach(c -> c.attrs().get(Attribute.STATUS).ifPresent(stages::add));
            if (stages.contains(Status.ORDERED) || stages.contains(Status.DELIVERED)) {
                stages.remove(Status.PLANNED);
            }
            List<Status> list = List.copyOf(stages);
            for (RelationCandidate c : deal) {
                var attrs = c.attrs().toBuilder();
                if (!list.isEmpty()) {
                    attrs.put(Attribute.STATUSES, list);
                    Status own = c.attrs().get(Attribute.STATUS).orElse(list.get(0));
                    attrs.put(Attribute.STATUS, list.contains(own) ? own : list.get(0));
                }
                staged.add(c.withAttrs(attrs.build()));
            }
        }
        return staged;
    }
}
