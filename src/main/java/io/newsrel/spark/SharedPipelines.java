package io.newsrel.spark;

import io.newsrel.Pipeline;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Pipeline} per executor JVM and spec, built by the first task that needs it and
 * shared by every later task and task thread of that JVM (a Pipeline is thread-safe). Loading
 * CoreNLP takes seconds and gigabytes, so it must not happen per record or per partition.
 */
public final class SharedPipelines {

    private static final Map<PipelineSpec, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private SharedPipelines() {
    }

    /** The JVM's pipeline for {@code spec}; the first caller builds it while the others wait. */
    public static Pipeline get(PipelineSpec spec) {
        return PIPELINES.computeIfAbsent(spec, PipelineSpec::build);
    }

    /**
     * Hands over a pipeline already built in this JVM for {@code spec}, so that in local mode
     * (driver and executors are one JVM) an application does not load CoreNLP twice. The
     * pipeline must have been built as the spec says.
     */
    public static void share(PipelineSpec spec, Pipeline pipeline) {
        PIPELINES.putIfAbsent(spec, pipeline);
    }
}
