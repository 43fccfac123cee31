package io.newsrel.batch;

import io.newsrel.config.PipelineConfig;
import io.newsrel.ingest.InputEntry;
import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A batch run as decided before the pipeline is loaded ({@link ExtractJob#plan}): the inputs
 * listed, the output folder checked and locked, and where the run starts (a new run, the
 * checkpoint of an interrupted one, or nothing to do). Holds the folder's lock until closed.
 */
public final class RunPlan implements AutoCloseable {

    private final List<Path> inputs;
    private final OutputLayout layout;
    private final PipelineConfig config;
    private final List<InputEntry> entries;
    private final Checkpoint start;
    private final List<Path> replaced;
    private final OutputFolder folder;
    private final boolean continuing;

    RunPlan(List<Path> inputs, OutputLayout layout, PipelineConfig config, List<InputEntry> entries, Checkpoint start,
            List<Path> replaced, OutputFolder folder, boolean continuing) {
        this.continuing = continuing;
        this.inputs = List.copyOf(inputs);
        this.layout = layout;
        this.config = config;
        this.entries = List.copyOf(entries);
        this.start = start;
        this.replaced = List.copyOf(replaced);
        this.folder = folder;
    }

    /** Whether the output folder holds this run finished already (--resume on a finished run): nothing to do. */
    public boolean finished() {
        return start.finished();
    }

    /** The summary of the finished run ({@link #finished}). */
    public RunSummary finishedSummary() throws IOException {
        return Json.MAPPER.readValue(layout.dir().resolve(ExtractJob.SUMMARY).toFile(), RunSummary.class);
    }

    /** Whether this continues an interrupted run. */
    public boolean resumes() {
        return start.records() > 0 && !start.finished();
    }

    /** Whether the run starts from the checkpoint on disk (its files and state are kept), not anew. */
    boolean continuesEarlierRun() {
        return continuing;
    }

    /** Records an interrupted earlier session did (0 for a new run). */
    public long recordsDone() {
        return start.records();
    }

    public List<Path> inputs() {
        return inputs;
    }

    public Path outputDir() {
        return layout.dir();
    }

    public PipelineConfig config() {
        return config;
    }

    List<InputEntry> entries() {
        return entries;
    }

    OutputLayout layout() {
        return layout;
    }

    Checkpoint start() {
        return start;
    }

    /** The files of an earlier run this one replaces, deleted when it starts. */
    List<Path> replaced() {
        return replaced;
    }

    @Override
    public void close() throws IOException {
        folder.close();
    }
}
