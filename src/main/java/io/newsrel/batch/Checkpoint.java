package io.newsrel.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run has committed: how many input records are done and how long each output file was
 * at that moment. Written under a temporary name and renamed (atomic), after the output files
 * were flushed to disk, so after a kill at any moment the checkpoint on disk describes output
 * that is on disk; a resumed run cuts the files back to these lengths and skips these records.
 *
 * @param inputs          the input paths of the run, as given
 * @param settings        the configuration and output options; a resumed run must have the same
 * @param files           what the inputs held when the run began (each file and its size) and,
 *                        for each file it has opened, its SHA-256: a resumed run must find the same
 * @param records         input records done (each one became a document or an error line)
 * @param shard           the documents file being written (0 when not sharded)
 * @param shardDocuments  documents in it
 * @param documentsLength its committed length in bytes
 * @param errorsLength    committed length of errors.jsonl
 * @param journalLength   committed length of the fact-mention journal
 * @param totals          counts for summary.json
 * @param wallSeconds     processing time spent on the run so far, over all its sessions
 * @param finished        whether the run completed
 */
@JsonPropertyOrder({"version", "inputs", "settings", "files", "records", "shard", "shardDocuments", "documentsLength",
        "errorsLength", "journalLength", "totals", "wallSeconds", "finished"})
record Checkpoint(int version, List<String> inputs, String settings, List<InputFile> files, long records, int shard, long shardDocuments,
                  long documentsLength, long errorsLength, long journalLength, Totals totals, double wallSeconds,
                  boolean finished) {

    /** 2: the inputs' files, sizes and hashes ({@code files}), and warnings in the totals. */
    static final int VERSION = 2;

    Checkpoint {
        inputs = List.copyOf(inputs);
        files = files == null ? List.of() : List.copyOf(files);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(totals, "totals");
    }

    static Checkpoint start(List<String> inputs, String settings, List<InputFile> files) {
        return new Checkpoint(VERSION, inputs, settings, files, 0, 0, 0, 0, 0, 0, Totals.NONE, 0, false);
    }

    /**
     * One input entry of the run.
     *
     * @param path   as listed
     * @param size   bytes on disk when the run began; -1 for a stream or an entry that is not read
     * @param sha256 of the file's bytes when the run opened it; null while it has not
     */
    record InputFile(String path, long size, String sha256) {
    }

    /**
     * Counts of a run for summary.json.
     *
     * @param documents documents written
     * @param failed    error lines written
     * @param warnings  records used as documents despite a problem (see {@link RunSummary#warnings})
     * @param tokens    tokens in the documents
     */
    @JsonPropertyOrder({"documents", "failed", "warnings", "tokens", "entitiesByType", "relationsByType"})
    record Totals(long documents, long failed, long warnings, long tokens, Map<String, Long> entitiesByType,
                  Map<String, Long> relationsByType) {
        static final Totals NONE = new Totals(0, 0, 0, 0, Map.of(), Map.of());

        Totals {
            entitiesByType = Map.copyOf(entitiesByType);
            relationsByType = Map.copyOf(relationsByType);
        }
    }

    static Checkpoint read(Path file) throws IOException {
        return Json.MAPPER.readValue(file.toFile(), Checkpoint.class);
    }

    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, Json.pretty(this) + "\n", StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
