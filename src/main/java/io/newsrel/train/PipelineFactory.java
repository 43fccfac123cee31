package io.newsrel.train;

import io.newsrel.Pipeline;
import java.util.Map;

/** Builds pipelines that differ from a base configuration by some settings (dotted key → value). */
@FunctionalInterface
public interface PipelineFactory {

    Pipeline build(Map<String, Object> settings);
}
