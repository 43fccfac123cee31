package io.newsrel.batch;

import io.newsrel.model.Entity;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Relation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Running totals of a run for summary.json, carried over a resume by the checkpoint; touched by one thread. */
final class RunTotals {

    long documents;
    long failed;
    long warnings;
    long tokens;
    private final Map<String, Long> entities;
    private final Map<String, Long> relations;

    RunTotals(Checkpoint.Totals from) {
        documents = from.documents();
        failed = from.failed();
        warnings = from.warnings();
        tokens = from.tokens();
        entities = new TreeMap<>(from.entitiesByType());
        relations = new TreeMap<>(from.relationsByType());
    }

    void add(ExtractionResult result) {
        documents++;
        tokens += result.tokenCount();
        for (Entity e : result.entities()) {
            entities.merge(e.type().name(), 1L, Long::sum);
        }
        for (Relation r : result.relations()) {
            relations.merge(r.type().name(), 1L, Long::sum);
        }
    }

    Checkpoint.Totals snapshot() {
        return new Checkpoint.Totals(documents, failed, warnings, tokens, entities, relations);
    }

    RunSummary summary(double seconds, double loadSeconds, int threads) {
        double perSecond = seconds > 0 ? 1 / seconds : 0;
        return new RunSummary(documents, failed, warnings, new LinkedHashMap<>(entities), new LinkedHashMap<>(relations),
                tokens, round(seconds), round(loadSeconds), round(documents * perSecond), round(tokens * perSecond),
                threads);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
