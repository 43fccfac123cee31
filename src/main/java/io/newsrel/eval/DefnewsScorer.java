package io.newsrel.eval;

import io.newsrel.eval.DefnewsGold.Article;
import io.newsrel.eval.DefnewsGold.GoldRelation;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Relation;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Money;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores extraction results against defnews gold articles (SPEC-gold.md):
 * <ul>
 *   <li>document-level entity sets for COUNTRY (ISO3), COMPANY and SYSTEM, a predicted entity
 *       matching a gold name by canonical name, kbId or any mention text ({@link NameMatch});</li>
 *   <li>relations per type by the spec's key; a gold transfer with system null matches a
 *       prediction with the same recipient and supplier country, after the gold transfers that
 *       name a system have taken their matches;</li>
 *   <li>for matched transfers, whether quantity, value, year and status are among the gold values
 *       (an attribute absent on both sides is right).</li>
 * </ul>
 * Add articles one by one with {@link #add}; read totals from {@link #result}.
 */
public final class DefnewsScorer {

    /** Relation types the spec defines and the scorer scores. */
    public static final List<RelationType> RELATION_TYPES = RelationType.SPEC_TYPES;
    /** The transfer attributes scored, each right when the predicted value is among the gold values. */
    public static final List<Attribute<?>> TRANSFER_ATTRIBUTES =
            List.of(Attribute.QUANTITY, Attribute.VALUE, Attribute.YEAR, Attribute.STATUS);
    /** Confidence thresholds at which relation precision is reported. */
    public static final List<Double> THRESHOLDS = List.of(0.0, 0.5, 0.7, 0.8, 0.9);

    private final Map<String, Prf> entities = new TreeMap<>();
    private final Map<String, Prf> relations = new TreeMap<>();
    private final Map<String, int[]> attributes = new TreeMap<>();
    private final List<double[]> relationConfidence = new ArrayList<>();
    private final List<DocumentErrors> errors = new ArrayList<>();

    /**
     * What one document got wrong, for the misses file, and every relation reported with its
     * confidence, whether it matched gold and the attributes of a matched transfer that differ from
     * gold ({@code ARMS_TRANSFER IND<-FRA [Rafale] @0.830 right; year 2016 (gold [2015])}), to study the
     * confidence of right and wrong ones.
     */
    public record DocumentErrors(String id, List<String> missed, List<String> spurious, List<String> reported) {
    }

    /** Totals over all added articles. */
    public record Result(Map<String, Prf> entities, Map<String, Prf> relations, Map<String, Double> attributeAccuracy,
                         Map<String, Integer> attributeCounts, Map<String, Double> precisionAtConfidence,
                         List<DocumentErrors> documents) {
    }

    public DefnewsScorer() {
        DefnewsGold.ENTITY_TYPES.forEach(t -> entities.put(t, Prf.ZERO));
        RELATION_TYPES.forEach(t -> relations.put(t.name(), Prf.ZERO));
        TRANSFER_ATTRIBUTES.forEach(a -> attributes.put(a.jsonName(), new int[2]));
    }

    public synchronized void add(Article gold, ExtractionResult predicted) {
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        for (String type : DefnewsGold.ENTITY_TYPES) {
            List<Entity> ofType = predicted.entitiesOfType(EntityType.valueOf(type));
            Matching<String, Entity> m = Matching.of(gold.entities().get(type), ofType,
                    (g, p) -> NameMatch.keys(p).contains(NameMatch.key(g)));
            entities.merge(type, m.prf(), Prf::plus);
            m.missed.forEach(g -> missed.add(type + " " + g));
            m.spurious.forEach(p -> spurious.add(type + " " + (p.kbId() != null ? p.kbId() : p.name())));
        }
        for (RelationType type : RELATION_TYPES) {
            List<GoldRelation> goldOfType = gold.relations().stream().filter(r -> r.type() == type).toList();
            List<Relation> predictedOfType = predicted.relations().stream().filter(r -> r.type() == type).toList();
            Matching<GoldRelation, Relation> m = matchRelations(type, goldOfType, predictedOfType, predicted);
            relations.merge(type.name(), m.prf(), Prf::plus);
            m.missed.forEach(g -> missed.add(describe(g)));
            m.spurious.forEach(p -> spurious.add(describe(p, predicted)));
            m.matched.forEach(pair -> relationConfidence.add(new double[] {pair.predicted().confidence(), 1}));
            m.spurious.forEach(p -> relationConfidence.add(new double[] {p.confidence(), 0}));
            for (var pair : m.matched) {
                List<String> wrongAttributes = type == RelationType.ARMS_TRANSFER
                        ? scoreAttributes(pair.gold(), pair.predicted()) : List.of();
                reported.add(reported(pair.predicted(), predicted, true)
                        + (wrongAttributes.isEmpty() ? "" : "; " + String.join("; ", wrongAttributes)));
            }
            m.spurious.forEach(p -> reported.add(reported(p, predicted, false)));
        }
        errors.add(new DocumentErrors(gold.document().id(), missed, spurious, reported));
    }

    public synchronized Result result() {
        Map<String, Double> accuracy = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        attributes.forEach((name, rightTotal) -> {
            accuracy.put(name, rightTotal[1] == 0 ? 1.0 : (double) rightTotal[0] / rightTotal[1]);
            counts.put(name, rightTotal[1]);
        });
        Map<String, Double> atConfidence = new TreeMap<>();
        for (double threshold : THRESHOLDS) {
            long kept = relationConfidence.stream().filter(c -> c[0] >= threshold).count();
            long right = relationConfidence.stream().filter(c -> c[0] >= threshold && c[1] == 1).count();
            atConfidence.put(String.format("%.1f", threshold), kept == 0 ? 1.0 : (double) right / kept);
        }
        return new Result(new TreeMap<>(entities), new TreeMap<>(relations), accuracy, counts, atConfidence,
                List.copyOf(errors));
    }

    private static Matching<GoldRelation, Relation> matchRelations(RelationType type, List<GoldRelation> gold,
                                                                  List<Relation> predicted, ExtractionResult doc) {
        return switch (type) {
            case ARMS_TRANSFER -> {
                List<GoldRelation> named = gold.stream().filter(g -> g.system() != null).toList();
                List<GoldRelation> category = gold.stream().filter(g -> g.system() == null).toList();
                yield Matching.of(named, predicted, (g, p) -> sameParties(g, p, doc) && systemMatches(g, p, doc))
                        .add(category, (g, p) -> sameParties(g, p, doc));
            }
            case COOPERATION_AGREEMENT -> Matching.of(gold, predicted,
                    (g, p) -> new TreeSet<>(g.parties()).equals(countryCodes(p, Role.PARTIES, doc)));
            case LOCAL_PRODUCTION -> Matching.of(gold, predicted,
                    (g, p) -> Objects.equals(g.hostCountry(), p.countryCode(Role.HOST_COUNTRY, doc))
                            && entityKeys(p, Role.COMPANY, doc).contains(NameMatch.key(g.company())));
            default -> throw new IllegalArgumentException("not a scored relation type: " + type);
        };
    }

    private static boolean sameParties(GoldRelation g, Relation p, ExtractionResult doc) {
        return Objects.equals(g.recipient(), p.countryCode(Role.RECIPIENT, doc))
                && Objects.equals(g.supplierCountry(), p.countryCode(Role.SUPPLIER_COUNTRY, doc));
    }

    private static boolean systemMatches(GoldRelation g, Relation p, ExtractionResult doc) {
        Set<String> keys = entityKeys(p, Role.SYSTEM, doc);
        return g.system().stream().map(NameMatch::key).anyMatch(keys::contains);
    }

    /** Tallies the four attributes of a matched transfer and returns those it got wrong. */
    private List<String> scoreAttributes(GoldRelation g, Relation p) {
        Attributes attrs = p.attrs();
        List<String> wrong = new ArrayList<>();
        tally(Attribute.QUANTITY, among(attrs.get(Attribute.QUANTITY), g.quantity(), List::contains),
                attrs.get(Attribute.QUANTITY), g.quantity(), wrong);
        tally(Attribute.VALUE, among(attrs.get(Attribute.VALUE), g.value(),
                (gold, v) -> gold.stream().anyMatch(gv -> sameMoney(gv, v))), attrs.get(Attribute.VALUE), g.value(), wrong);
        tally(Attribute.YEAR, among(java.util.Optional.ofNullable(year(attrs)), g.year(), List::contains),
                java.util.Optional.ofNullable(year(attrs)), g.year(), wrong);
        tally(Attribute.STATUS, among(attrs.get(Attribute.STATUS).map(Status::name), g.status(), List::contains),
                attrs.get(Attribute.STATUS), g.status(), wrong);
        return wrong;
    }

    /** Right when both are absent, or the predicted value is among the gold values. */
    private static <G, P> boolean among(java.util.Optional<P> predicted, List<G> gold,
                                        java.util.function.BiPredicate<List<G>, P> contains) {
        return predicted.isEmpty() ? gold.isEmpty() : contains.test(gold, predicted.get());
    }

    private void tally(Attribute<?> attribute, boolean right, java.util.Optional<?> predicted, List<?> gold,
                       List<String> wrong) {
        int[] rightTotal = attributes.get(attribute.jsonName());
        rightTotal[1]++;
        if (right) {
            rightTotal[0]++;
        } else {
            wrong.add(attribute.jsonName() + " " + predicted.map(Object::toString).orElse("none") + " (gold " + gold + ")");
        }
    }

    /** Same currency and an amount within 1% of the gold's. */
    public static boolean sameMoney(DefnewsGold.Money gold, Money predicted) {
        return gold.currency().equals(predicted.currency())
                && Math.abs(predicted.amount().doubleValue() - gold.amount()) <= 0.01 * Math.abs(gold.amount());
    }

    /** The year of a relation: its year, else the first four digits of its date. */
    static Integer year(Attributes attrs) {
        return attrs.get(Attribute.YEAR).orElseGet(() -> attrs.get(Attribute.DATE)
                .filter(date -> date.matches("\\d{4}.*")).map(date -> Integer.parseInt(date.substring(0, 4)))
                .orElse(null));
    }

    private static Set<String> countryCodes(Relation p, Role role, ExtractionResult doc) {
        Set<String> codes = new TreeSet<>();
        p.entities(role, doc).forEach(e -> codes.add(e.kbId()));
        return codes;
    }

    private static Set<String> entityKeys(Relation p, Role role, ExtractionResult doc) {
        Set<String> keys = new HashSet<>();
        p.entities(role, doc).forEach(e -> keys.addAll(NameMatch.keys(e)));
        return keys;
    }

    private static String describe(GoldRelation g) {
        return switch (g.type()) {
            case ARMS_TRANSFER -> "ARMS_TRANSFER " + g.recipient() + "<-" + g.supplierCountry() + " " + g.system();
            case COOPERATION_AGREEMENT -> "COOPERATION_AGREEMENT " + g.parties();
            case LOCAL_PRODUCTION -> "LOCAL_PRODUCTION " + g.company() + " in " + g.hostCountry();
            default -> g.type().name();
        };
    }

    private static String reported(Relation p, ExtractionResult doc, boolean right) {
        return describe(p, doc) + String.format(" @%.3f ", p.confidence()) + (right ? "right" : "wrong");
    }

    private static String describe(Relation p, ExtractionResult doc) {
        return switch (p.type()) {
            case ARMS_TRANSFER -> "ARMS_TRANSFER " + p.countryCode(Role.RECIPIENT, doc) + "<-"
                    + p.countryCode(Role.SUPPLIER_COUNTRY, doc) + " "
                    + p.entities(Role.SYSTEM, doc).stream().map(Entity::name).toList();
            case COOPERATION_AGREEMENT -> "COOPERATION_AGREEMENT " + countryCodes(p, Role.PARTIES, doc);
            case LOCAL_PRODUCTION -> "LOCAL_PRODUCTION " + p.entities(Role.COMPANY, doc).stream().map(Entity::name).toList()
                    + " in " + p.countryCode(Role.HOST_COUNTRY, doc);
            default -> p.type().name();
        };
    }
}
