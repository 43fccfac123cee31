package io.newsrel.eval;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import io.newsrel.model.Relation;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import io.newsrel.model.RelationType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores extraction results against gold documents that analysts reviewed (read back from Label
 * Studio or brat as results of their own):
 * <ul>
 *   <li>entity mentions, exact spans per entity type (nested mentions included: the tools
 *       annotate them);</li>
 *   <li>relations of every type: the same type and, in every role, the same entities (a gold
 *       entity matches a predicted one by canonical name, kbId or mention text, {@link NameMatch});</li>
 *   <li>the defnews measures of SPEC-gold.md ({@link DefnewsScorer}: document-level entities, relation
 *       keys, transfer attributes), with the gold document turned into a defnews article.</li>
 * </ul>
 */
public final class ReviewScorer {

    private final Map<String, Prf> mentions = new TreeMap<>();
    private final Map<String, Prf> relations = new TreeMap<>();
    private final DefnewsScorer defnews = new DefnewsScorer();
    private int documents;

    /** Totals over all added documents. */
    public record Result(int documents, Map<String, Prf> mentions, Map<String, Prf> relations,
                         DefnewsScorer.Result defnews) {
    }

    public synchronized void add(ExtractionResult gold, ExtractionResult predicted) {
        documents++;
        Set<String> types = new TreeSet<>();
        gold.entities().forEach(e -> types.add(e.type().name()));
        predicted.entities().forEach(e -> types.add(e.type().name()));
        List<LabeledSpan> goldSpans = spans(gold);
        List<LabeledSpan> predictedSpans = spans(predicted);
        for (String type : types) {
            Prf prf = Matching.of(goldSpans.stream().filter(s -> s.label().equals(type)).toList(),
                    predictedSpans.stream().filter(s -> s.label().equals(type)).toList(), LabeledSpan::equals).prf();
            mentions.merge(type, prf, Prf::plus);
        }
        for (RelationType type : RelationType.values()) {
            List<Relation> g = gold.relations().stream().filter(r -> r.type() == type).toList();
            List<Relation> p = predicted.relations().stream().filter(r -> r.type() == type).toList();
            if (!g.isEmpty() || !p.isEmpty()) {
                relations.merge(type.name(), Matching.of(g, p, (gr, pr) -> sameArguments(gr, gold, pr, predicted)).prf(),
                        Prf::plus);
            }
        }
        defnews.add(article(gold), predicted);
    }

    public synchronized Result result() {
        return new Result(documents, Re3dScorer.withTotal(mentions), Re3dScorer.withTotal(relations), defnews.result());
    }

    private static List<LabeledSpan> spans(ExtractionResult result) {
        List<LabeledSpan> spans = new ArrayList<>();
        for (Entity e : result.entities()) {
            for (Mention m : e.mentions()) {
                spans.add(new LabeledSpan(m.start(), m.end(), e.type().name()));
            }
        }
        return spans;
    }

    private static boolean sameArguments(Relation gold, ExtractionResult goldDoc, Relation predicted,
                                         ExtractionResult predictedDoc) {
        if (!gold.args().roles().equals(predicted.args().roles())) {
            return false;
        }
        for (Role role : gold.args().roles()) {
            List<Entity> g = gold.entities(role, goldDoc);
            List<Entity> p = predicted.entities(role, predictedDoc);
            if (g.size() != p.size() || !Matching.of(g, p, ReviewScorer::sameEntity).missed.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameEntity(Entity gold, Entity predicted) {
        Set<String> keys = NameMatch.keys(predicted);
        return gold.type() == predicted.type()
                && (gold.kbId() != null ? keys.contains(NameMatch.key(gold.kbId())) : keys.contains(NameMatch.key(gold.name())));
    }

    /** A reviewed document as a defnews gold article (SPEC-gold.md's entities and relation keys). */
    static DefnewsGold.Article article(ExtractionResult gold) {
        Map<String, List<String>> entities = new LinkedHashMap<>();
        for (String type : DefnewsGold.ENTITY_TYPES) {
            entities.put(type, gold.entitiesOfType(EntityType.valueOf(type)).stream()
                    .map(e -> type.equals("COUNTRY") ? e.kbId() : e.name())
                    .filter(java.util.Objects::nonNull).distinct().toList());
        }
        List<DefnewsGold.GoldRelation> relations = new ArrayList<>();
        for (Relation r : gold.relations()) {
            if (DefnewsScorer.RELATION_TYPES.contains(r.type())) {
                relations.add(goldRelation(r, gold));
            }
        }
        return new DefnewsGold.Article(gold.document(), entities, relations);
    }

    private static DefnewsGold.GoldRelation goldRelation(Relation r, ExtractionResult doc) {
        Attributes attrs = r.attrs();
        List<String> systems = r.entities(Role.SYSTEM, doc).stream().map(Entity::name).toList();
        List<DefnewsGold.Money> value = attrs.all(Attribute.VALUE, Attribute.VALUES).stream()
                .map(v -> new DefnewsGold.Money(v.amount().doubleValue(), v.currency())).toList();
        List<Integer> years = new ArrayList<>(attrs.all(Attribute.YEAR, Attribute.YEARS));
        Integer year = DefnewsScorer.year(attrs);
        if (years.isEmpty() && year != null) {
            years.add(year);
        }
        List<String> company = r.entities(Role.COMPANY, doc).stream().map(Entity::name).toList();
        return new DefnewsGold.GoldRelation(r.type(),
                r.countryCode(Role.RECIPIENT, doc), r.countryCode(Role.SUPPLIER_COUNTRY, doc),
                systems.isEmpty() ? null : systems,
                r.entities(Role.PARTIES, doc).stream().map(Entity::kbId).filter(java.util.Objects::nonNull).sorted().toList(),
                company.isEmpty() ? "" : company.get(0), r.countryCode(Role.HOST_COUNTRY, doc),
                attrs.all(Attribute.QUANTITY, Attribute.QUANTITIES), value, years,
                attrs.all(Attribute.STATUS, Attribute.STATUSES).stream().map(Status::name).toList(),
                r.evidence().get(0).text());
    }
}
