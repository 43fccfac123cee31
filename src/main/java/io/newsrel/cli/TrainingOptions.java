package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.eval.DefnewsGold;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every {@code newsrel train} command on gold articles takes (a picocli mixin): the
 * articles, the cross-validation by document that goes into the model card, and the pipeline
 * configuration the candidates are read with.
 */
final class TrainingOptions {

    @Option(names = "--gold", paramLabel = "FILE", required = true, arity = "1..*",
            description = {"Gold articles (defnews JSONL, as", "../shared/SPEC-gold.md)."})
    List<Path> gold;

    @Option(names = "--cv", paramLabel = "K", description = "Folds of the cross-validation in the card; 0 skips it "
            + "(default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--cv-seed", paramLabel = "N", description = "Seed of the split into folds (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Pipeline configuration merged over the defaults.")
    Path config;

    /** @throws UsageException when the model file is not {@code .gz} or {@code --cv} is 1 or negative */
    void check(Path out) {
        if (!out.getFileName().toString().endsWith(".gz")) {
            throw new UsageException("--out must name a .gz file: " + out, null);
        }
        if (folds == 1 || folds < 0) {
            throw new UsageException("--cv needs 0 or at least 2 folds, got " + folds, null);
        }
    }

    List<DefnewsGold.Article> articles() throws IOException {
        return GoldFiles.read(gold);
    }

    /** A builder with {@code -c}'s configuration, for the command to set what it trains against. */
    Pipeline.Builder builder() {
        Pipeline.Builder builder = Pipeline.builder();
        if (config != null) {
            builder.configFile(config);
        }
        return builder;
    }
}
