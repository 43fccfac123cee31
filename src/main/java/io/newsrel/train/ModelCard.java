package io.newsrel.train;

import java.time.LocalDate;
import java.util.Locale;

/** The model card written next to a trained model: what it learned from, how, and how well. */
public final class ModelCard {

    private ModelCard() {
    }

    /**
     * @param result    the training run
     * @param settings  its trainer settings
     * @param data      how its training set was made
     * @param otherShare share of documents without a defence word that were used
     * @param modelFile the model's file name
     * @param bytes     the model's size
     * @param date      the training date
     * @param command   the command line that made it, to reproduce it
     */
    public static String markdown(SystemModelTraining.Result result, SystemModelTrainer.Settings settings,
                                  SystemModelTraining.DataSettings data, double otherShare, String modelFile, long bytes, LocalDate date, String command) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(modelFile).append(": learned recognizer of military systems\n\n");
        md.append("An OpenNLP `TokenNameFinder` (type `").append(SystemModelTrainer.TYPE)
                .append("`) that finds names of military systems, also ones the gazetteer does not list. ")
                .append("The pipeline runs it after the gazetteer, the pattern rules and NER (`entities.systemModel`, on by default); ")
                .append("its spans become SYSTEM entities with source `model` and the model's probability as confidence.\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| trained | ").append(date).append(" |\n");
        md.append("| size | ").append(String.format(Locale.ROOT, "%,d bytes (%.1f MB)", bytes, bytes / 1e6)).append(" |\n");
        md.append("| trainer | OpenNLP ").append(settings.algorithm()).append(", ").append(settings.iterations())
                .append(" iterations, feature cutoff ").append(settings.cutoff()).append(", BIO codec |\n");
        md.append("| features | `src/main/resources").append(SystemModelTrainer.FEATURES).append("`: token classes and ")
                .append("lower-cased words in a window of 2, token patterns, 3-letter prefixes and suffixes, ")
                .append("designation shapes (`SystemNameFeatures`), a category word (howitzer, frigate, fighter, drone, ...) ")
                .append("up to 4 tokens after or 2 before, previous outcomes |\n");
        md.append("| labels | distant supervision: the SYSTEM mentions the pipeline's gazetteer finder accepts ")
                .append("(`models/gazetteers/systems.tsv`, same matching rules) |\n");
        md.append("| corpus sentences | ").append(result.sentencesRead()).append(", holding ")
                .append(result.systemMentions()).append(" system mentions of ").append(result.distinctSystems())
                .append(" gazetteer systems |\n");
        md.append("| training sentences | ").append(result.trainingSentences()).append(": ")
                .append(data.otherSentences() >= 1 ? "every sentence read" : String.format(Locale.ROOT,
                        "every labelled sentence and every sentence with a defence or category word, %.0f%% of the others (seeded)",
                        data.otherSentences() * 100))
                .append(", and ").append(data.replacementCopies())
                .append(" mention-replacement copies of each labelled sentence, its systems replaced by names drawn from ")
                .append(result.replacementNames()).append(" gazetteer surface forms of the same category |\n");
        md.append("| command | `").append(command).append("` |\n\n");
        md.append("## Training data\n\nDocuments with a defence or category word, and ")
                .append(String.format(Locale.ROOT, "%.0f%%", otherShare * 100))
                .append(" of the others (seeded sample), were annotated (CoreNLP tokenize, ssplit, pos, lemma: the pipeline's tokens).\n\n")
                .append("| corpus | documents used | left out (no defence word) | unreadable | sentences | system mentions | distinct systems |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (SystemModelTraining.CorpusStats c : result.corpora()) {
            md.append("| `").append(c.path()).append("` | ").append(c.documents()).append(" | ").append(c.leftOut())
                    .append(" | ").append(c.unreadable())
                    .append(" | ").append(c.sentences()).append(" | ").append(c.systemMentions()).append(" | ")
                    .append(c.distinctSystems()).append(" |\n");
        }
        md.append("\nThe texts are not shipped; the model is derived from them. Where a corpus is also an ")
                .append("evaluation set (defnews-dev), the final model has seen its texts with gazetteer labels, ")
                .append("so end-to-end scores on it are not a test of generalisation; the held-out scores below are.\n");
        if (result.holdout() != null) {
            md.append("\n## Held-out scores\n\n").append(holdoutTable(result.holdout()));
        }
        return md.toString();
    }

    /** The generalisation table, as in the README. */
    public static String holdoutTable(SystemModelTraining.Holdout h) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d of the gazetteer's systems held out by entry (%.0f%%, seed %d), "
                        + "with %.0f%% of the documents; a model trained on %d sentences of the rest (sampled as above, with "
                        + "replacement copies drawn from the training-side entries only), scored on %d.%n%n",
                h.heldOutSystems(), h.fraction() * 100, h.seed(), h.fraction() * 100, h.trainingSentences(),
                h.scoredSentences()));
        md.append("| recognizer | held-out mentions | found | recall | spans proposed | exact gazetteer mention | ")
                .append("partial | unknown | precision |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RecognizerScores s : h.scores()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %d | %d | %d | %d | %.3f |%n", s.recognizer(),
                    s.heldOutMentions(), s.heldOutFound(), s.recall(), s.predicted(), s.correct(), s.partial(),
                    s.unknown(), s.precision()));
        }
        return md.toString();
    }
}
