package io.newsrel.review;

import io.newsrel.model.Entity;
import io.newsrel.model.Evidence;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import io.newsrel.model.Relation;
import io.newsrel.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * One document laid out as annotation spans, the part both exporters share (see
 * {@link ReviewSchema} for the mapping): a span per entity mention, an anchor span per relation
 * over its first evidence sentence, and role links from each anchor to the mention of each
 * argument inside that sentence (else the entity's first mention).
 */
record ExportPlan(ExtractionResult result, List<MentionSpan> mentions, List<AnchorSpan> anchors) {

    /** One mention; {@code id} is {@code <entity id>_<mention number>}, unique in the document. */
    record MentionSpan(String id, Entity entity, Mention mention) {
        String canonical() {
            return ReviewSchema.canonical(entity.name(), entity.kbId());
        }
    }

    /** A relation's anchor over its evidence and the mentions its roles point at. */
    record AnchorSpan(String id, Relation relation, Evidence evidence, List<Link> links) {
    }

    record Link(Role role, String mentionId) {
    }

    static ExportPlan of(ExtractionResult result) {
        List<MentionSpan> mentions = new ArrayList<>();
        for (Entity e : result.entities()) {
            for (int i = 0; i < e.mentions().size(); i++) {
                mentions.add(new MentionSpan(e.id() + "_" + i, e, e.mentions().get(i)));
            }
        }
        List<AnchorSpan> anchors = new ArrayList<>();
        for (Relation r : result.relations()) {
            Evidence evidence = r.evidence().get(0);
            List<Link> links = new ArrayList<>();
            for (Role role : r.args().roles()) {
                for (Entity e : r.entities(role, result)) {
                    links.add(new Link(role, e.id() + "_" + mentionIn(e, evidence)));
                }
            }
            anchors.add(new AnchorSpan(r.id(), r, evidence, links));
        }
        return new ExportPlan(result, mentions, anchors);
    }

    private static int mentionIn(Entity e, Evidence evidence) {
        for (int i = 0; i < e.mentions().size(); i++) {
            Mention m = e.mentions().get(i);
            if (m.start() >= evidence.start() && m.end() <= evidence.end()) {
                return i;
            }
        }
        return 0;
    }
}
