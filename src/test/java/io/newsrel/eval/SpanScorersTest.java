package io.newsrel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsrel.entities.CountryGazetteer;
import io.newsrel.model.EntityType;
import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanScorersTest {

    private static final CountryGazetteer COUNTRIES = CountryGazetteer.load(List.of());

    @Test
    void prfFollowsTheDefinitions() {
        Prf prf = new Prf(3, 1, 2);
        assertEquals(0.75, prf.precision(), 1e-9);
        assertEquals(0.6, prf.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, prf.f1(), 1e-9);
        assertEquals(1.0, Prf.ZERO.f1(), "nothing to find and nothing found");
        assertEquals(0.0, new Prf(0, 4, 0).f1());
    }

    @Test
    void conllChunksAreReadFromIobAndScoredExactly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mini.testa");
        Files.writeString(file, """
                West NNP B-NP B-MISC
                Indian NNP I-NP I-MISC
                Phil NNP I-NP B-PER
                Simmons NNP I-NP I-PER
                beat VBD B-VP O
                Somerset NNP B-NP B-ORG
                in IN B-PP O
                London NNP B-NP B-LOC
                . . O O

                German JJ B-NP B-MISC
                troops NNS I-NP O
                """);
        List<ConllScorer.GoldDocument> docs = ConllScorer.read(file);
        assertEquals(1, docs.size());
        ConllScorer.GoldDocument doc = docs.get(0);
        assertEquals("West Indian Phil Simmons beat Somerset in London .\nGerman troops", doc.document().text());
        assertEquals(List.of(new LabeledSpan(0, 11, "MISC"), new LabeledSpan(12, 24, "PER"),
                new LabeledSpan(30, 38, "ORG"), new LabeledSpan(42, 48, "LOC"), new LabeledSpan(51, 57, "MISC")), doc.spans());

        Docs predicted = new Docs(doc.document().text());
        predicted.entity(EntityType.PERSON, "Phil Simmons", null, "Phil Simmons");
        predicted.entity(EntityType.PERSON, "Simmons", null, "Simmons");
        predicted.entity(EntityType.COMPANY, "Somerset", null, "Somerset");
        predicted.entity(EntityType.COUNTRY, "United Kingdom", "GBR", "London");
        predicted.entity(EntityType.COUNTRY, "Germany", "DEU", "German");
        ConllScorer scorer = new ConllScorer(COUNTRIES);
        scorer.add(doc, predicted.result());
        Map<String, Prf> r = scorer.result();
        assertEquals(new Prf(1, 1, 0), r.get("PER"), "'Simmons' alone is a wrong span");
        assertEquals(new Prf(1, 0, 0), r.get("ORG"));
        assertEquals(new Prf(1, 0, 0), r.get("LOC"));
        assertEquals(new Prf(1, 0, 1), r.get("MISC"), "the demonym counts as MISC; West Indian is missed");
        assertEquals(new Prf(4, 1, 1), r.get("ALL"));
    }

    @Test
    void re3dMapsTypesAndScoresExactAndOverlap() {
        assertEquals("SYSTEM", Re3dScorer.goldLabel("Weapon", "Tomahawk"));
        assertEquals("SYSTEM", Re3dScorer.goldLabel("MilitaryPlatform", "F-16s"));
        assertNull(Re3dScorer.goldLabel("Vehicle", "tanks"));
        assertNull(Re3dScorer.goldLabel("Weapon", "a VBIED"));
        assertNull(Re3dScorer.goldLabel("MilitaryPlatform", "HMS Ocean"), "a ship's name");
        assertNull(Re3dScorer.goldLabel("Weapon", "st Tobias"), "a span cut mid-word");
        assertEquals("NATIONALITY", Re3dScorer.goldLabel("Nationality", "Kurdish"));
        assertNull(Re3dScorer.goldLabel("Quantity", "two"));

        String text = "The Syrian Democratic Forces took Raqqa with U.S. support.";
        Docs predicted = new Docs(text);
        predicted.entity(EntityType.MILITARY, "Syrian Democratic Forces", null, "Syrian Democratic Forces");
        predicted.entity(EntityType.LOCATION, "Raqqa", null, "Raqqa");
        predicted.entity(EntityType.COUNTRY, "United States", "USA", "U.S.");
        Re3dScorer.GoldDocument gold = new Re3dScorer.GoldDocument(NewsDocument.of("d1", text), List.of(
                new LabeledSpan(0, 28, "ORGANIZATION"), new LabeledSpan(34, 39, "LOCATION"),
                new LabeledSpan(45, 49, "NATIONALITY")));
        Re3dScorer scorer = new Re3dScorer(COUNTRIES);
        scorer.add(gold, predicted.result());
        Re3dScorer.Result r = scorer.result();
        assertEquals(new Prf(0, 1, 1), r.exact().get("ORGANIZATION"), "gold includes 'The'");
        assertEquals(new Prf(1, 0, 0), r.overlap().get("ORGANIZATION"));
        assertEquals(new Prf(1, 1, 0), r.exact().get("LOCATION"), "U.S. is the state, not a demonym");
        assertEquals(new Prf(0, 0, 1), r.exact().get("NATIONALITY"));
        assertEquals(new Prf(2, 1, 1), r.overlap().get("ALL"));
    }

    @Test
    void floorsNameEveryViolation() {
        Floors floors = new Floors(Map.of("a.f1", 0.8, "b.f1", 0.5, "c.f1", 0.1));
        assertEquals(List.of("a.f1: 0.7000 is under its floor 0.8000", "c.f1: not measured (floor 0.1)"),
                floors.violations(Map.of("a.f1", 0.7, "b.f1", 0.5)));
        assertEquals(List.of(), floors.violations(Map.of("a.f1", 0.9, "b.f1", 0.6, "c.f1", 0.1)));
    }

    @Test
    void floorsOnlyMoveUp() {
        Floors floors = new Floors(Map.of("a.f1", 0.8, "b.f1", 0.5, "c.f1", 0.3));
        Floors raised = floors.raisedTo(Map.of("a.f1", 0.9234, "b.f1", 0.4, "d.f1", 0.9), 0.005);
        assertEquals(Map.of("a.f1", 0.918, "b.f1", 0.5, "c.f1", 0.3), raised.minimums());
    }
}
