package io.newsrel.batch;

import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder of a run, checked before anything is loaded or read. A run holds a lock on it
 * ({@code .newsrel-run/lock}, an operating-system file lock, released when the process ends, even
 * by {@code kill -9}), so a second live run in the same folder stops at once with exit code 2. It
 * deletes or overwrites only files that an earlier run's checkpoint (its manifest) proves are
 * newsrel's; a file in the way that no manifest names is reported, never touched.
 */
final class OutputFolder implements AutoCloseable {

    static final String LOCK = "lock";

    /** Files any run may write; which of them a given run wrote follows from its layout. */
    private static final Pattern RUN_FILE = Pattern.compile(
            "(documents(-\\d{5})?\\.jsonl(\\.gz)?|errors\\.jsonl|facts\\.jsonl|facts\\.csv|summary\\.json)(\\.part|\\.tmp)?");

    private final FileChannel channel;
    private final FileLock lock;

    private OutputFolder(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the folder when needed and locks it; fails when it is no folder, is not writable or is locked. */
    static OutputFolder lock(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new RunStateException("output folder " + dir + " is a file, not a folder");
        }
        Path state = dir.resolve(OutputLayout.STATE_DIR);
        FileChannel channel;
        try {
            Files.createDirectories(state);
            channel = FileChannel.open(state.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (IOException e) {
            throw new RunStateException("cannot write to the output folder " + dir + ": " + e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new RunStateException("output folder " + dir + " is in use by another newsrel run" + holder
                    + ": wait for it to end, or write to another folder");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        channel.force(false);
        return new OutputFolder(channel, lock);
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return pid.isEmpty() ? "" : " (process " + pid + ")";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Fails when an input is the output folder or lies in it: a run would read its own output,
     * or overwrite or delete an input.
     */
    static void checkNoInputInside(List<Path> inputs, Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Path out = dir.toRealPath();
        for (Path input : inputs) {
            if (Files.exists(input) && input.toRealPath().startsWith(out)) {
                throw new RunStateException("input " + input + " lies in the output folder " + dir
                        + ": newsrel never writes over its inputs; write the output to another folder");
            }
        }
    }

    /**
     * The files of an earlier run ({@code earlier}, null when none) that a new run replaces; fails
     * when the folder holds files a run would write that the earlier run's manifest does not name.
     */
    static List<Path> replaced(Path dir, Checkpoint earlier) throws IOException {
        List<Path> owned = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        Pattern mine = earlier == null ? null : ownedBy(earlier);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (mine != null && mine.matcher(name).matches()) {
                        owned.add(file);
                    } else if (RUN_FILE.matcher(name).matches()) {
                        foreign.add(name);
                    }
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new RunStateException("output folder " + dir + " holds " + String.join(", ", foreign)
                    + ", which no newsrel run recorded as its own; newsrel does not delete or overwrite them:"
                    + " move them away, or write to another folder");
        }
        return owned;
    }

    /** Deletes the files of an earlier run ({@link #replaced}) and its state. */
    static void delete(Path dir, List<Path> replaced) throws IOException {
        for (Path file : replaced) {
            Files.deleteIfExists(file);
        }
        Path state = dir.resolve(OutputLayout.STATE_DIR);
        for (String file : List.of("checkpoint.json", "checkpoint.json.tmp", "fact-mentions.jsonl")) {
            Files.deleteIfExists(state.resolve(file));
        }
    }

    /** The names of the files the run of a checkpoint may have written, by its layout. */
    private static Pattern ownedBy(Checkpoint earlier) throws IOException {
        var settings = Json.MAPPER.readTree(earlier.settings());
        boolean sharded = settings.path("shardSize").asInt(0) > 0;
        boolean gzip = settings.path("gzip").asBoolean(false);
        String documents = "documents" + (sharded ? "-\\d{5}" : "") + "\\.jsonl" + (gzip ? "\\.gz" : "");
        return Pattern.compile("(" + documents + "|errors\\.jsonl|facts\\.jsonl|facts\\.csv|summary\\.json)(\\.part|\\.tmp)?");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
