package io.newsrel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.batch.ProgressListener;
import io.newsrel.batch.RunSummary;
import io.newsrel.model.NewsDocument;
import io.newsrel.output.DocumentJson;
import io.newsrel.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job and library API in local[2], against the CLI's batch run on the same input. */
class SparkExtractJobTest {

    private static final String SEED_SENTENCE = "In 2025, Morocco selected Israeli company Elbit Systems to supply 36"
            + " Atmos 2000 self propelled artillery systems, mounted on Tatra trucks.";

    @TempDir
    static Path dir;

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        // local mode: the executors are this JVM, so they share the tests' pipeline instead of loading CoreNLP again
        SharedPipelines.share(PipelineSpec.defaults(), TestPipeline.get());
        spark = SparkSession.builder().master("local[2]").appName("newsrel-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void theJobWritesTheDocumentsAndFactsTheCliWritesOnTheCorpus() throws IOException {
        Path cli = dir.resolve("cli");
        new io.newsrel.batch.ExtractJob(TestPipeline.get(), 2, ProgressListener.NONE).run(List.of(Corpus.DIR), cli, 0);
        Path out = dir.resolve("spark");
        RunSummary summary = ExtractJob.run(spark, JobArguments.parse(Corpus.DIR.toString(), "--output", out.toString()));

        Map<String, JsonNode> expected = byId(Files.readAllLines(cli.resolve("documents.jsonl")));
        Map<String, JsonNode> actual = byId(partLines(out.resolve("documents")));
        assertEquals(5, expected.size());
        assertTrue(expected.values().stream().mapToInt(d -> d.get("relations").size()).sum() > 5);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((id, document) -> assertEquals(document, actual.get(id), id));

        assertEquals(Files.readAllLines(cli.resolve("facts.jsonl")), partLines(out.resolve("facts")));
        assertEquals(5, summary.documents());
        assertEquals(0, summary.failed());
        assertEquals(List.of(), partLines(out.resolve("errors")));

        Dataset<Row> parquet = spark.read().parquet(out.resolve("documents.parquet").toString());
        assertEquals(5, parquet.count());
        assertTrue(parquet.selectExpr("exists(relations, r -> r.type = 'ARMS_TRANSFER' AND r.attrs['recipientCountry'] = 'MAR')")
                .collectAsList().stream().anyMatch(r -> r.getBoolean(0)));
        Dataset<Row> facts = spark.read().parquet(out.resolve("facts.parquet").toString());
        assertEquals(Files.readAllLines(cli.resolve("facts.jsonl")).size(), facts.count());
    }

