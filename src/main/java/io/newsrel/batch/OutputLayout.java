package io.newsrel.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The names of a run's files in its output folder. Nothing in them comes from the input: document
 * ids are written inside files, never used as file names, so no id ("../../etc/passwd") can make
 * newsrel write outside the folder. Files being written carry {@value #PART} until complete.
 *
 * @param dir       the output folder
 * @param shardSize documents per documents file; 0 for one {@code documents.jsonl}
 * @param gzip      whether documents files are gzipped
 */
record OutputLayout(Path dir, int shardSize, boolean gzip) {

    static final String PART = ".part";
    static final String STATE_DIR = ".newsrel-run";

    OutputLayout {
        if (shardSize < 0) {
            throw new IllegalArgumentException("shard size must be 0 (no sharding) or positive: " + shardSize);
        }
    }

    /** The documents file of a shard: documents.jsonl, or documents-00003.jsonl.gz when sharded. */
    Path documents(int shard) {
        String name = shardSize == 0 ? "documents" : String.format("documents-%05d", shard);
        return dir.resolve(name + ".jsonl" + (gzip ? ".gz" : ""));
    }

    Path errors() {
        return dir.resolve(ExtractJob.ERRORS);
    }

    Path stateDir() {
        return dir.resolve(STATE_DIR);
    }

    Path checkpoint() {
        return stateDir().resolve("checkpoint.json");
    }

    /** Each document's fact mentions, aggregated into facts.jsonl and facts.csv at the end. */
    Path factsJournal() {
        return stateDir().resolve("fact-mentions.jsonl");
    }

    static Path part(Path file) {
        return file.resolveSibling(file.getFileName() + PART);
    }

    /** Deletes documents files of shards after {@code shard}: an interrupted run may have begun them. */
    void deleteShardsAfter(int shard) throws IOException {
        if (shardSize == 0) {
            return;
        }
        for (int next = shard + 1; ; next++) {
            boolean any = Files.deleteIfExists(part(documents(next))) | Files.deleteIfExists(documents(next));
            if (!any) {
                return;
            }
        }
    }
}
