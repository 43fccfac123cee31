package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.CorpusOutput;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Relation;
import io.newsrel.model.Role;
import io.newsrel.output.Json;
import io.newsrel.review.ReviewedGold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report, export and eval against the exports, through the command line. */
class ReviewCommandsTest {

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void reportWritesThePageOfAnOutputFolder(@TempDir Path dir) {
        Cli.Run run = run("report", CorpusOutput.dir().toString(), "-o", dir.toString());
        assertEquals(NewsrelCli.OK, run.code(), run.err());
        assertTrue(Files.exists(dir.resolve("index.html")));
        assertTrue(run.err().contains("(5 documents, "), run.err());
    }

    @Test
    void reportWithoutDocumentsIsAUsageError(@TempDir Path dir) {
        Cli.Run run = run("report", dir.toString());
        assertEquals(NewsrelCli.USAGE, run.code());
        assertTrue(run.err().contains("no documents in " + dir), run.err());
    }

    @Test
    void exportedAnnotationsScoredAgainstTheSameOutputGiveF1One(@TempDir Path dir) throws IOException {
        String output = CorpusOutput.dir().toString();
        for (String format : new String[] {"labelstudio", "brat"}) {
            Path export = dir.resolve(format);
            Cli.Run exported = run("export", "--format", format, output, "-o", export.toString());
            assertEquals(NewsrelCli.OK, exported.code(), exported.err());
            Path gold = format.equals("brat") ? export : export.resolve("tasks.json");
            Cli.Run eval = run("eval", "--gold-" + format, gold.toString(), "--predicted", output);
            assertEquals(NewsrelCli.OK, eval.code(), eval.err());
            assertTrue(eval.out().contains("Scored on 5 reviewed documents."), eval.out());
            assertTrue(eval.out().matches("(?s).*\\| ALL \\| \\d+ \\| 1\\.000 \\| 1\\.000 \\| \\*\\*1\\.000\\*\\* \\|.*"), eval.out());
            assertTrue(!eval.out().contains("0.000"), eval.out());
        }
        assertTrue(Files.readString(dir.resolve("labelstudio/labeling-config.xml")).contains("<Relation value=\"supplierCompany\"/>"));
    }

    /** A review file as the report's page saves it: one verdict per relation of the corpus output. */
    private static Path reviewFile(Path dir, java.util.function.BiFunction<ExtractionResult, Relation, Map<String, Object>> verdict)
            throws IOException {
        List<Object> reviews = new ArrayList<>();
        for (ExtractionResult doc : CorpusOutput.results()) {
            for (Relation r : doc.relations()) {
                Map<String, Object> review = verdict.apply(doc, r);
                if (review != null) {
                    Map<String, Object> line = new LinkedHashMap<>(Map.of("document", doc.document().id(), "relation", r.id()));
                    line.putAll(review);
                    reviews.add(line);
                }
            }
        }
        Path file = dir.resolve("newsrel-review.json");
        Files.writeString(file, Json.MAPPER.writeValueAsString(Map.of("format", ReviewedGold.FORMAT, "reviews", reviews)));
        return file;
    }

    private static boolean same(ExtractionResult doc, Relation r, ExtractionResult otherDoc, Relation other) {
        return doc.document().id().equals(otherDoc.document().id()) && r.id().equals(other.id());
    }

    private static final String ALL_ONE = "(?s).*\\| ALL \\| \\d+ \\| 1\\.000 \\| 1\\.000 \\| \\*\\*1\\.000\\*\\* \\|.*";

    @Test
    void acceptingEveryRelationInThePageGivesF1One(@TempDir Path dir) throws IOException {
        Path review = reviewFile(dir, (doc, r) -> Map.of("verdict", "accept"));
        Cli.Run eval = run("eval", "--gold-reviewed", review.toString(), "--predicted", CorpusOutput.dir().toString());
        assertEquals(NewsrelCli.OK, eval.code(), eval.err());
        assertTrue(eval.out().contains("Scored on 5 reviewed documents."), eval.out());
        assertTrue(eval.out().matches(ALL_ONE), eval.out());
        assertFalse(eval.out().contains("0.000"), eval.out());
    }

