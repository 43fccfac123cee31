package io.newsrel.cli;

import io.newsrel.output.Json;
import io.newsrel.train.DefenceDocumentFilter;
import io.newsrel.train.ModelCard;
import io.newsrel.train.SystemModelTrainer;
import io.newsrel.train.SystemModelTraining;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsrel train}: trains newsrel's learned models. */
@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Trains newsrel's learned models.",
        subcommands = {TrainCommand.Systems.class, TrainCommand.Organizations.class, TrainRelationsCommand.class,
                TrainAttributesCommand.class})
final class TrainCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try: systems, organizations, relations)");
    }

    /** {@code newsrel train systems --corpus DIR... --out FILE}. */
    @Command(name = "systems", mixinStandardHelpOptions = true,
            header = "Trains the recognizer of military systems.",
            description = {"Trains it on news labelled by the systems gazetteer, measures how it",
                    "generalises to systems held out of training, and writes the model with its",
                    "card (FILE with .md for .bin).", ""})
    static final class Systems implements Callable<Integer> {

        @Option(names = "--corpus", paramLabel = "PATH", required = true, arity = "1..*",
                description = {"Folders or files of news: .txt, .jsonl or", "Reuters-21578 .sgm"})
        List<Path> corpora;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Model to write (default: ${DEFAULT-VALUE}).")
        Path out = Path.of("models/systems-ner.bin");

        @Option(names = "--holdout", paramLabel = "SHARE",
                description = "Share of gazetteer systems (and documents) held out to measure generalisation; "
                        + "0 skips the measurement (default: ${DEFAULT-VALUE}).")
        double holdout = 0.2;

        @Option(names = "--seed", description = "Seed of the held-out choice (default: ${DEFAULT-VALUE}).")
        long seed = 1;

        @Option(names = "--report", paramLabel = "FILE", description = "Also write the held-out scores as JSON.")
        Path report;

        @Option(names = "--algorithm", description = "MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).")
        String algorithm = "MAXENT";

        @Option(names = "--iterations", description = "Training iterations (default: ${DEFAULT-VALUE}).")
        int iterations = 100;

        @Option(names = "--cutoff", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
        int cutoff = 2;

        @Option(names = "--other-documents", paramLabel = "SHARE",
                description = "Share of documents without a defence word that are used too (default: ${DEFAULT-VALUE}).")
        double otherDocuments = 0.05;

        @Option(names = "--replacement-copies", paramLabel = "K",
                description = "Copies of each labelled sentence with its systems replaced by other gazetteer names "
                        + "(mention replacement; default: ${DEFAULT-VALUE}).")
        int replacementCopies = 20;

        @Option(names = "--other-sentences", paramLabel = "SHARE",
                description = "Share of sentences without a system or a defence word that are trained on "
                        + "(default: ${DEFAULT-VALUE}).")
        double otherSentences = 1.0;

        @Option(names = "--threads", description = "Annotation threads (default: available processors).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Override
        public Integer call() throws IOException {
            for (Path corpus : corpora) {
                if (!Files.exists(corpus)) {
                    throw new UsageException("corpus not found: " + corpus, null);
                }
            }
            if (!out.getFileName().toString().endsWith(".bin")) {
                throw new UsageException("--out must name a .bin file: " + out, null);
            }
            SystemModelTrainer.Settings settings;
            SystemModelTraining.DataSettings data;
            DefenceDocumentFilter filter;
            try {
                settings = new SystemModelTrainer.Settings(algorithm.toUpperCase(java.util.Locale.ROOT), iterations, cutoff);
                data = new SystemModelTraining.DataSettings(replacementCopies, otherSentences);
                filter = DefenceDocumentFilter.shipped(otherDocuments, seed);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            }
            SystemModelTraining.Result result = new SystemModelTraining(settings, data, filter, Math.max(1, threads))
                    .run(corpora, holdout, seed);
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                result.model().serialize(stream);
            }
            long bytes = Files.size(out);
            Path card = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.bin$", ".md"));
            Files.writeString(card, ModelCard.markdown(result, settings, data, otherDocuments, out.getFileName().toString(), bytes,
                    LocalDate.now(), commandLine()), StandardCharsets.UTF_8);
            if (report != null && result.holdout() != null) {
                Files.writeString(report, Json.pretty(result.holdout()) + "\n", StandardCharsets.UTF_8);
            }
            System.err.printf("newsrel: model %s (%,d bytes), card %s%n", out, bytes, card);
            if (result.holdout() != null) {
                System.out.print(ModelCard.holdoutTable(result.holdout()));
            }
            return NewsrelCli.OK;
        }

        private String commandLine() {
            StringBuilder cmd = new StringBuilder("newsrel train systems");
            corpora.forEach(c -> cmd.append(" --corpus ").append(c));
            cmd.append(" --out ").append(out).append(" --holdout ").append(holdout).append(" --seed ").append(seed)
                    .append(" --algorithm ").append(algorithm).append(" --iterations ").append(iterations)
                    .append(" --cutoff ").append(cutoff).append(" --other-documents ").append(otherDocuments)
                    .append(" --other-sentences ").append(otherSentences).append(" --replacement-copies ").append(replacementCopies);
            return cmd.toString();
        }
    }

    /** {@code newsrel train organizations --gold FILE... -o FILE}. */
    @Command(name = "organizations", mixinStandardHelpOptions = true,
            header = "Trains the organisation classifier.",
            description = {"Trains it (company, armed force, state body, other) on gold articles,",
                    "cross-validates it by article beside the rules, and writes the model with",
                    "its card (FILE with .md for .bin).", ""})
    static final class Organizations implements Callable<Integer> {

        @Option(names = "--gold", paramLabel = "FILE", required = true, arity = "1..*",
                description = "Gold articles (defnews JSONL, SPEC-gold.md).")
        List<Path> gold;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Model to write (default: ${DEFAULT-VALUE}).")
        Path out = Path.of("models/organizations.bin");

        @Option(names = "--folds", description = "Folds of the cross-validation on the card (default: ${DEFAULT-VALUE}).")
        int folds = 5;

        @Option(names = "--seed", description = "Seed of the split into folds (default: ${DEFAULT-VALUE}).")
        long seed = 1;

        @Override
        public Integer call() throws IOException {
            List<io.newsrel.eval.DefnewsGold.Article> articles = GoldFiles.read(gold);
            if (!out.getFileName().toString().endsWith(".bin")) {
                throw new UsageException("--out must name a .bin file: " + out, null);
            }
            io.newsrel.Pipeline pipeline = io.newsrel.Pipeline.builder().set("entities.organizationModel", "false").build();
            List<io.newsrel.train.OrganizationExamples.Example> examples = io.newsrel.train.OrganizationExamples.of(
                    articles, pipeline.annotator(),
                    io.newsrel.entities.EntityFinders.organizationReader(pipeline.config().entities()));
            List<io.newsrel.train.OrganizationModelCard.Scores> scores =
                    io.newsrel.train.OrganizationModelCard.crossValidate(examples, folds, seed);
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                io.newsrel.train.OrganizationModelTrainer.fit(examples).write(stream);
            }
            long bytes = Files.size(out);
            Path card = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.bin$", ".md"));
            String command = "newsrel train organizations --gold " + String.join(" --gold ",
                    gold.stream().map(Path::toString).toList()) + " --out " + out + " --folds " + folds + " --seed " + seed;
            Files.writeString(card, io.newsrel.train.OrganizationModelCard.markdown(new io.newsrel.train.OrganizationModelCard.Facts(
                    gold.stream().map(Path::toString).toList(), articles.size(), examples, bytes, LocalDate.now(), folds,
                    seed, scores, command)), StandardCharsets.UTF_8);
            System.err.printf("newsrel: model %s (%,d bytes), card %s%n", out, bytes, card);
            scores.forEach(s -> System.out.printf(java.util.Locale.ROOT,
                    "%s: %d spans, accuracy %.3f, COMPANY P %.3f R %.3f F1 %.3f%n", s.system(), s.spans(),
                    s.accuracy(), s.precision(), s.recall(), s.f1()));
            return NewsrelCli.OK;
        }
    }
}
