package io.newsrel.train;

import io.newsrel.relations.transfer.Features;
import io.newsrel.relations.transfer.TransferModel;
import io.newsrel.train.TransferTrainer.Labelled;
import io.newsrel.train.TransferTrainer.LabelledArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A quick cross-validation of the transfer decision on its candidates, by document: each fold's
 * candidates are scored by a model trained on the other folds, and, beside it, by the rules (a
 * candidate the rules took carries a {@code rule:} feature). A candidate counts once, at its best
 * context. This is what the model card reports; the end-to-end figure is {@code newsrel eval --cv}.
 */
public final class CandidateCrossValidation {

    /** Candidates taken and how many of them are deals, out of the gold transfers. */
    public record Score(int taken, int deals, int goldTransfers) {
        public double precision() {
            return taken == 0 ? 0 : (double) deals / taken;
        }

        /** Approximate: a gold transfer with no system may be matched by several candidates. */
        public double recall() {
            return goldTransfers == 0 ? 0 : Math.min(1, (double) deals / goldTransfers);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The learned decision at a threshold and the rules, on the same folds. */
    public record Result(int folds, double threshold, Score learned, Score rules) {
    }

    private CandidateCrossValidation() {
    }

    public static Result run(TransferTrainer trainer, List<LabelledArticle> articles, int k, long seed, double threshold) {
        DocumentFolds<LabelledArticle> folds = DocumentFolds.split(articles, LabelledArticle::id, k, seed);
        int gold = TransferTrainer.summary(articles).goldTransfers();
        int learnedTaken = 0;
        int learnedDeals = 0;
        int ruleTaken = 0;
        int ruleDeals = 0;
        for (int f = 0; f < folds.size(); f++) {
            TransferModel model = trainer.fit(folds.training(f));
            Set<LabelledArticle> test = new HashSet<>(folds.test(f));
            for (LabelledArticle article : test) {
                for (Labelled candidate : article.candidates()) {
                    if (best(model, candidate.contexts()) >= threshold) {
                        learnedTaken++;
                        learnedDeals += candidate.deal() ? 1 : 0;
                    }
                    if (takenByRules(candidate.contexts())) {
                        ruleTaken++;
                        ruleDeals += candidate.deal() ? 1 : 0;
                    }
                }
            }
        }
        return new Result(folds.size(), threshold, new Score(learnedTaken, learnedDeals, gold),
                new Score(ruleTaken, ruleDeals, gold));
    }

    private static double best(TransferModel model, List<Features> contexts) {
        double best = 0;
        for (Features context : contexts) {
            best = Math.max(best, model.probability(context));
        }
        return best;
    }

    private static boolean takenByRules(List<Features> contexts) {
        List<String> names = new ArrayList<>();
        contexts.forEach(c -> names.addAll(c.names()));
        return names.stream().anyMatch(n -> n.startsWith("rule:") && !n.equals("rule:none"));
    }
}
