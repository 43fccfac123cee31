package io.newsrel.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code summary.json} reports about one run.
 *
 * @param documents       documents processed successfully
 * @param failed          records that went to errors.jsonl
 * @param warnings        documents written despite a problem with their record, each logged on stderr: an
 *                        optional field that could not be read (kept as metadata), characters replaced
 * @param entitiesByType  entity count by type, over all documents
 * @param relationsByType relation count by type
 * @param tokens          tokens processed
 * @param wallSeconds     time from the first record to the last, pipeline loading excluded
 * @param loadSeconds     time to build the pipeline
 * @param docsPerSecond   documents / wallSeconds
 * @param tokensPerSecond tokens / wallSeconds
 * @param threads         worker threads
 */
@JsonPropertyOrder({"documents", "failed", "warnings", "entitiesByType", "relationsByType", "tokens", "wallSeconds",
        "loadSeconds", "docsPerSecond", "tokensPerSecond", "threads"})
public record RunSummary(long documents, long failed, long warnings, Map<String, Long> entitiesByType,
                         Map<String, Long> relationsByType, long tokens, double wallSeconds,
                         double loadSeconds, double docsPerSecond, double tokensPerSecond, int threads) {

    /**
     * The summary in words, as the command line prints it: the counts, the speed, then entities
     * and relations by type.
     *
     * @return three lines
     */
    public List<String> describe() {
        return List.of(String.format(Locale.ROOT, "%d documents (%d failed%s) in %.1f s, %.1f docs/s, %.0f tokens/s, %d threads",
                        documents, failed, warnings > 0 ? ", " + warnings + " with warnings" : "", wallSeconds,
                        docsPerSecond, tokensPerSecond, threads),
                "entities " + entitiesByType, "relations " + relationsByType);
    }

    public RunSummary {
        // sorted by type: the same order in summary.json and on stderr in every run (Map.copyOf's is not)
        entitiesByType = Collections.unmodifiableMap(new TreeMap<>(entitiesByType));
        relationsByType = Collections.unmodifiableMap(new TreeMap<>(relationsByType));
    }
}
