package io.newsrel.relations.attributes;

import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.model.Money;
import io.newsrel.model.Role;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.transfer.TransferModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The learned decision on a deal's year, value and quantity: every candidate value near the deal
 * ({@link ValueCandidates}) is scored by a logistic regression (trained by {@code newsrel train
 * attributes}); per attribute the value with the highest probability is the deal's when that
 * probability reaches the minimum, else the deal has none. The rules' reading is one of the
 * features, so the model starts from the rules and learns where they go wrong. Thread-safe.
 */
public final class LearnedAttributes {

    /** The attributes decided here, with their companions that only make sense with them. */
    private static final List<Attribute<?>> DECIDED = List.of(Attribute.YEAR, Attribute.DATE, Attribute.YEAR_FROM,
            Attribute.VALUE, Attribute.VALUE_FROM, Attribute.QUANTITY);

    private final TransferModel model;
    private final double minConfidence;

    public LearnedAttributes(TransferModel model, double minConfidence) {
        this.model = model;
        this.minConfidence = minConfidence;
    }

    /** The transfers with their year, value and quantity decided per deal (candidates of one key are one deal). */
    public List<RelationCandidate> apply(LinkedDocument document, List<RelationCandidate> found) {
        List<RelationCandidate> decided = new ArrayList<>();
        for (List<RelationCandidate> deal : byDeal(found).values()) {
            Attributes chosen = decide(ValueCandidates.of(context(document, deal)));
            for (RelationCandidate c : deal) {
                Attributes.Builder attrs = c.attrs().toBuilder();
                DECIDED.forEach(attrs::remove);
                attrs.putAll(chosen);
                decided.add(c.withAttrs(attrs.build()));
            }
        }
        return decided;
    }

    /** The year, value and quantity the candidates give, each the most probable at or above the minimum. */
    public Attributes decide(List<ValueCandidate> candidates) {
        Attributes.Builder attrs = Attributes.builder();
        for (AttributeKind kind : AttributeKind.values()) {
            best(candidates, kind).ifPresent(c -> {
                switch (kind) {
                    case YEAR -> {
                        attrs.put(Attribute.YEAR, (Integer) c.value());
                        if (c.date() != null) {
                            attrs.put(Attribute.DATE, c.date());
                        }
                    }
                    case VALUE -> attrs.put(Attribute.VALUE, (Money) c.value());
                    case QUANTITY -> attrs.put(Attribute.QUANTITY, (Long) c.value());
                }
            });
        }
        return attrs.build();
    }

    private Optional<ValueCandidate> best(List<ValueCandidate> candidates, AttributeKind kind) {
        return candidates.stream().filter(c -> c.kind() == kind)
                .map(c -> Map.entry(c, model.probability(c.features())))
                .filter(e -> e.getValue() >= minConfidence)
                .max(Comparator.comparingDouble(Map.Entry<ValueCandidate, Double>::getValue))
                .map(Map.Entry::getKey);
    }

    /** Candidates grouped by key, in order of first appearance. */
    public static Map<String, List<RelationCandidate>> byDeal(List<RelationCandidate> found) {
        Map<String, List<RelationCandidate>> byKey = new LinkedHashMap<>();
        found.forEach(c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        return byKey;
    }

    /**
     * One deal as its candidates give it: their sentences, its system and parties, and the
     * attributes the rules read, merged as the relation merger merges them (most confident first).
     */
    public static DealContext context(LinkedDocument document, List<RelationCandidate> deal) {
        List<RelationCandidate> byConfidence = deal.stream()
                .sorted(Comparator.comparingDouble(RelationCandidate::confidence).reversed()).toList();
        Attributes.Builder rules = Attributes.builder();
        TreeSet<Integer> sentences = new TreeSet<>();
        for (RelationCandidate c : byConfidence) {
            rules.putAllAbsent(c.attrs());
            c.evidence().forEach(e -> sentences.add(e.sentence()));
        }
        RelationCandidate first = byConfidence.get(0);
        Entity system = first.args().ids(Role.SYSTEM).stream().findFirst()
                .flatMap(id -> document.entities().stream().filter(e -> e.id().equals(id)).findFirst()).orElse(null);
        Attributes merged = rules.build();
        return new DealContext(document, sentences, system, merged.get(Attribute.RECIPIENT_COUNTRY).orElse(null),
                merged.get(Attribute.SUPPLIER_COUNTRY).orElse(null), merged);
    }
}