    @Test
    void badRecordsLandInTheErrorsWithSourceAndReasonAndTheJobGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("bad-input"));
        List<String> samples = Files.readAllLines(Corpus.DIR.resolve("samples.jsonl"));
        List<String> lines = List.of(samples.get(0), "{\"id\": \"broken\", \"text\": ", "", "{\"id\": \"no-text\"}",
                samples.get(1));
        Files.write(in.resolve("mixed.jsonl"), lines);
        Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Path out = dir.resolve("bad-output");

        RunSummary summary = ExtractJob.run(spark, JobArguments.parse(in.toString(), "-o", out.toString()));

        assertEquals(2, summary.documents());
        assertEquals(3, summary.failed());
        Map<String, String> reasons = new TreeMap<>();
        for (String line : partLines(out.resolve("errors"))) {
            JsonNode error = Json.MAPPER.readTree(line);
            reasons.put(error.get("source").asText(), error.get("reason").asText());
        }
        String file = "file:" + in.toAbsolutePath().resolve("mixed.jsonl");
        assertTrue(reasons.get(file + "@" + offset(lines, 1)).startsWith("malformed JSON"), reasons.toString());
        assertEquals("empty or missing 'text' field", reasons.get(file + "@" + offset(lines, 3)), reasons.toString());
        assertEquals("binary content (NUL bytes), not text",
                reasons.get("file:" + in.toAbsolutePath().resolve("binary.txt")), reasons.toString());
        assertEquals(3, reasons.size(), reasons.toString());
        assertEquals(List.of("sample-001", "sample-002"), byId(partLines(out.resolve("documents"))).keySet().stream().toList());
    }

    @Test
    void anOutputFolderThatExistsIsReplacedOnlyWithOverwriteAndTheCountsArePrinted() throws IOException {
        Path in = Files.write(dir.resolve("one.jsonl"), List.of(Files.readAllLines(Corpus.DIR.resolve("samples.jsonl")).get(0)));
        Path out = Files.createDirectories(dir.resolve("earlier-output"));
        Path earlier = Files.writeString(out.resolve("keep.txt"), "an earlier run's file");

        java.io.ByteArrayOutputStream refusedErr = new java.io.ByteArrayOutputStream();
        int refused = ExtractJob.runAndReport(spark, JobArguments.parse(in.toString(), "-o", out.toString()),
                new java.io.PrintStream(refusedErr, true, StandardCharsets.UTF_8));
        assertEquals(2, refused);
        assertEquals("newsrel: " + out + " exists and is not empty: give --overwrite to replace it, or another --output\n",
                refusedErr.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(earlier), "nothing touched");

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = ExtractJob.runAndReport(spark, JobArguments.parse(in.toString(), "-o", out.toString(), "--overwrite"),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("newsrel: 1 documents (0 failed) in "), lines.toString());
        assertTrue(lines.get(1).startsWith("newsrel: entities {") && lines.get(2).startsWith("newsrel: relations {"),
                lines.toString());
        assertEquals("newsrel: wrote " + out, lines.get(3));
        assertEquals(1, partLines(out.resolve("documents")).size());
    }

    @Test
    void theLibraryTurnsRowsOfIdTextAndDateIntoResults() throws IOException {
        StructType input = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("date", DataTypes.StringType);
        Dataset<Row> documents = spark.createDataFrame(List.of(
                RowFactory.create("seed", SEED_SENTENCE, "2025-03-01T10:00:00Z"),
                RowFactory.create("empty", null, "2025-03-01"),
                RowFactory.create("undated", "Poland bought tanks.", "yesterday")), input);

        Dataset<Row> results = NewsrelSpark.extract(documents, PipelineSpec.defaults());

        assertEquals(List.of(NewsrelSpark.RESULT_SCHEMA.fieldNames()), List.of(results.columns()));
        Map<String, Row> byId = results.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("id"), r -> r));
        Row seed = byId.get("seed");
        assertNull(seed.getAs("error"));
        assertEquals(java.sql.Date.valueOf("2025-03-01"), seed.getAs("date"));
        String expected = Json.line(DocumentJson.of(TestPipeline.get().process(new NewsDocument("seed", SEED_SENTENCE,
                LocalDate.of(2025, 3, 1), null, null, Map.of())), TestPipeline.get().config().output()));
        assertEquals(Json.MAPPER.readTree(expected), Json.MAPPER.readTree(seed.<String>getAs("document")));
        assertTrue(results.where("id = 'seed'").selectExpr("exists(relations, r -> r.type = 'ARMS_TRANSFER'"
                + " AND r.attrs['recipientCountry'] = 'MAR' AND r.attrs['quantity'] = '36')").first().getBoolean(0));
        assertTrue(results.where("id = 'seed'").selectExpr("exists(facts, f -> f.type = 'ARMS_TRANSFER'"
                + " AND f.key LIKE 'recipient=MAR;%' AND f.document = 'seed')").first().getBoolean(0));
        assertEquals("empty or missing 'text'", byId.get("empty").getAs("error"));
        assertEquals("unreadable 'date': yesterday", byId.get("undated").getAs("error"));
    }

    /** The byte offset of line {@code index} in a file of {@code lines}. */
    private static long offset(List<String> lines, int index) {
        return lines.subList(0, index).stream().mapToLong(l -> l.getBytes(StandardCharsets.UTF_8).length + 1).sum();
    }

    /** The documents keyed by id, each without its url (a text file's url is its path, which differs). */
    private static Map<String, JsonNode> byId(List<String> lines) throws IOException {
        Map<String, JsonNode> documents = new TreeMap<>();
        for (String line : lines) {
            ObjectNode document = (ObjectNode) Json.MAPPER.readTree(line);
            document.remove("url");
            documents.put(document.get("id").asText(), document);
        }
        return documents;
    }

    /** The lines of a Spark output folder's part files, in part order. */
    private static List<String> partLines(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> lines = new ArrayList<>();
            for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
