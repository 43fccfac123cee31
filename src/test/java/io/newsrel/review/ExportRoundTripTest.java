package io.newsrel.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import io.newsrel.CorpusOutput;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.eval.Prf;
import io.newsrel.eval.ReviewScorer;
import io.newsrel.model.ExtractionResult;
import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export → read back as gold → score the same output: every measure is 1.0; an analyst's change
 * to the exported annotations brings the score under 1.
 */
class ExportRoundTripTest {

    private static final CountryGazetteer COUNTRIES = CountryGazetteer.load(List.of());
    private static final Function<String, String> COUNTRY_CODE =
            text -> COUNTRIES.lookup(text).map(CountryGazetteer.Country::iso3).orElse(null);

    @TempDir
    Path dir;

    private final List<String> skipped = new ArrayList<>();

    private static ReviewScorer.Result score(List<ExtractionResult> gold, List<ExtractionResult> predicted) {
        assertEquals(predicted.size(), gold.size());
        ReviewScorer scorer = new ReviewScorer();
        for (int i = 0; i < gold.size(); i++) {
            scorer.add(gold.get(i), predicted.get(i));
        }
        return scorer.result();
    }

    private static void assertPerfect(ReviewScorer.Result r, List<ExtractionResult> predicted) {
        int mentions = predicted.stream().mapToInt(d -> d.entities().stream().mapToInt(e -> e.mentions().size()).sum()).sum();
        int relations = predicted.stream().mapToInt(d -> d.relations().size()).sum();
        assertEquals(new Prf(mentions, 0, 0), r.mentions().get("ALL"));
        assertEquals(new Prf(relations, 0, 0), r.relations().get("ALL"));
        assertTrue(relations > 20, "too few relations to prove anything: " + relations);
        r.defnews().entities().forEach((type, prf) -> assertEquals(1.0, prf.f1(), type + " " + prf));
        r.defnews().relations().forEach((type, prf) -> assertEquals(1.0, prf.f1(), type + " " + prf));
        assertTrue(r.defnews().relations().get("ARMS_TRANSFER").tp() > 5);
        r.defnews().attributeAccuracy().forEach((attr, acc) -> assertEquals(1.0, acc, attr));
    }

    @Test
    void labelStudioExportReadBackAsGoldScoresF1One() throws IOException {
        List<ExtractionResult> predicted = CorpusOutput.results();
        new LabelStudioExporter().write(predicted.iterator(), dir);
        List<ExtractionResult> gold = new LabelStudioReader(COUNTRY_CODE)
                .read(dir.resolve(LabelStudioExporter.TASKS), (where, why) -> skipped.add(where + why));
        assertEquals(List.of(), skipped);
        assertPerfect(score(gold, predicted), predicted);
        assertEquals(predicted.get(0).document().id(), gold.get(0).document().id());
    }

    @Test
    void bratExportReadBackAsGoldScoresF1One() throws IOException {
        List<ExtractionResult> predicted = CorpusOutput.results();
        new BratExporter().write(predicted.iterator(), dir);
        List<ExtractionResult> gold = new BratReader(COUNTRY_CODE).read(dir, (where, why) -> skipped.add(where + why));
        assertEquals(List.of(), skipped);
        assertPerfect(score(gold, predicted), predicted);
        assertTrue(Files.readString(dir.resolve(BratExporter.CONF)).contains("ARMS_TRANSFER\trecipient*:<ENTITY>"));
    }

    @Test
    void aReviewedLabelStudioExportWithCorrectionsScoresUnderOne() throws IOException {
        List<ExtractionResult> predicted = CorpusOutput.results();
        new LabelStudioExporter().write(predicted.iterator(), dir);
        ArrayNode tasks = (ArrayNode) Json.MAPPER.readTree(dir.resolve(LabelStudioExporter.TASKS).toFile());
        // Label Studio's export of reviewed tasks: the analyst's result under "annotations"
        ObjectNode seed = (ObjectNode) tasks.get(0);
        ArrayNode result = ((ArrayNode) seed.path("predictions").get(0).get("result")).deepCopy();
        ArrayNode corrected = Json.MAPPER.createArrayNode();
        String removedSystem = null;
        for (JsonNode r : result) {
            // the analyst deletes the ATMOS 2000 mention the seed transfer points at, and the link to it
            boolean atmos = r.path("value").path("text").asText().equals("Atmos 2000");
            if (atmos && removedSystem == null) {
                removedSystem = r.get("id").asText();
            }
            if (atmos && r.get("id").asText().equals(removedSystem)
                    || r.path("to_id").asText().equals(removedSystem)) {
                continue;
            }
            corrected.add(r);
        }
        ObjectNode annotation = Json.MAPPER.createObjectNode();
        annotation.put("was_cancelled", false);
        annotation.set("result", corrected);
        seed.putArray("annotations").add(annotation);
        Path reviewed = dir.resolve("reviewed.json");
        Json.MAPPER.writeValue(reviewed.toFile(), tasks);

        List<ExtractionResult> gold = new LabelStudioReader(COUNTRY_CODE).read(reviewed, (w, why) -> skipped.add(w + why));
        ReviewScorer.Result r = score(gold, predicted);
        assertEquals(1, r.mentions().get("SYSTEM").fp(), r.mentions().toString());
        assertEquals(0, r.mentions().get("SYSTEM").fn());
        Prf transfers = r.relations().get("ARMS_TRANSFER");
        assertEquals(1, transfers.fp(), transfers.toString());
        assertEquals(1, transfers.fn(), transfers.toString());
        assertTrue(transfers.f1() < 1.0);
        // SPEC-gold.md's key: a transfer without a system matches the pipeline's by its two countries
        assertEquals(1.0, r.defnews().relations().get("ARMS_TRANSFER").f1());
    }

