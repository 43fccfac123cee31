package io.newsrel.train;

import io.newsrel.model.Attributes;
import io.newsrel.relations.attributes.AttributeKind;
import io.newsrel.relations.attributes.LearnedAttributes;
import io.newsrel.relations.transfer.TransferModel;
import io.newsrel.relations.attributes.ValueCandidate;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-validates the attribute decision by document on the deals the pipeline finds and the gold
 * states: each fold's deals decided by a model trained on the other folds, and by the rules, counted
 * as {@code newsrel eval} counts them (right when among the gold values, or absent on both sides).
 * The held-out probability of every candidate is kept, to review where the decision goes wrong.
 */
public final class AttributeCrossValidation {

    private AttributeCrossValidation() {
    }

    /** Right answers out of the deals, per kind. */
    public record Score(int right, int deals) {
        public double accuracy() {
            return deals == 0 ? 1 : (double) right / deals;
        }
    }

    /** Per kind, the learned decision's and the rules' scores. */
    public record Result(int folds, double threshold, Map<AttributeKind, Score> learned, Map<AttributeKind, Score> rules,
                         Map<ValueCandidate, Double> heldOut) {
    }

    public static Result run(AttributeTrainer trainer, List<AttributeTrainer.LabelledDeal> deals, int k, long seed,
                             double threshold) {
        List<String> articles = deals.stream().map(AttributeTrainer.LabelledDeal::article).distinct().toList();
        DocumentFolds<String> folds = DocumentFolds.split(articles, id -> id, k, seed);
        int[][] learned = new int[AttributeKind.values().length][2];
        int[][] rules = new int[AttributeKind.values().length][2];
        Map<ValueCandidate, Double> heldOut = new IdentityHashMap<>();
        for (int f = 0; f < folds.size(); f++) {
            Set<String> test = Set.copyOf(folds.test(f));
            TransferModel model = trainer.fit(deals.stream().filter(d -> !test.contains(d.article())).toList());
            LearnedAttributes decision = new LearnedAttributes(model, threshold);
            for (AttributeTrainer.LabelledDeal deal : deals.stream().filter(d -> test.contains(d.article())).toList()) {
                Attributes decided = decision.decide(deal.candidates());
                deal.candidates().forEach(c -> heldOut.put(c, model.probability(c.features())));
                for (AttributeKind kind : AttributeKind.values()) {
                    tally(learned[kind.ordinal()], AttributeTrainer.right(kind, decided, deal.gold()));
                    tally(rules[kind.ordinal()], AttributeTrainer.right(kind, deal.rules(), deal.gold()));
                }
            }
        }
        return new Result(folds.size(), threshold, scores(learned), scores(rules), heldOut);
    }

    private static void tally(int[] rightTotal, boolean right) {
        rightTotal[1]++;
        rightTotal[0] += right ? 1 : 0;
    }

    private static Map<AttributeKind, Score> scores(int[][] counts) {
        Map<AttributeKind, Score> scores = new EnumMap<>(AttributeKind.class);
        for (AttributeKind kind : AttributeKind.values()) {
            scores.put(kind, new Score(counts[kind.ordinal()][0], counts[kind.ordinal()][1]));
        }
        return scores;
    }

    /** "year 0.85 (rules 0.77), ..." */
    public static String summary(Result result) {
        return java.util.Arrays.stream(AttributeKind.values()).map(kind -> String.format(java.util.Locale.ROOT,
                "%s %.3f (rules %.3f, n=%d)", kind.name().toLowerCase(java.util.Locale.ROOT),
                result.learned().get(kind).accuracy(), result.rules().get(kind).accuracy(), result.learned().get(kind).deals()))
                .collect(Collectors.joining(", "));
    }
}
