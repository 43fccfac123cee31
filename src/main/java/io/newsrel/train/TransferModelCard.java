package io.newsrel.train;

import io.newsrel.relations.transfer.TransferModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The model card of the learned transfer decision: its data, its size and its cross-validated scores. */
public final class TransferModelCard {

    private TransferModelCard() {
    }

    /**
     * @param gold        the gold files trained on
     * @param summary     what training saw
     * @param cv          the candidate-level cross-validation, or null when skipped
     * @param modelFile   the model's file name
     * @param bytes       its size
     * @param commandLine the command that wrote it
     */
    public static String markdown(List<String> gold, TransferTrainer.Summary summary, double sigma,
                                  CandidateCrossValidation.Result cv, TransferModel model, String modelFile, long bytes,
                                  LocalDate date, String commandLine) {
        StringBuilder md = new StringBuilder();
        md.append("# Model card: the learned arms-transfer decision (").append(modelFile).append(")\n\n");
        md.append("- **What it does:** scores each candidate deal (recipient, supplier country, system) that the\n")
                .append("  candidate generator proposes; a deal is reported when its best context scores at least\n")
                .append("  `relations.transferMinConfidence`. Used when `relations.transferDecision` is `learned` or `combined`;\n")
                .append("  the default pipeline uses the rules (see the README, \"Relations: rules or the learned decision\").\n");
        md.append("- **Model:** logistic regression (CoreNLP `LinearClassifier`), Gaussian prior sigma ")
                .append(String.format(Locale.ROOT, "%.2f", sigma)).append(", ")
                .append(String.format(Locale.ROOT, "%,d", bytes)).append(" bytes.\n");
        md.append("- **Trained:** ").append(date).append(", by `").append(commandLine).append("`.\n");
        md.append("- **Data:** ").append(String.join(", ", gold)).append(": ").append(summary.articles())
                .append(" articles, ").append(summary.candidates()).append(" candidates, ").append(summary.positives())
                .append(" of them deals the gold states.\n");
        md.append(String.format(Locale.ROOT, "- **Candidate recall:** %d of %d gold transfers have a matching candidate (%.3f);%n",
                summary.goldCovered(), summary.goldTransfers(), summary.candidateRecall()));
        md.append("  the others lack an entity (a system or country newsrel does not recognise).\n");
        if (cv != null) {
            md.append("\n## Cross-validated by document (").append(cv.folds()).append(" folds, candidate level)\n\n");
            md.append("Each fold's candidates scored by a model trained on the other folds; the rules on the same candidates.\n");
            md.append("Recall is approximate (a gold deal with no system may be matched by more than one candidate);\n");
            md.append("the end-to-end figures are those of `newsrel eval --cv 5`.\n\n");
            md.append("| decision | taken | deals | P | R | F1 |\n|---|---:|---:|---:|---:|---:|\n");
            row(md, String.format(Locale.ROOT, "learned, p >= %.2f", cv.threshold()), cv.learned());
            row(md, "rules", cv.rules());
        }
        md.append("\n## Strongest features\n\n");
        for (String feature : model.topFeatures(16).stream().filter(f -> f.startsWith("(")).toList()) {
            md.append("- `").append(feature).append("`\n");
        }
        md.append("\n## Limits\n\n");
        md.append("Trained on defence news only (1980-2025, mostly English wire and trade press). Outside a\n")
                .append("document about the military no transfer is reported at all (the defence context gate).\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String name, CandidateCrossValidation.Score s) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f |%n", name, s.taken(), s.deals(),
                s.precision(), s.recall(), s.f1()));
    }
}
