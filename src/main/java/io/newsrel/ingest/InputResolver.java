package io.newsrel.ingest;

import io.newsrel.config.PipelineConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the paths a user gives into one stream of input records: folders are walked recursively
 * in name order (so runs are reproducible), each file goes to the first reader that accepts it.
 * In a folder, files no reader accepts are skipped with a log line; a file named explicitly that
 * no reader accepts is an error.
 */
public final class InputResolver {

    private static final Logger LOG = LoggerFactory.getLogger(InputResolver.class);

    private final List<DocumentReader> readers;

    public InputResolver(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** A resolver with every reader newsrel has, JSON field names as configured. */
    public static InputResolver standard(PipelineConfig.Input fields) {
        return new InputResolver(List.of(new TextFileReader(), new JsonlReader(fields)));
    }

    /** The files to read, in order; fails when a path does not exist or an explicit file is not supported. */
    public List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "input not found");
            }
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    List<Path> found = walk.filter(Files::isRegularFile).sorted().toList();
                    for (Path file : found) {
                        if (reader(file).isPresent()) {
                            files.add(file);
                        } else {
                            LOG.info("skipping {}: no reader for this kind of file", file);
                        }
                    }
                }
            } else if (reader(input).isPresent()) {
                files.add(input);
            } else {
                throw new IllegalArgumentException("unsupported input file " + input + " (expected .txt or .jsonl)");
            }
        }
        return files;
    }

    /** Streams the records of all files, one file after the other. */
    public Iterator<InputItem> records(List<Path> files) {
        return new Iterator<>() {
            private final Iterator<Path> remaining = files.iterator();
            private Iterator<InputItem> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && remaining.hasNext()) {
                    Path file = remaining.next();
                    try {
                        current = reader(file).orElseThrow().read(file);
                    } catch (IOException e) {
                        current = List.<InputItem>of(new InputItem.Unreadable(null, file.toString(),
                                "cannot read file: " + e)).iterator();
                    } catch (UncheckedIOException e) {
                        current = List.<InputItem>of(new InputItem.Unreadable(null, file.toString(),
                                "cannot read file: " + e.getCause())).iterator();
                    }
                }
                return current.hasNext();
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The reader that handles {@code file}, judged by its name; empty when none does. */
    public Optional<DocumentReader> reader(Path file) {
        return readers.stream().filter(r -> r.accepts(file)).findFirst();
    }
}
