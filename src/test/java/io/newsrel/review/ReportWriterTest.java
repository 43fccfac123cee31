package io.newsrel.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.CorpusOutput;
import io.newsrel.batch.FactsAggregator;
import io.newsrel.model.ExtractionResult;
import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's files: the page, relation chunks loaded by it, document chunks loaded on demand. */
class ReportWriterTest {

    @TempDir
    Path dir;

    /** The JSON array a data file hands to NEWSREL.add(kind, chunk, [...]). */
    private static JsonNode items(Path file) throws IOException {
        String js = Files.readString(file);
        return Json.MAPPER.readTree(js.substring(js.indexOf('['), js.lastIndexOf(')')));
    }

    @Test
    void relationsAndTextsAreSplitIntoChunksThePageLoads() throws IOException {
        List<ExtractionResult> results = CorpusOutput.results();
        int relations = results.stream().mapToInt(r -> r.relations().size()).sum();
        ReportWriter.Written written = new ReportWriter(4, 2_000).write(results.iterator(), dir, "<b>batch</b>", () -> 0);

        assertEquals(results.size(), written.documents());
        assertEquals(relations, written.relations());
        assertEquals((relations + 3) / 4, written.relationChunks());
        assertTrue(written.documentChunks() > 1, written.toString());
        String page = Files.readString(dir.resolve(ReportWriter.INDEX));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < written.relationChunks(); i++) {
            assertTrue(page.contains("<script src=\"data/relations-" + i + ".js\"></script>"), "chunk " + i);
            items(dir.resolve("data/relations-" + i + ".js")).forEach(r -> ids.add(r.get("doc") + "/" + r.get("id").asText()));
        }
        assertEquals(relations, ids.size());
        assertEquals(relations, ids.stream().distinct().count());
        assertTrue(page.contains("<title>newsrel review: &lt;b&gt;batch&lt;/b&gt;</title>"), page.substring(0, 600));
        assertFalse(page.contains("{{"), "a template placeholder was left");
        int texts = 0;
        for (int i = 0; i < written.documentChunks(); i++) {
            texts += items(dir.resolve("data/docs-" + i + ".js")).size();
        }
        assertEquals(results.size(), texts);
    }

    @Test
    void theSeedTransferMarksItsArgumentsInTheEvidence() {
        ExtractionResult seed = CorpusOutput.results().get(0);
        ReportData.RelationRow row = seed.relations().stream()
                .map(r -> ReportWriter.row(r, 0, seed, Map.of(FactsAggregator.key(r, seed), false)))
                .filter(r -> r.type().equals("ARMS_TRANSFER") && r.systems().contains("ATMOS 2000"))
                .findFirst().orElseThrow();
        ReportData.EvidenceView evidence = row.evidence().get(0);
        List<String> marked = evidence.marks().stream()
                .map(m -> m.label() + "=" + evidence.text().substring(m.start(), m.end())).toList();
        assertEquals(List.of("recipient=Morocco", "supplierCountry=Israeli", "supplierCompany=Elbit Systems",
                "system=Atmos 2000"), marked);
        assertEquals("ISR", row.supplier());
        assertEquals("MAR", row.recipient());
        assertEquals(List.of(2025), row.years());
        assertEquals(List.of("SELECTED"), row.statuses());
        assertEquals(Boolean.FALSE, row.inRegister(), "the SIPRI check's answer for this fact's key");
        ReportData.RelationRow unchecked = seed.relations().stream().map(r -> ReportWriter.row(r, 0, seed, Map.of()))
                .filter(r -> r.id().equals(row.id())).findFirst().orElseThrow();
        assertNull(unchecked.inRegister(), "no SIPRI check, no answer");
    }

    @Test
    void overlappingMarksKeepTheOuterOne() {
        List<ReportData.Mark> flat = Marks.flat(List.of(new ReportData.Mark(4, 10, "inner"),
                new ReportData.Mark(0, 40, "outer"), new ReportData.Mark(50, 55, "next"), new ReportData.Mark(50, 55, "next")));
        assertEquals(List.of(new ReportData.Mark(0, 40, "outer"), new ReportData.Mark(50, 55, "next")), flat);
    }
}