    @Test
    void aRejectedRelationCostsPrecisionAndACorrectedOneIsScoredAsCorrected(@TempDir Path dir) throws IOException {
        ExtractionResult seed = CorpusOutput.results().get(0);
        Relation rejected = seed.relations().get(0);
        Path review = reviewFile(dir, (doc, r) -> same(doc, r, seed, rejected) ? Map.of("verdict", "reject") : Map.of("verdict", "accept"));
        Cli.Run eval = run("eval", "--gold-reviewed", review.toString(), "--predicted", CorpusOutput.dir().toString(),
                "--report", dir.resolve("scores.json").toString());
        assertEquals(NewsrelCli.OK, eval.code(), eval.err());
        JsonNode all = Json.MAPPER.readTree(dir.resolve("scores.json").toFile()).path("relations").path("ALL");
        int predicted = CorpusOutput.results().stream().mapToInt(d -> d.relations().size()).sum();
        assertEquals(predicted - 1, all.path("tp").asInt(), all.toString());
        assertEquals(1, all.path("fp").asInt(), all.toString());
        assertEquals(0, all.path("fn").asInt(), all.toString());

        // the analyst moves the seed's recipient to another country of the document: one wrong, one missed
        Entity other = seed.entitiesOfType(EntityType.COUNTRY).stream()
                .filter(e -> !rejected.args().ids(Role.RECIPIENT).contains(e.id())).findFirst().orElseThrow();
        Path corrected = reviewFile(dir, (doc, r) -> !same(doc, r, seed, rejected) ? Map.of("verdict", "accept")
                : Map.of("verdict", "correct", "args", r.args().toBuilder().set(Role.RECIPIENT, List.of(other.id())).build().asJson(),
                        "attrs", r.attrs().asMap()));
        Cli.Run evalCorrected = run("eval", "--gold-reviewed", corrected.toString(), "--predicted",
                CorpusOutput.dir().toString(), "--report", dir.resolve("corrected.json").toString());
        assertEquals(NewsrelCli.OK, evalCorrected.code(), evalCorrected.err());
        JsonNode allCorrected = Json.MAPPER.readTree(dir.resolve("corrected.json").toFile()).path("relations").path("ALL");
        assertEquals(predicted - 1, allCorrected.path("tp").asInt(), allCorrected.toString());
        assertEquals(1, allCorrected.path("fp").asInt(), allCorrected.toString());
        assertEquals(1, allCorrected.path("fn").asInt(), allCorrected.toString());
    }

    @Test
    void aDocumentReviewedInPartOrWithAnUnknownEntityIsLeftOutAndNamed(@TempDir Path dir) throws IOException {
        ExtractionResult seed = CorpusOutput.results().get(0);
        Relation first = seed.relations().get(0);
        Relation second = seed.relations().get(1);
        Path review = reviewFile(dir, (doc, r) -> same(doc, r, seed, second) ? null : Map.of("verdict", "accept"));
        Cli.Run eval = run("eval", "--gold-reviewed", review.toString(), "--predicted", CorpusOutput.dir().toString());
        assertEquals(NewsrelCli.RECORDS_FAILED, eval.code(), eval.err());
        assertTrue(eval.out().contains("Scored on 4 reviewed documents."), eval.out());
        assertTrue(eval.err().contains("document " + seed.document().id()) && eval.err().contains(second.id() + " has no verdict"),
                eval.err());

        Path unknown = reviewFile(dir, (doc, r) -> same(doc, r, seed, first)
                ? Map.of("verdict", "correct", "args", Map.of(Role.RECIPIENT.jsonName(), "e999"), "attrs", Map.of())
                : Map.of("verdict", "accept"));
        Cli.Run evalUnknown = run("eval", "--gold-reviewed", unknown.toString(), "--predicted", CorpusOutput.dir().toString());
        assertEquals(NewsrelCli.RECORDS_FAILED, evalUnknown.code(), evalUnknown.err());
        assertTrue(evalUnknown.out().contains("Scored on 4 reviewed documents."), evalUnknown.out());
        assertTrue(evalUnknown.err().contains(first.id() + ": the correction names entity e999 as recipient"), evalUnknown.err());
        assertEquals(NewsrelCli.USAGE, run("eval", "--gold-reviewed", review.toString()).code(), "no --predicted");
        Files.writeString(dir.resolve("other.json"), "{\"reviews\": []}");
        Cli.Run other = run("eval", "--gold-reviewed", dir.resolve("other.json").toString(), "--predicted",
                CorpusOutput.dir().toString());
        assertEquals(NewsrelCli.USAGE, other.code());
        assertTrue(other.err().contains("not a review file"), other.err());
    }
}
