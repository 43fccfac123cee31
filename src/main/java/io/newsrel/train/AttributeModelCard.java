package io.newsrel.train;

import io.newsrel.relations.attributes.AttributeKind;
import io.newsrel.relations.transfer.TransferModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The model card of the learned decision on deal attributes: its data, its size and its cross-validated accuracy. */
public final class AttributeModelCard {

    private AttributeModelCard() {
    }

    /**
     * @param deals       what training saw
     * @param cv          the deal-level cross-validation, or null when skipped
     * @param commandLine the command that wrote it
     */
    public static String markdown(List<String> gold, List<AttributeTrainer.LabelledDeal> deals, double sigma,
                                  AttributeCrossValidation.Result cv, TransferModel model, String modelFile, long bytes,
                                  LocalDate date, String commandLine) {
        StringBuilder md = new StringBuilder();
        md.append("# Model card: the learned decision on deal attributes (").append(modelFile).append(")\n\n");
        md.append("- **What it does:** for each arms transfer found, scores every year, amount of money and count\n")
                .append("  near the deal (years: its sentences, their neighbours and the lead; counts: also sentences naming\n")
                .append("  its system; amounts: anywhere in the article); per attribute the most probable value is the deal's\n")
                .append("  when its probability reaches\n")
                .append("  `relations.attributeMinConfidence`, else the deal has none. Used when\n")
                .append("  `relations.attributeDecision` is `learned` (see the README, \"Deal attributes\").\n");
        md.append("- **Model:** logistic regression (CoreNLP `LinearClassifier`), Gaussian prior sigma ")
                .append(String.format(Locale.ROOT, "%.2f", sigma)).append(", ")
                .append(String.format(Locale.ROOT, "%,d", bytes)).append(" bytes.\n");
        md.append("- **Trained:** ").append(date).append(", by `").append(commandLine).append("`.\n");
        long candidates = deals.stream().mapToLong(d -> d.candidates().size()).sum();
        long positives = deals.stream().mapToLong(d -> d.labels().stream().filter(b -> b).count()).sum();
        md.append("- **Data:** ").append(String.join(", ", gold)).append(": ").append(deals.size())
                .append(" transfers the pipeline finds and the gold states, ").append(candidates)
                .append(" candidate values, ").append(positives).append(" of them among the gold values.\n");
        if (cv != null) {
            md.append("\n## Cross-validated by document (").append(cv.folds()).append(" folds, found deals)\n\n");
            md.append("Each fold's deals decided by a model trained on the other folds, and by the rules; right when\n")
                    .append("among the gold values or absent on both sides, as `newsrel eval` counts. The end-to-end\n")
                    .append("figures are those of `newsrel eval --cv 5` (README).\n\n");
            md.append("| attribute | deals | learned | rules |\n|---|---:|---:|---:|\n");
            for (AttributeKind kind : AttributeKind.values()) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", kind.name().toLowerCase(Locale.ROOT),
                        cv.learned().get(kind).deals(), cv.learned().get(kind).accuracy(), cv.rules().get(kind).accuracy()));
            }
        }
        md.append("\n## Strongest features\n\n");
        for (String feature : model.topFeatures(20).stream().filter(f -> f.startsWith("(")).toList()) {
            md.append("- `").append(feature).append("`\n");
        }
        md.append("\n## Limits\n\n");
        md.append("Trained on the transfers of defence news the pipeline finds (1980-2025, mostly English wire\n")
                .append("and trade press); values the recognizer misses (an amount CoreNLP does not tag) are never\n")
                .append("candidates. The status is not decided here: it comes from the trigger rules.\n");
        return md.toString();
    }
}
