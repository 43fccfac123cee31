package io.newsrel.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole configuration of a {@link io.newsrel.Pipeline}, as typed records.
 *
 * <p>Defaults live in {@code /newsrel/default-config.json} inside the jar; {@link ConfigLoader}
 * merges a user file and single overrides on top of them and rejects unknown keys.
 *
 * @param corenlp  which CoreNLP annotators run and how
 * @param entities entity recognition and linking
 * @param relations how relations are decided
 * @param input    how input records are read
 * @param output   what the JSON output holds
 * @param limits   what a batch run refuses, so one bad record cannot stall or sink it
 */
public record PipelineConfig(CoreNlp corenlp, Entities entities, Relations relations, Input input, Output output,
                             Limits limits) {

    public PipelineConfig {
        Objects.requireNonNull(corenlp, "corenlp");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(relations, "relations");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(limits, "limits");
    }

    /** The defaults shipped in the jar. */
    public static PipelineConfig defaults() {
        return ConfigLoader.defaults();
    }

    /**
     * CoreNLP settings.
     *
     * @param annotators      annotator names, in order ({@code tokenize,ssplit,pos,lemma,ner})
     * @param fineGrainedNer  whether CoreNLP's fine-grained NER (COUNTRY, NATIONALITY, TITLE, ...) runs
     * @param timeGatedNer    whether SUTime runs only on sentences with a temporal cue (a month, a
     *                        unit of time, a year ...) instead of on every sentence
     * @param timeGatedModels whether a CRF model that labels dates and times (CoreNLP's MUC
     *                        7-class model) runs, like SUTime, only on sentences with a temporal cue;
     *                        its other labels (money, percentages) the numeric rules give elsewhere
     * @param onlyWhereNeeded whether tags, lemmas and the dependency parse are computed only on the
     *                        sentences a configured stage needs them on ({@code Stage.sentenceNeeds()})
     *                        and the sentences NER reads tags on; false: tags and lemmas everywhere
     * @param maxSentenceTokens sentences longer than this skip tagging and NER (guards against junk)
     * @param properties      further CoreNLP properties, passed as they are
     */
    public record CoreNlp(List<String> annotators, boolean fineGrainedNer, boolean timeGatedNer, boolean timeGatedModels,
                          boolean onlyWhereNeeded,
                          int maxSentenceTokens, Map<String, String> properties) {
        public CoreNlp {
            annotators = List.copyOf(annotators);
            properties = properties == null ? Map.of() : Map.copyOf(properties);
            if (annotators.isEmpty()) {
                throw new IllegalArgumentException("corenlp.annotators is empty");
            }
            if (maxSentenceTokens < 1) {
                throw new IllegalArgumentException("corenlp.maxSentenceTokens must be positive: " + maxSentenceTokens);
            }
        }
    }

    /**
     * Entity settings.
     *
     * @param countryGazetteers extra country alias files (same TSV format as the shipped one), merged in
     * @param companyGazetteers extra company files (format of models/gazetteers/companies.tsv)
     * @param systemGazetteers  extra system files (format of models/gazetteers/systems.tsv), e.g.
     *                          written by {@code newsrel gazetteer import-sipri}
     * @param patterns          whether unseen system designations are recognised by pattern
     * @param systemModel       whether the learned system recognizer runs (after gazetteer, patterns and NER)
     * @param systemModelFile   the recognizer's model file written by {@code newsrel train systems};
     *                          empty for the model shipped in the jar
     * @param systemModelMinConfidence spans the model is less sure of are dropped
     * @param organizationModel     whether the learned classifier decides what an organisation NER
     *                              found is (company, armed force, state body, other); else rules
     * @param organizationModelFile the classifier written by {@code newsrel train organizations};
     *                              empty for the one shipped in the jar
     */
    public record Entities(List<String> countryGazetteers, List<String> companyGazetteers,
                           List<String> systemGazetteers, boolean patterns, boolean systemModel,
                           String systemModelFile, double systemModelMinConfidence, boolean organizationModel,
                           String organizationModelFile) {
        public Entities {
            systemModelFile = systemModelFile == null ? "" : systemModelFile;
            organizationModelFile = organizationModelFile == null ? "" : organizationModelFile;
            if (systemModelMinConfidence < 0 || systemModelMinConfidence > 1) {
                throw new IllegalArgumentException("entities.systemModelMinConfidence must lie in [0, 1]: "
                        + systemModelMinConfidence);
            }
            countryGazetteers = countryGazetteers == null ? List.of() : List.copyOf(countryGazetteers);
            companyGazetteers = companyGazetteers == null ? List.of() : List.copyOf(companyGazetteers);
            systemGazetteers = systemGazetteers == null ? List.of() : List.copyOf(systemGazetteers);
        }
    }

    /**
     * Relation settings.
     *
     * @param transferDecision      how arms transfers are decided: {@code learned} (a model scores every
     *                              candidate deal), {@code rules} (the hand-written rules alone) or
     *                              {@code combined} (the rules' deals the model does not reject, and the
     *                              model's other deals at or above {@code transferMinConfidence})
     * @param transferRuleVeto      with {@code combined}: a rules' deal the model gives a lower probability
     *                              is not reported
     * @param transferModelFile     the model written by {@code newsrel train relations}; empty for the
     *                              model shipped in the jar
     * @param transferMinConfidence candidate deals the model gives a lower probability are not reported
     * @param attributeDecision     how a transfer's year, value and quantity are chosen: {@code learned} (a
     *                              model scores every candidate value near the deal) or {@code rules}
     * @param attributeModelFile    the model written by {@code newsrel train attributes}; empty for the
     *                              model shipped in the jar
     * @param attributeMinConfidence a candidate value the model gives a lower probability is not taken
     */
    public record Relations(String transferDecision, String transferModelFile, double transferMinConfidence,
                            double transferRuleVeto, String attributeDecision, String attributeModelFile,
                            double attributeMinConfidence) {
        public static final String LEARNED = "learned";
        public static final String RULES = "rules";
        public static final String COMBINED = "combined";

        public Relations {
            if (!LEARNED.equals(transferDecision) && !RULES.equals(transferDecision)
                    && !COMBINED.equals(transferDecision)) {
                throw new IllegalArgumentException("relations.transferDecision must be \"" + LEARNED + "\", \""
                        + RULES + "\" or \"" + COMBINED + "\": " + transferDecision);
            }
            if (transferRuleVeto < 0 || transferRuleVeto > 1) {
                throw new IllegalArgumentException("relations.transferRuleVeto must lie in [0, 1]: " + transferRuleVeto);
            }
            transferModelFile = transferModelFile == null ? "" : transferModelFile;
            if (transferMinConfidence < 0 || transferMinConfidence > 1) {
                throw new IllegalArgumentException("relations.transferMinConfidence must lie in [0, 1]: "
                        + transferMinConfidence);
            }
            attributeDecision = attributeDecision == null ? RULES : attributeDecision;
            if (!LEARNED.equals(attributeDecision) && !RULES.equals(attributeDecision)) {
                throw new IllegalArgumentException("relations.attributeDecision must be \"" + LEARNED + "\" or \""
                        + RULES + "\": " + attributeDecision);
            }
            attributeModelFile = attributeModelFile == null ? "" : attributeModelFile;
            if (attributeMinConfidence < 0 || attributeMinConfidence > 1) {
                throw new IllegalArgumentException("relations.attributeMinConfidence must lie in [0, 1]: "
                        + attributeMinConfidence);
            }
        }

        /** Whether a transfer's year, value and quantity are chosen by the learned model. */
        public boolean learnedAttributes() {
            return LEARNED.equals(attributeDecision);
        }

        /** Whether arms transfers are decided by the learned model alone. */
        public boolean learned() {
            return LEARNED.equals(transferDecision);
        }

        /** Whether the rules' deals are checked by the learned model and its other deals added. */
        public boolean combined() {
            return COMBINED.equals(transferDecision);
        }

        /** Whether the decision needs the learned transfer model: {@code learned} or {@code combined}. */
        public boolean usesTransferModel() {
            return learned() || combined();
        }
    }

    /**
     * Input settings: the field names of JSONL records.
     */
    public record Input(String idField, String textField, String dateField, String titleField,
                        String urlField) {
        public Input {
            Objects.requireNonNull(idField, "input.idField");
            Objects.requireNonNull(textField, "input.textField");
            Objects.requireNonNull(dateField, "input.dateField");
            Objects.requireNonNull(titleField, "input.titleField");
            Objects.requireNonNull(urlField, "input.urlField");
        }
    }

    /**
     * Output settings.
     *
     * @param tokens whether sentences in documents.jsonl list their tokens
     * @param text   whether documents.jsonl repeats the document text (offsets refer to it)
     */
    public record Output(boolean tokens, boolean text) {
    }

    /**
     * Limits on what is read and processed, the same in every runner (CLI, Spark, bench, server):
     * a record or file over one is an error line naming the limit's key, never cut silently.
     * The reading limits bound memory before anything is held in it.
     *
     * @param maxDocumentChars      documents with more characters are not processed ({@code Pipeline.process})
     * @param documentTimeoutMs     time budget of one document in {@code Pipeline.process}; 0 means none
     * @param maxRecordBytes        a record (a JSONL line, a text or HTML file, a WARC payload, a Reuters
     *                              record) with more bytes is not read into memory
     * @param maxIdChars            a document id with more characters is refused
     * @param maxDecompressionRatio a compressed file that expands to more than this many times its size is
     *                              not read (a decompression bomb)
     * @param maxFileBytes          an input file that holds (decompressed) more bytes is not read
     */
    public record Limits(int maxDocumentChars, long documentTimeoutMs, int maxRecordBytes, int maxIdChars,
                         int maxDecompressionRatio, long maxFileBytes) {
        public Limits {
            positive("limits.maxDocumentChars", maxDocumentChars);
            if (documentTimeoutMs < 0) {
                throw new IllegalArgumentException("limits.documentTimeoutMs must be 0 (none) or positive: " + documentTimeoutMs);
            }
            positive("limits.maxRecordBytes", maxRecordBytes);
            positive("limits.maxIdChars", maxIdChars);
            positive("limits.maxDecompressionRatio", maxDecompressionRatio);
            positive("limits.maxFileBytes", maxFileBytes);
        }

        private static void positive(String key, long value) {
            if (value < 1) {
                throw new IllegalArgumentException(key + " must be positive: " + value);
            }
        }
    }
}
