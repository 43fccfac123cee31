package io.newsrel.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of a run, in reading order: a file a reader takes, a stream (standard input, a pipe),
 * or something found in an input folder that cannot be read, which becomes an error line at its
 * place (a file no reader takes, an unreadable folder, a symbolic link loop).
 *
 * @param path    the path; {@code -} for standard input
 * @param kind    what it is
 * @param size    bytes on disk when listed (a file), else -1
 * @param problem why it cannot be read (a {@link Kind#PROBLEM}), else null
 */
public record InputEntry(Path path, Kind kind, long size, String problem) {

    /** What an entry is. */
    public enum Kind { FILE, STREAM, PROBLEM }

    /** The path of standard input. */
    public static final Path STDIN = Path.of("-");

    public InputEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.PROBLEM) != (problem != null)) {
            throw new IllegalArgumentException("a problem entry, and only it, has a problem: " + kind + " " + problem);
        }
    }

    /** How records of this entry name it: the path as given, or "stdin". */
    public String name() {
        return path.equals(STDIN) ? "stdin" : path.toString();
    }
}
