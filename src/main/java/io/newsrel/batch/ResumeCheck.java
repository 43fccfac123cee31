package io.newsrel.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.ingest.FileCheck;
import io.newsrel.ingest.InputEntry;
import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an interrupted run may be continued: the same options and configuration, and the same
 * inputs: the same files (none added, none gone), the same sizes, and for every file the run had
 * opened the same content (SHA-256). Skipping the records a run has done is right only then; a
 * file added before the current one, or lines put in front of one, would make a resumed run
 * write some records twice and lose others. Each refusal names what differs.
 */
final class ResumeCheck {

    private static final String ADVICE = "; resume with the same inputs and options, or start over with --overwrite";

    private ResumeCheck() {
    }

    /** Fails naming each option or configuration key whose value differs. */
    static void sameSettings(Path dir, String earlier, String now) throws IOException {
        List<String> differences = new ArrayList<>();
        diff("", Json.MAPPER.readTree(earlier), Json.MAPPER.readTree(now), differences);
        if (!differences.isEmpty()) {
            throw new RunStateException("cannot resume the run in " + dir + ": " + String.join("; ", differences) + ADVICE);
        }
    }

    private static void diff(String prefix, JsonNode before, JsonNode after, List<String> differences) {
        if (before.isObject() && after.isObject() && !prefix.equals("config.corenlp.properties.")) {
            Map<String, JsonNode[]> fields = new LinkedHashMap<>();
            before.properties().forEach(f -> fields.computeIfAbsent(f.getKey(), k -> new JsonNode[2])[0] = f.getValue());
            after.properties().forEach(f -> fields.computeIfAbsent(f.getKey(), k -> new JsonNode[2])[1] = f.getValue());
            fields.forEach((key, pair) -> diff(prefix + key + ".", missing(pair[0]), missing(pair[1]), differences));
            return;
        }
        if (!before.equals(after)) {
            String key = prefix.substring(0, prefix.length() - 1);
            differences.add(switch (key) {
                case "shardSize" -> "it was started with --shard-size " + before.asText() + ", this one has " + after.asText();
                case "gzip" -> "it was started " + (before.asBoolean() ? "with" : "without") + " --gzip, this one "
                        + (after.asBoolean() ? "with" : "without");
                default -> "its configuration had " + key.replaceFirst("^config\\.", "") + "=" + before
                        + ", this one has " + after;
            });
        }
    }

    private static JsonNode missing(JsonNode node) {
        return node == null ? Json.MAPPER.missingNode() : node;
    }

    /** Fails when the run was given other input paths. */
    static void sameInputPaths(Path dir, Checkpoint earlier, List<String> inputs) {
        if (!earlier.inputs().equals(inputs)) {
            throw new RunStateException("cannot resume the run in " + dir + ": it read " + earlier.inputs()
                    + ", this one reads " + inputs + ADVICE);
        }
    }

    /** Fails naming the first input that was added, is gone, or changed since the run began or read it. */
    static void sameInputs(Path dir, Checkpoint earlier, List<String> inputs, List<InputEntry> entries) throws IOException {
        String where = "cannot resume the run in " + dir + ": ";
        sameInputPaths(dir, earlier, inputs);
        if (earlier.version() < 2) {
            throw new RunStateException(where + "it was written by an older newsrel that did not record its input files;"
                    + " start over with --overwrite");
        }
        Map<String, InputEntry> listed = new LinkedHashMap<>();
        entries.forEach(e -> listed.put(e.path().toString(), e));
        Map<String, Checkpoint.InputFile> recorded = new LinkedHashMap<>();
        earlier.files().forEach(f -> recorded.put(f.path(), f));
        for (String path : listed.keySet()) {
            if (!recorded.containsKey(path)) {
                throw new RunStateException(where + path + " was added since the run began" + ADVICE);
            }
        }
        Iterator<Checkpoint.InputFile> files = earlier.files().iterator();
        while (files.hasNext()) {
            Checkpoint.InputFile file = files.next();
            InputEntry now = listed.get(file.path());
            if (now == null) {
                throw new RunStateException(where + file.path() + " is gone since the run began" + ADVICE);
            }
            if (now.kind() == InputEntry.Kind.STREAM && earlier.records() > 0) {
                throw new RunStateException(where + "it read " + now.name()
                        + ", which cannot be read again; start over with --overwrite");
            }
            if (file.size() >= 0 && now.size() != file.size()) {
                throw new RunStateException(where + file.path() + " changed since the run began (" + file.size()
                        + " bytes, now " + now.size() + ")" + ADVICE);
            }
            if (file.sha256() != null && !file.sha256().isEmpty() && now.kind() == InputEntry.Kind.FILE
                    && !sha256(Path.of(file.path())).equals(file.sha256())) {
                throw new RunStateException(where + file.path() + " changed since the run read it (same size, other content)"
                        + ADVICE);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        return FileCheck.sha256Of(file);
    }
}
