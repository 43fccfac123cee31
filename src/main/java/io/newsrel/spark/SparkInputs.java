package io.newsrel.spark;

import io.newsrel.ingest.DocumentReader;
import io.newsrel.ingest.InputItem;
import io.newsrel.ingest.InputResolver;
import io.newsrel.ingest.JsonlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The input files of a Spark run, on any Hadoop filesystem, read with the CLI's readers
 * ({@link InputResolver#standard}), so a format newsrel reads is a format its Spark job reads.
 * JSONL files are split into lines by Hadoop (a large file is read by many tasks), each line
 * parsed by {@link JsonlReader#parse}; every other file is one unit read whole by its reader
 * ({@link LocalCopy}). Records of a JSONL file are named by file and byte offset
 * ({@code file:/data/news.jsonl@1234}), as Hadoop's lines have no numbers.
 */
final class SparkInputs {

    private static final Logger LOG = LoggerFactory.getLogger(SparkInputs.class);

    /** The files to read: JSONL files, read by lines, and the others, read whole. */
    record Files(List<String> jsonl, List<String> whole) {
        Files {
            jsonl = List.copyOf(jsonl);
            whole = List.copyOf(whole);
        }
    }

    private SparkInputs() {
    }

    /**
     * Lists the inputs as the CLI does: folders recursively in name order, files no reader takes
     * skipped in a folder and an error when named; a path that matches nothing is an error. Hidden
     * files (names starting with "_" or ".", such as _SUCCESS) are left out, as Hadoop does.
     */
    static Files list(List<String> inputs, Configuration hadoop, InputResolver resolver) throws IOException {
        List<String> jsonl = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(hadoop);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new IOException("input not found: " + input);
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    for (Path file : filesUnder(fs, match.getPath())) {
                        Optional<DocumentReader> reader = reader(resolver, file);
                        if (reader.isPresent()) {
                            (reader.get() instanceof JsonlReader ? jsonl : whole).add(file.toString());
                        } else {
                            LOG.info("skipping {}: no reader for this kind of file", file);
                        }
                    }
                } else {
                    DocumentReader reader = reader(resolver, match.getPath()).orElseThrow(() ->
                            new IllegalArgumentException("unsupported input file " + match.getPath()));
                    (reader instanceof JsonlReader ? jsonl : whole).add(match.getPath().toString());
                }
            }
        }
        return new Files(jsonl, whole);
    }

    /** The records of the files as result rows (see {@link ExtractionRows}), read and processed on the executors. */
    static JavaRDD<Row> extract(JavaSparkContext spark, Files files, PipelineSpec spec, int minPartitions) {
        List<JavaRDD<Row>> parts = new ArrayList<>();
        if (!files.jsonl().isEmpty()) {
            @SuppressWarnings("unchecked")
            JavaHadoopRDD<LongWritable, Text> lines = (JavaHadoopRDD<LongWritable, Text>) spark.hadoopFile(
                    String.join(",", files.jsonl()), TextInputFormat.class, LongWritable.class, Text.class,
                    minPartitions);
            parts.add(lines.mapPartitionsWithInputSplit(
                    (split, part) -> ExtractionRows.of(jsonlRecords(split, part, spec), spec), false));
        }
        if (!files.whole().isEmpty()) {
            parts.add(spark.binaryFiles(String.join(",", files.whole()), minPartitions)
                    .mapPartitions(part -> ExtractionRows.of(wholeFileRecords(part, spec), spec)));
        }
        if (parts.isEmpty()) {
            return spark.emptyRDD();
        }
        return parts.size() == 1 ? parts.get(0) : parts.get(0).union(parts.get(1));
    }

    private static Iterator<InputItem> jsonlRecords(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines,
                                                    PipelineSpec spec) {
        Path file = ((FileSplit) split).getPath();
        JsonlReader reader = (JsonlReader) reader(resolver(spec), file).orElseThrow();
        return new Iterator<>() {
            private InputItem next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    Tuple2<LongWritable, Text> line = lines.next();
                    Text text = line._2();
                    // blank lines give null, as in JsonlReader
                    next = reader.parse(Arrays.copyOf(text.getBytes(), text.getLength()), file + "@" + line._1().get());
                }
                return next != null;
            }

            @Override
            public InputItem next() {
                hasNext();
                InputItem item = next;
                next = null;
                return item;
            }
        };
    }

    private static Iterator<InputItem> wholeFileRecords(Iterator<Tuple2<String, PortableDataStream>> files,
                                                        PipelineSpec spec) {
        InputResolver resolver = resolver(spec);
        return new Iterator<>() {
            private Iterator<InputItem> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    Tuple2<String, PortableDataStream> file = files.next();
                    Path path = new Path(file._1());
                    DocumentReader reader = reader(resolver, path).orElseThrow();
                    try {
                        current = LocalCopy.read(file._1(), path.getName(), file._2().open(), reader, resolver.limits());
                    } catch (UncheckedIOException | IllegalStateException e) {
                        current = List.<InputItem>of(new InputItem.Unreadable(null, file._1(),
                                "cannot read file: " + e)).iterator();
                    }
                }
                return current.hasNext();
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static InputResolver resolver(PipelineSpec spec) {
        return InputResolver.standard(spec.config());
    }

    /** The reader for a file, judged by its name as in the CLI. */
    private static Optional<DocumentReader> reader(InputResolver resolver, Path file) {
        return resolver.reader(java.nio.file.Path.of(file.getName()));
    }

    private static List<Path> filesUnder(FileSystem fs, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus status = it.next();
            String name = status.getPath().getName();
            if (status.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                files.add(status.getPath());
            }
        }
        files.sort(null);
        return files;
    }
}
