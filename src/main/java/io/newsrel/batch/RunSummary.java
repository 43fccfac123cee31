package io.newsrel.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code summary.json} reports about one run.
 *
 * @param documents       documents processed successfully
 * @param failed          records that went to errors.jsonl
 * @param entitiesByType  entity count by type, over all documents
 * @param relationsByType relation count by type
 * @param tokens          tokens processed
 * @param wallSeconds     time from the first record to the last, pipeline loading excluded
 * @param loadSeconds     time to build the pipeline
 * @param docsPerSecond   documents / wallSeconds
 * @param tokensPerSecond tokens / wallSeconds
 * @param threads         worker threads
 */
@JsonPropertyOrder({"documents", "failed", "entitiesByType", "relationsByType", "tokens", "wallSeconds",
        "loadSeconds", "docsPerSecond", "tokensPerSecond", "threads"})
public record RunSummary(long documents, long failed, Map<String, Long> entitiesByType,
                         Map<String, Long> relationsByType, long tokens, double wallSeconds,
                         double loadSeconds, double docsPerSecond, double tokensPerSecond, int threads) {

    public RunSummary {
        // sorted by type: the same order in summary.json and on stderr in every run (Map.copyOf's is not)
        entitiesByType = Collections.unmodifiableMap(new TreeMap<>(entitiesByType));
        relationsByType = Collections.unmodifiableMap(new TreeMap<>(relationsByType));
    }
}