    @Test
    void aBratEventTheAnalystDeletedIsAMissAndItsStatusChangeCounts() throws IOException {
        List<ExtractionResult> predicted = CorpusOutput.results();
        new BratExporter().write(predicted.iterator(), dir);
        Path ann = dir.resolve(BratExporter.fileName(predicted.get(0).document().id(), new java.util.HashSet<>()) + ".ann");
        List<String> lines = new ArrayList<>(Files.readAllLines(ann));
        String e1 = lines.stream().filter(l -> l.startsWith("E1\t")).findFirst().orElseThrow();
        // brat deletes an event with its attributes and notes
        lines.removeIf(l -> l.equals(e1) || l.matches("(A\\d+\tstatus|#\\d+\tAnnotatorNotes) E1( .*|\t.*)"));
        String e2Status = lines.stream().filter(l -> l.matches("A\\d+\tstatus E2 .*")).findFirst().orElseThrow();
        lines.replaceAll(l -> l.equals(e2Status) ? l.replaceFirst("E2 .*", "E2 CANCELLED") : l);
        Files.write(ann, lines);

        List<ExtractionResult> gold = new BratReader(COUNTRY_CODE).read(dir, (w, why) -> skipped.add(w + why));
        assertEquals(List.of(), skipped);
        ReviewScorer.Result r = score(gold, predicted);
        Prf all = r.relations().get("ALL");
        assertEquals(new Prf(all.tp(), 1, 0), all, "the deleted event is a false positive of the pipeline");
        assertTrue(r.defnews().attributeAccuracy().get("status") < 1.0);
    }

    @Test
    void aBratRelationDrawnFromATriggerAddsARole(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("d.txt"), "Japan bought F-35 jets from the United States.");
        Files.writeString(folder.resolve("d.ann"), String.join("\n",
                "T1\tCOUNTRY 0 5\tJapan", "T2\tSYSTEM 13 17\tF-35", "T3\tCOUNTRY 32 45\tUnited States",
                "T4\tARMS_TRANSFER 0 46\tJapan bought F-35 jets from the United States.",
                "E1\tARMS_TRANSFER:T4 recipient:T1 system:T2", "R1\tsupplierCountry Arg1:T4 Arg2:T3", ""));
        List<ExtractionResult> gold = new BratReader(COUNTRY_CODE).read(folder, (w, why) -> skipped.add(w + why));
        assertEquals(List.of(), skipped);
        ExtractionResult doc = gold.get(0);
        io.newsrel.model.Relation transfer = doc.relations().get(0);
        assertEquals("JPN", transfer.countryCode(Role.RECIPIENT, doc));
        assertEquals("USA", transfer.countryCode(Role.SUPPLIER_COUNTRY, doc));
        assertEquals("F-35", transfer.entities(Role.SYSTEM, doc).get(0).name());
    }

    @Test
    void aTaskWithoutTextIsSkippedWithItsNumberAndTheOthersAreRead() throws IOException {
        Path file = dir.resolve("tasks.json");
        Files.writeString(file, "[{\"data\": {\"text\": \"Japan.\"}, \"predictions\": [{\"result\": ["
                + "{\"id\": \"a\", \"from_name\": \"entity\", \"to_name\": \"text\", \"type\": \"labels\","
                + " \"value\": {\"start\": 0, \"end\": 5, \"text\": \"Japan\", \"labels\": [\"COUNTRY\"]}}]}]},"
                + " {\"data\": {\"title\": \"no text\"}}]");
        List<ExtractionResult> gold = new LabelStudioReader(COUNTRY_CODE).read(file, (w, why) -> skipped.add(w + ": " + why));
        assertEquals(1, gold.size());
        assertEquals("JPN", gold.get(0).entities().get(0).kbId());
        assertEquals(List.of(file + " task 2: no data.text"), skipped);
    }

    @Test
    void bratOffsetsCountCodePoints() {
        String text = "\uD83D\uDE80 Japan\nbuys";
        int[] span = BratSpans.parse(text, BratSpans.format(text, 3, 8));
        assertEquals("2 7", BratSpans.format(text, 3, 8));
        assertEquals(List.of(3, 8), List.of(span[0], span[1]));
        assertEquals("2 7;8 12", BratSpans.format(text, 3, 13));
        assertEquals("Japan buys", BratSpans.fragmentText(text, 3, 13));
    }

    @Test
    void canonicalFormsReadBack() {
        assertEquals(new ReviewSchema.Canonical("Morocco", "MAR"), ReviewSchema.parseCanonical("Morocco [MAR]"));
        assertEquals(new ReviewSchema.Canonical("Elbit Systems", null), ReviewSchema.parseCanonical(" Elbit Systems "));
        assertEquals(Attributes.builder().put(Attribute.QUANTITY, 36L).build(), uncheckedAttributes("{\"quantity\":36}"));
        assertThrows(IOException.class, () -> ReviewSchema.parseAttributes("{\"quantity\":\"many\"}"));
        assertThrows(IOException.class, () -> ReviewSchema.parseAttributes("{\"colour\":\"red\"}"));
    }

    private static Attributes uncheckedAttributes(String json) {
        try {
            return ReviewSchema.parseAttributes(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
