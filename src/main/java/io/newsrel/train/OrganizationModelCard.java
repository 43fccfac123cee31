package io.newsrel.train;

import io.newsrel.entities.OrganizationModel;
import io.newsrel.entities.OrganizationModel.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cross-validates the organisation classifier by document on its training examples, beside the
 * rules it replaces, and writes the model card ({@code models/organizations.md}).
 */
public final class OrganizationModelCard {

    /** Span-level scores of one way of typing organisations, summed over the folds. */
    public record Scores(String system, int spans, int right, int truePositives, int falsePositives,
                         int falseNegatives) {
        public double accuracy() {
            return spans == 0 ? 0 : (double) right / spans;
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private OrganizationModelCard() {
    }

    /** The classifier and the rules scored on each fold's spans by a classifier trained on the other folds. */
    public static List<Scores> crossValidate(List<OrganizationExamples.Example> examples, int k, long seed) {
        Map<String, List<OrganizationExamples.Example>> byArticle = examples.stream()
                .collect(Collectors.groupingBy(OrganizationExamples.Example::article, LinkedHashMap::new,
                        Collectors.toList()));
        DocumentFolds<String> folds = DocumentFolds.split(new ArrayList<>(byArticle.keySet()), a -> a, k, seed);
        int[] model = new int[5];
        int[] rules = new int[5];
        for (int f = 0; f < folds.size(); f++) {
            List<OrganizationExamples.Example> training = folds.training(f).stream()
                    .flatMap(a -> byArticle.get(a).stream()).toList();
            OrganizationModel fitted = OrganizationModelTrainer.fit(training);
            for (String article : folds.test(f)) {
                for (OrganizationExamples.Example e : byArticle.get(article)) {
                    count(model, e.label(), fitted.classify(e.features()).outcome());
                    count(rules, e.label(), e.rule());
                }
            }
        }
        return List.of(scores("classifier", model), scores("rules", rules));
    }

    private static void count(int[] c, Outcome gold, Outcome predicted) {
        c[0]++;
        c[1] += gold == predicted ? 1 : 0;
        c[2] += gold == Outcome.COMPANY && predicted == Outcome.COMPANY ? 1 : 0;
        c[3] += gold != Outcome.COMPANY && predicted == Outcome.COMPANY ? 1 : 0;
        c[4] += gold == Outcome.COMPANY && predicted != Outcome.COMPANY ? 1 : 0;
    }

    private static Scores scores(String system, int[] c) {
        return new Scores(system, c[0], c[1], c[2], c[3], c[4]);
    }

    /** What the card says about the data and the training. */
    public record Facts(List<String> goldFiles, int articles, List<OrganizationExamples.Example> examples, long bytes,
                        LocalDate date, int folds, long seed, List<Scores> scores, String command) {
    }

    public static String markdown(Facts facts) {
        Map<Outcome, Integer> labels = new EnumMap<>(Outcome.class);
        facts.examples().forEach(e -> labels.merge(e.label(), 1, Integer::sum));
        StringBuilder md = new StringBuilder();
        md.append("# organizations.bin: learned organisation classifier\n\n")
                .append("An OpenNLP maximum-entropy model that decides, for each organisation span CoreNLP's NER finds ")
                .append("(repaired first: `OrganizationSpans`), whether it is a COMPANY, an armed force (MILITARY), a state ")
                .append("body (GOVERNMENT) or another organisation (OTHER). The pipeline uses it when ")
                .append("`entities.organizationModel` is on (the default); `entities.organizationModelFile` names another ")
                .append("model. Gazetteer companies are found by name before it and win any overlap.\n\n")
                .append("| | |\n|---|---|\n")
                .append("| trained | ").append(facts.date()).append(" |\n")
                .append(String.format(Locale.ROOT, "| size | %,d bytes |%n", facts.bytes()))
                .append("| trainer | OpenNLP MAXENT_QN (L-BFGS), L2 cost 1.0, 200 iterations, no feature cutoff |\n")
                .append("| features | `io.newsrel.entities.OrganizationFeatures` (the same class at run time): the name's ")
                .append("words, head and first word and the lexicon each belongs to (heads of armed forces, state bodies, ")
                .append("media, associations; company cues; legal forms; generic words; country words), the head-noun ")
                .append("rules' verdict, two words before and after, a describing noun (\"manufacturer\", \"shipbuilder\"), ")
                .append("\"-built\", \"contract with\", \"of <country>\", gazetteer membership of the span and its words, ")
                .append("headline capitalisation, first sentence, quotes, a defence word in the sentence |\n")
                .append("| labels | a span naming a gold COMPANY (same name, without legal form, first words or acronym) is ")
                .append("COMPANY; any other span is not a company by the gold data, and is labelled MILITARY or GOVERNMENT ")
                .append("when the head-noun rules say so, else OTHER (the gold data do not say which kind of non-company ")
                .append("it is) |\n")
                .append("| data | ").append(String.join(", ", facts.goldFiles().stream().map(f -> "`" + f + "`").toList()))
                .append(": ").append(facts.articles()).append(" articles, ").append(facts.examples().size())
                .append(" organisation spans: ").append(labels.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))).append(" |\n")
                .append("| command | `").append(facts.command()).append("` |\n\n")
                .append("## Cross-validated scores\n\n")
                .append(facts.folds()).append("-fold cross-validation by article (seed ").append(facts.seed())
                .append("): each fold's spans are typed by a classifier trained on the other folds' articles. ")
                .append("The rules are those used when the model is off. Span level: one row per organisation span ")
                .append("NER finds, gazetteer matches aside; end-to-end document scores are in the README.\n\n")
                .append("| typed by | spans | accuracy (4 kinds) | COMPANY P | R | F1 |\n|---|---:|---:|---:|---:|---:|\n");
        for (Scores s : facts.scores()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", s.system(), s.spans(),
                    s.accuracy(), s.precision(), s.recall(), s.f1()));
        }
        md.append("\nThe gold texts are not shipped; the model is derived from them.\n");
        return md.toString();
    }
}
