package io.newsrel.spark;

import io.newsrel.ingest.DocumentReader;
import io.newsrel.config.PipelineConfig;
import io.newsrel.ingest.InputItem;
import io.newsrel.ingest.InputSource;
import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Reads a file of any Hadoop filesystem (HDFS, S3, local) with a {@link DocumentReader}, which
 * reads local files: the file is copied to a temporary folder on the executor under its own name
 * (readers judge a file by its name, and a text file's name is its document id), read, and
 * deleted once its records are consumed (or its task ends). Records name the original file,
 * never the copy.
 */
final class LocalCopy {

    private LocalCopy() {
    }

    /**
     * The records of the file at {@code uri}, whose content {@code in} streams; a file that cannot
     * be copied or read gives one unreadable record, and a file that breaks off gives the records
     * read before it and one unreadable record.
     */
    static Iterator<InputItem> read(String uri, String name, InputStream in, DocumentReader reader,
                                    PipelineConfig.Limits limits) {
        Path dir;
        Path copy;
        Iterator<InputItem> records;
        try {
            dir = Files.createTempDirectory("newsrel-spark-");
            copy = dir.resolve(name);
            try (in) {
                Files.copy(in, copy);
            }
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) context -> delete(dir, copy));
            }
            records = reader.read(InputSource.of(copy, limits));
        } catch (IOException | UncheckedIOException e) {
            return List.<InputItem>of(new InputItem.Unreadable(null, uri, "cannot read file: " + e)).iterator();
        }
        return new Renamed(records, copy.toString(), uri, dir, copy);
    }

    private static void delete(Path dir, Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary copy " + copy, e);
        }
    }

    /** The records of the copy, with the copy's path replaced by the original's; deletes the copy at the end. */
    private static final class Renamed implements Iterator<InputItem> {
        private final Iterator<InputItem> records;
        private final String copyName;
        private final String uri;
        private final Path dir;
        private final Path copy;
        private InputItem failure;
        private boolean done;

        Renamed(Iterator<InputItem> records, String copyName, String uri, Path dir, Path copy) {
            this.records = records;
            this.copyName = copyName;
            this.uri = uri;
            this.dir = dir;
            this.copy = copy;
        }

        @Override
        public boolean hasNext() {
            if (done) {
                return false;
            }
            try {
                if (failure != null || records.hasNext()) {
                    return true;
                }
            } catch (UncheckedIOException e) {
                failure = new InputItem.Unreadable(null, uri, "file breaks off: " + e.getCause());
                return true;
            }
            done = true;
            delete();
            return false;
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (failure != null) {
                InputItem item = failure;
                failure = null;
                done = true;
                delete();
                return item;
            }
            return renamed(records.next());
        }

        private InputItem renamed(InputItem item) {
            if (item instanceof InputItem.Unreadable bad) {
                return new InputItem.Unreadable(bad.id(), original(bad.origin()), bad.reason());
            }
            InputItem.Document doc = (InputItem.Document) item;
            NewsDocument d = doc.document();
            NewsDocument document = copyName.equals(d.url())
                    ? new NewsDocument(d.id(), d.text(), d.date(), d.title(), uri, d.metadata())
                    : d;
            return new InputItem.Document(document, original(doc.origin()));
        }

        private String original(String origin) {
            return origin.startsWith(copyName) ? uri + origin.substring(copyName.length()) : origin;
        }

        private void delete() {
            LocalCopy.delete(dir, copy);
        }
    }
}
