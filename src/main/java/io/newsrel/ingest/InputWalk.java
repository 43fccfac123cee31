package io.newsrel.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks an input folder: recursively, in name order (runs are reproducible), following symbolic
 * links to folders and files. What cannot be read becomes a problem entry, never a silent skip
 * or the end of the run: a folder that cannot be listed, a link loop, a broken link, a file that
 * is no regular file, a file no reader takes. Skipped on purpose, with a log line: hidden files
 * and folders (names starting with "."), and excluded folders (the run's own output folder).
 */
final class InputWalk {

    private static final Logger LOG = LoggerFactory.getLogger(InputWalk.class);

    private InputWalk() {
    }

    /**
     * @param problemOf for a regular file, why no reader takes it; null when one does
     */
    static List<InputEntry> walk(Path root, Set<Path> excluded, Function<Path, String> problemOf) throws IOException {
        List<InputEntry> entries = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && hidden(dir)) {
                    LOG.info("skipping hidden folder {}", dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (excluded.contains(dir.toRealPath())) {
                    LOG.info("not reading {}: it is the output folder", dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (hidden(file)) {
                    LOG.info("skipping hidden file {}", file);
                } else if (attrs.isSymbolicLink()) {
                    entries.add(problem(file, "broken symbolic link"));
                } else if (!attrs.isRegularFile()) {
                    entries.add(problem(file, "not a regular file (a pipe, socket or device in a folder is not read)"));
                } else {
                    String problem = problemOf.apply(file);
                    entries.add(problem == null ? new InputEntry(file, InputEntry.Kind.FILE, attrs.size(), null)
                            : problem(file, problem));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String reason = e instanceof FileSystemLoopException ? "symbolic link loop: not followed"
                        : e instanceof AccessDeniedException ? "cannot read: permission denied"
                        : "cannot read: " + e;
                entries.add(problem(file, reason));
                return FileVisitResult.CONTINUE;
            }
        });
        entries.sort(Comparator.comparing(InputEntry::path));
        return entries;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static InputEntry problem(Path path, String reason) {
        LOG.warn("{}: {}", path, reason);
        return new InputEntry(path, InputEntry.Kind.PROBLEM, -1, reason);
    }
}
