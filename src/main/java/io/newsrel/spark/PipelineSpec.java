package io.newsrel.spark;

import io.newsrel.Pipeline;
import io.newsrel.config.ConfigLoader;
import io.newsrel.config.PipelineConfig;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * How to build the pipeline on an executor: the configuration file's content (read on the
 * driver, since executors may not see the driver's files) and single settings. Small and
 * serializable, it travels with each task; equal specs share one {@link Pipeline} per JVM
 * ({@link SharedPipelines}).
 *
 * @param configJson the configuration file's JSON text, or null for the shipped defaults
 * @param configName where that text came from, for error messages
 * @param settings   {@code key=value} settings applied after the file, in order
 */
public record PipelineSpec(String configJson, String configName, List<String> settings) implements Serializable {

    public PipelineSpec {
        settings = List.copyOf(settings);
        for (String setting : settings) {
            if (setting.indexOf('=') < 1) {
                throw new IllegalArgumentException("a setting is key=value: " + setting);
            }
        }
        if (configJson != null) {
            Objects.requireNonNull(configName, "configName");
        }
    }

    /** The shipped defaults. */
    public static PipelineSpec defaults() {
        return new PipelineSpec(null, null, List.of());
    }

    /** The configuration this spec describes, without loading anything (for the driver). */
    public PipelineConfig config() {
        ConfigLoader loader = ConfigLoader.fromDefaults();
        if (configJson != null) {
            loader.mergeJson(configJson, configName);
        }
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            loader.set(setting.substring(0, eq), setting.substring(eq + 1));
        }
        return loader.build();
    }

    /** Builds the pipeline this spec describes (loads CoreNLP: seconds). */
    Pipeline build() {
        Pipeline.Builder builder = Pipeline.builder();
        if (configJson != null) {
            builder.configJson(configJson, configName);
        }
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            builder.set(setting.substring(0, eq), setting.substring(eq + 1));
        }
        return builder.build();
    }
}
