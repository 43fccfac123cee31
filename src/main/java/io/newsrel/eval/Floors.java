package io.newsrel.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quality gate: minimum scores on the dev data, kept in the repository ({@code eval/floors.json},
 * metric name → minimum). A floor is only ever raised, to just under a measured score.
 */
public final class Floors {

    private final Map<String, Double> minimums;

    public Floors(Map<String, Double> minimums) {
        this.minimums = Map.copyOf(minimums);
    }

    public static Floors read(Path file) throws IOException {
        Map<String, Double> values = Json.MAPPER.readValue(file.toFile(), new TypeReference<Map<String, Double>>() {
        });
        return new Floors(values);
    }

    /** One line per floor the metrics fall under, or that no metric answers; empty when all hold. */
    public List<String> violations(Map<String, Double> metrics) {
        List<String> violations = new ArrayList<>();
        minimums.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(floor -> {
            Double measured = metrics.get(floor.getKey());
            if (measured == null) {
                violations.add(floor.getKey() + ": not measured (floor " + floor.getValue() + ")");
            } else if (measured < floor.getValue()) {
                violations.add(String.format("%s: %.4f is under its floor %.4f", floor.getKey(), measured, floor.getValue()));
            }
        });
        return violations;
    }

    /**
     * The floors raised to just under the measured scores ({@code margin} below, rounded down to
     * three decimals); a floor never goes down, and only metrics that already have a floor move.
     */
    public Floors raisedTo(Map<String, Double> metrics, double margin) {
        Map<String, Double> raised = new java.util.TreeMap<>(minimums);
        raised.replaceAll((name, floor) -> {
            Double measured = metrics.get(name);
            return measured == null ? floor : Math.max(floor, Math.floor((measured - margin) * 1000) / 1000);
        });
        return new Floors(raised);
    }

    public void write(Path file) throws IOException {
        java.nio.file.Files.writeString(file, Json.pretty(new java.util.TreeMap<>(minimums)) + "\n");
    }

    public Map<String, Double> minimums() {
        return minimums;
    }
}
