package io.newsrel.relations;

import io.newsrel.annotate.SentenceParser;
import io.newsrel.config.ConfigException;
import io.newsrel.config.PipelineConfig;
import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.Lexicon;
import io.newsrel.relations.attributes.LearnedAttributes;
import io.newsrel.relations.transfer.ArmsTransferExtractor;
import io.newsrel.relations.transfer.ParseCues;
import io.newsrel.relations.transfer.SystemKinds;
import io.newsrel.relations.transfer.TransferDecision;
import io.newsrel.relations.transfer.TransferFeaturizer;
import io.newsrel.relations.transfer.TransferModel;
import io.newsrel.relations.transfer.TransferTriggers;
import io.newsrel.util.DataFile;
import io.newsrel.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in relation extractors, with their rule files and models from {@code models/relations/}. */
public final class RelationExtractors {

    public static final String DIR = "/models/relations/";
    /** The shipped model of the learned transfer decision, written by {@code newsrel train relations}. */
    public static final String TRANSFER_MODEL = DIR + "arms-transfer.model.gz";
    /** The shipped model of the learned decision on deal attributes, written by {@code newsrel train attributes}. */
    public static final String ATTRIBUTE_MODEL = DIR + "deal-attributes.model.gz";

    private RelationExtractors() {
    }

    public static List<RelationExtractor> create(PipelineConfig config) {
        Lexicon categories = Lexicon.resource(EntityFinders.CATEGORY_WORDS);
        PipelineConfig.Relations settings = config.relations();
        TransferModel model = settings.usesTransferModel() ? transferModel(settings.transferModelFile()) : null;
        TransferDecision decision = settings.learned() ? TransferDecision.learned(model, settings.transferMinConfidence())
                : settings.combined() ? TransferDecision.combined(model, settings.transferMinConfidence(), settings.transferRuleVeto())
                : TransferDecision.RULES;
        LearnedAttributes attributes = settings.learnedAttributes()
                ? new LearnedAttributes(attributeModel(settings.attributeModelFile()), settings.attributeMinConfidence()) : null;
        DefenceContext defence = DefenceContext.shipped();
        return List.of(
                new DefenceGated(new ArmsTransferExtractor(TransferTriggers.shipped(),
                        new ParseCues(new SentenceParser(config.corenlp().maxSentenceTokens()),
                                DependencyRoles.resource(DIR + "arms-transfer-roles.semgrex")), categories, SystemKinds.shipped(),
                        transferCueWords(), TransferFeaturizer.standard(Lexicon.resource(EntityFinders.DEFENCE_WORDS)),
                        decision, attributes), defence),
                new DefenceGated(new CooperationExtractor(PhraseLexicon.resource(DIR + "cooperation-triggers.tsv", 1)), defence),
                new DefenceGated(new LocalProductionExtractor(PhraseLexicon.resource(DIR + "local-production-triggers.tsv", 0), defence), defence),
                new PersonRoleExtractor(PhraseLexicon.resource(DIR + "titles.txt", 0)),
                new DemonymCompanyExtractor(),
                new GazetteerOrgCountryExtractor());
    }

    /** Lemma → cue class, from transfer-cue-words.tsv. */
    static Map<String, String> transferCueWords() {
        String path = DIR + "transfer-cue-words.tsv";
        Map<String, String> cueWords = new LinkedHashMap<>();
        for (DataFile.Line line : DataFile.lines(Resources.open(path, "rule file"), path)) {
            String[] cols = line.columns();
            if (cols.length != 2) {
                throw line.error("expected 'lemma<TAB>class', got '" + line.text() + "'");
            }
            cueWords.put(cols[0].strip(), cols[1].strip());
        }
        return cueWords;
    }

    private static TransferModel transferModel(String file) {
        return model(file, TRANSFER_MODEL, "relations.transferModelFile", "transfer model");
    }

    private static TransferModel attributeModel(String file) {
        return model(file, ATTRIBUTE_MODEL, "relations.attributeModelFile", "deal attribute model");
    }

    private static TransferModel model(String file, String shipped, String key, String what) {
        String name = file.isEmpty() ? shipped : file;
        try (InputStream in = file.isEmpty() ? Resources.open(shipped, what) : Files.newInputStream(Path.of(file))) {
            return TransferModel.read(in, name);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(key + ": cannot read the " + what + " " + name + ": " + e.getMessage());
        }
    }
}
