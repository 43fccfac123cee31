package io.newsrel.cli;

import io.newsrel.Pipeline;
import io.newsrel.config.ConfigException;
import java.nio.file.Path;
import java.util.Map;

/** A pipeline builder from the common options {@code -c FILE} and {@code --set KEY=VALUE}. */
final class PipelineOptions {

    private PipelineOptions() {
    }

    /** @throws UsageException naming the file or key when the configuration is wrong */
    static Pipeline.Builder builder(Path config, Map<String, String> settings) {
        try {
            Pipeline.Builder builder = Pipeline.builder();
            if (config != null) {
                builder.configFile(config);
            }
            settings.forEach(builder::set);
            return builder;
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** Loads the pipeline (CoreNLP); a configuration error found only now is a usage error too. */
    static Pipeline build(Pipeline.Builder builder) {
        try {
            return builder.build();
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
