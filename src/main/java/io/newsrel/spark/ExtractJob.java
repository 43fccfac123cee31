package io.newsrel.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.newsrel.batch.RunSummary;
import io.newsrel.config.ConfigException;
import io.newsrel.ingest.InputResolver;
import io.newsrel.output.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsrel extract} as a Spark job: reads the inputs on the executors, runs one shared
 * pipeline per executor JVM, and writes into the output folder
 * <ul>
 *   <li>{@code documents/}: JSON lines, one per document, as the CLI's documents.jsonl (any order);</li>
 *   <li>{@code documents.parquet/}: the same documents with the columns of {@link NewsrelSpark#RESULT_SCHEMA}
 *       but {@code error};</li>
 *   <li>{@code errors/}: JSON lines {@code {"source", "id", "reason"}}, one per unusable record;</li>
 *   <li>{@code facts/} and {@code facts.parquet/}: the CLI's facts.jsonl, aggregated by Spark, sorted by key;</li>
 *   <li>{@code summary.json}: the CLI's summary; {@code wallSeconds} includes the executors' loading.</li>
 * </ul>
 * A bad record goes to {@code errors/}; the job goes on. An output folder that exists is replaced
 * only with {@code --overwrite}, as {@code newsrel extract} never replaces a run silently.
 */
public final class ExtractJob {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractJob.class);

    private ExtractJob() {
    }

    /** For spark-submit: {@code --class io.newsrel.spark.ExtractJob newsrel.jar INPUT... --output DIR}. */
    public static void main(String[] args) throws IOException {
        JobArguments arguments;
        try {
            arguments = JobArguments.parse(args);
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new PipelineSpec(null, null, arguments.settings()).config();
        } catch (ConfigException | IllegalArgumentException e) {
            LOG.error("bad --set: {}", e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("newsrel extract");
        if (arguments.master() != null) {
            builder.master(arguments.master());
        }
        SparkSession spark = builder.getOrCreate();
        int code;
        try {
            code = runAndReport(spark, arguments, System.err);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job and prints its outcome on {@code err} as {@code newsrel extract} does: the counts
     * and where they were written, or why the job did not run.
     *
     * @param spark     the session
     * @param arguments the job's arguments
     * @param err       where the summary goes (the driver's stderr)
     * @return the exit code: 0, 1 when records failed, 2 when the output folder exists
     * @throws IOException when the inputs or the output cannot be reached
     */
    public static int runAndReport(SparkSession spark, JobArguments arguments, PrintStream err) throws IOException {
        RunSummary summary;
        try {
            summary = run(spark, arguments);
        } catch (OutputExistsException e) {
            err.println("newsrel: " + e.getMessage());
            return 2;
        }
        for (String line : summary.describe()) {
            err.println("newsrel: " + line);
        }
        err.println("newsrel: wrote " + arguments.output());
        return summary.failed() > 0 ? 1 : 0;
    }

    /** The output folder holds something and the job was not told to replace it. */
    public static final class OutputExistsException extends IOException {
        OutputExistsException(String message) {
            super(message);
        }
    }

    /**
     * Runs the job in {@code spark} and returns what summary.json says.
     *
     * @param spark     the session
     * @param arguments the job's arguments
     * @return the summary
     * @throws OutputExistsException when the output folder exists and {@code --overwrite} was not given
     * @throws IOException           when the inputs or the output cannot be reached
     */
    public static RunSummary run(SparkSession spark, JobArguments arguments) throws IOException {
        long started = System.nanoTime();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        checkOutput(arguments, hadoop);
        PipelineSpec spec = spec(arguments, hadoop);
        SparkInputs.Files files = SparkInputs.list(arguments.inputs(), hadoop,
                InputResolver.standard(spec.config()));
        int partitions = arguments.partitions() > 0 ? arguments.partitions() : context.defaultParallelism() * 4;
        LOG.info("{} JSONL files read by lines, {} files read whole, at least {} partitions",
                files.jsonl().size(), files.whole().size(), partitions);

        Dataset<Row> raw = spark.createDataFrame(SparkInputs.extract(context, files, spec, partitions),
                ExtractionRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> results = NewsrelSpark.typed(raw);
            String out = arguments.output();
            raw.where("error IS NULL").select("document").write().mode(SaveMode.Overwrite).text(out + "/documents");
            results.where("error IS NULL").drop("error", "document")
                    .write().mode(SaveMode.Overwrite).parquet(out + "/documents.parquet");
            raw.where("error IS NOT NULL").select(col("source"), col("id"), col("error").as("reason"))
                    .write().mode(SaveMode.Overwrite).json(out + "/errors");
            Dataset<String> facts = spark.createDataset(SparkFacts.aggregate(raw).rdd(), Encoders.STRING())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            facts.write().mode(SaveMode.Overwrite).text(out + "/facts");
            spark.read().schema(SparkFacts.SCHEMA).json(facts).write().mode(SaveMode.Overwrite)
                    .parquet(out + "/facts.parquet");
            facts.unpersist();
            RunSummary summary = summary(results, (System.nanoTime() - started) / 1e9, context.defaultParallelism());
            write(new Path(out, "summary.json"), Json.pretty(summary) + "\n", hadoop);
            return summary;
        } finally {
            raw.unpersist();
        }
    }

    /** Refuses an output folder that holds anything, unless told to overwrite; checked before any work. */
    private static void checkOutput(JobArguments arguments, Configuration hadoop) throws IOException {
        Path out = new Path(arguments.output());
        FileSystem fs = out.getFileSystem(hadoop);
        if (!arguments.overwrite() && fs.exists(out) && (fs.isFile(out) || fs.listStatus(out).length > 0)) {
            throw new OutputExistsException(out + " exists and is not empty: give --overwrite to replace it,"
                    + " or another --output");
        }
    }

    /** The pipeline to build on the executors: the configuration file is read here, on the driver. */
    private static PipelineSpec spec(JobArguments arguments, Configuration hadoop) throws IOException {
        if (arguments.config() == null) {
            return new PipelineSpec(null, null, arguments.settings());
        }
        Path file = new Path(arguments.config());
        try (FSDataInputStream in = file.getFileSystem(hadoop).open(file)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new PipelineSpec(json, "configuration file " + file, arguments.settings());
        }
    }

    private static RunSummary summary(Dataset<Row> results, double seconds, int cores) {
        Row totals = results.selectExpr("count_if(error IS NULL)", "count_if(error IS NOT NULL)",
                "coalesce(sum(tokens), 0)").first();
        long documents = totals.getLong(0);
        long tokens = totals.getLong(2);
        return new RunSummary(documents, totals.getLong(1), 0, countByType(results, "entities"),
                countByType(results, "relations"), tokens, round(seconds), 0, round(documents / seconds),
                round(tokens / seconds), cores);
    }

    /** How many entities (relations) of each type the results hold: a small table, collected. */
    private static Map<String, Long> countByType(Dataset<Row> results, String column) {
        Map<String, Long> counts = new TreeMap<>();
        results.select(explode(col(column)).as("x")).groupBy(col("x.type")).count().collectAsList()
                .forEach(row -> counts.put(row.getString(0), row.getLong(1)));
        return counts;
    }

    private static void write(Path file, String content, Configuration hadoop) throws IOException {
        try (OutputStream out = file.getFileSystem(hadoop).create(file, true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
