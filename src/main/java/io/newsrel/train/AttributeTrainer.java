package io.newsrel.train;

import io.newsrel.Pipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.eval.DefnewsScorer;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Money;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.attributes.AttributeKind;
import io.newsrel.relations.attributes.DealContext;
import io.newsrel.relations.attributes.LearnedAttributes;
import io.newsrel.relations.attributes.ValueCandidate;
import io.newsrel.relations.attributes.ValueCandidates;
import io.newsrel.relations.transfer.ArmsTransferExtractor;
import io.newsrel.relations.transfer.TransferModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the learned decision on deal attributes ({@code newsrel train attributes}): the pipeline
 * (with the parts trained before it, attributes by the rules) reads each gold article; for every
 * transfer it finds that the gold states, each candidate year, amount and count near the deal is
 * labelled by whether it is among the gold's values for that deal, and a logistic regression
 * learns from their features.
 */
public final class AttributeTrainer implements GoldTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(AttributeTrainer.class);
    public static final String MODEL_FILE = "deal-attributes.model.gz";
    /** The prior's standard deviation, chosen by cross-validation on the dev articles (README). */
    public static final double DEFAULT_SIGMA = 0.5;

    private final double sigma;

    public AttributeTrainer(double sigma) {
        this.sigma = sigma;
    }

    @Override
    public String name() {
        return "attributes";
    }

    @Override
    public boolean usedBy(PipelineConfig config) {
        return config.relations().learnedAttributes();
    }

    /** One found deal the gold states: its gold values, the rules' reading and its candidate values, labelled. */
    public record LabelledDeal(String article, String key, DefnewsGold.GoldRelation gold, Attributes rules,
                               List<ValueCandidate> candidates, List<Boolean> labels) {
    }

    @Override
    public Map<String, Object> train(List<DefnewsGold.Article> gold, PipelineFactory pipelines, Path dir) throws IOException {
        List<LabelledDeal> deals = label(gold, pipelines.build(Map.of("relations.attributeDecision", PipelineConfig.Relations.RULES)));
        Path file = dir.resolve(MODEL_FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            fit(deals).write(out);
        }
        return Map.of("relations.attributeDecision", PipelineConfig.Relations.LEARNED,
                "relations.attributeModelFile", file.toString());
    }

    /** Reads every article with the pipeline and labels the candidate values of each found deal the gold states. */
    public static List<LabelledDeal> label(List<DefnewsGold.Article> gold, Pipeline pipeline) {
        ArmsTransferExtractor extractor = TransferTrainer.transferExtractor(pipeline);
        List<LabelledDeal> deals = new ArrayList<>();
        for (DefnewsGold.Article article : gold) {
            LinkedDocument document = pipeline.link(article.document());
            TransferLabels labels = new TransferLabels(article);
            for (Map.Entry<String, List<RelationCandidate>> deal : LearnedAttributes.byDeal(extractor.extract(document)).entrySet()) {
                DealContext context = LearnedAttributes.context(document, deal.getValue());
                Optional<DefnewsGold.GoldRelation> stated = labels.goldOf(context.recipient(), context.supplier(), context.system());
                if (stated.isEmpty()) {
                    continue;
                }
                List<ValueCandidate> candidates = ValueCandidates.of(context);
                List<Boolean> right = candidates.stream().map(c -> isGold(c, stated.get())).toList();
                deals.add(new LabelledDeal(article.document().id(), deal.getKey(), stated.get(), context.rules(), candidates, right));
            }
        }
        LOG.info("deal attributes: {} found deals the gold states, {} candidate values", deals.size(),
                deals.stream().mapToInt(d -> d.candidates().size()).sum());
        return deals;
    }

    /** Whether a candidate value is among the gold values of its kind (money within 1%, as the scorer counts). */
    static boolean isGold(ValueCandidate c, DefnewsGold.GoldRelation gold) {
        return switch (c.kind()) {
            case YEAR -> gold.year().contains((Integer) c.value());
            case QUANTITY -> gold.quantity().contains((Long) c.value());
            case VALUE -> gold.value().stream().anyMatch(g -> sameMoney(g, (Money) c.value()));
        };
    }

    static boolean sameMoney(DefnewsGold.Money gold, Money predicted) {
        return DefnewsScorer.sameMoney(gold, predicted);
    }

    public TransferModel fit(List<LabelledDeal> deals) {
        List<TransferModel.Example> examples = new ArrayList<>();
        for (LabelledDeal deal : deals) {
            for (int i = 0; i < deal.candidates().size(); i++) {
                examples.add(new TransferModel.Example(deal.candidates().get(i).features(), deal.labels().get(i)));
            }
        }
        return TransferModel.train(examples, sigma);
    }

    /** Whether the attribute of a kind, as {@code attrs} give it, is right for the gold deal (absent on both sides is right). */
    static boolean right(AttributeKind kind, Attributes attrs, DefnewsGold.GoldRelation gold) {
        return switch (kind) {
            case YEAR -> attrs.get(Attribute.YEAR).or(() -> attrs.get(Attribute.DATE)
                            .filter(d -> d.matches("\\d{4}.*")).map(d -> Integer.parseInt(d.substring(0, 4))))
                    .map(gold.year()::contains).orElse(gold.year().isEmpty());
            case QUANTITY -> attrs.get(Attribute.QUANTITY).map(gold.quantity()::contains).orElse(gold.quantity().isEmpty());
            case VALUE -> attrs.get(Attribute.VALUE).map(v -> gold.value().stream().anyMatch(g -> sameMoney(g, v)))
                    .orElse(gold.value().isEmpty());
        };
    }
}
