package io.newsrel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.eval.DefnewsGold.Article;
import io.newsrel.model.EntityType;
import io.newsrel.model.RelationType;
import io.newsrel.output.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefnewsScorerTest {

    private static final String TEXT =
            "In 2025, Morocco selected Israeli company Elbit Systems to supply 36 ATMOS 2000 howitzers. "
                    + "Israel Aerospace Industries (IAI) sold Barak-MX to Rabat.";

    private static Article gold(String json) throws Exception {
        return DefnewsGold.article(Json.MAPPER.readTree(json));
    }

    private static final String GOLD = """
            {"id": "d1", "date": null, "text": "x",
             "entities": {"COUNTRY": ["MAR", "ISR"], "COMPANY": ["Elbit Systems", "Israel Aerospace Industries"],
                          "SYSTEM": ["ATMOS 2000", "Barak MX"]},
             "relations": [
               {"type": "ARMS_TRANSFER", "recipient": "MAR", "supplierCountry": "ISR", "supplierCompany": ["Elbit Systems"],
                "system": ["ATMOS 2000", "ATMOS"], "quantity": [36], "value": [], "year": [2025], "status": ["SELECTED"]},
               {"type": "ARMS_TRANSFER", "recipient": "MAR", "supplierCountry": "ISR", "supplierCompany": [],
                "system": ["Barak MX"], "quantity": [], "value": [{"amount": 1000000000, "currency": "USD"}],
                "year": [2022], "status": ["ORDERED"]},
               {"type": "COOPERATION_AGREEMENT", "parties": ["ISR", "MAR"], "year": [2026], "kind": "action plan"}
             ]}""";

    @Test
    void emptyPredictionsScoreZeroRecall() throws Exception {
        DefnewsScorer scorer = new DefnewsScorer();
        scorer.add(gold(GOLD), new Docs(TEXT).result());
        DefnewsScorer.Result r = scorer.result();
        assertEquals(new Prf(0, 0, 2), r.entities().get("COUNTRY"));
        assertEquals(0.0, r.entities().get("COUNTRY").f1());
        assertEquals(new Prf(0, 0, 2), r.relations().get("ARMS_TRANSFER"));
        assertEquals(List.of("COUNTRY MAR", "COUNTRY ISR", "COMPANY Elbit Systems", "COMPANY Israel Aerospace Industries",
                "SYSTEM ATMOS 2000", "SYSTEM Barak MX", "ARMS_TRANSFER MAR<-ISR [ATMOS 2000, ATMOS]",
                "ARMS_TRANSFER MAR<-ISR [Barak MX]", "COOPERATION_AGREEMENT [ISR, MAR]"), r.documents().get(0).missed());
    }

    @Test
    void aliasesMatchByNameKbIdOrMentionIgnoringCaseSpacesAndHyphens() throws Exception {
        Docs docs = new Docs(TEXT);
        docs.entity(EntityType.COUNTRY, "Morocco", "MAR", "Morocco");
        docs.entity(EntityType.COUNTRY, "Israel", "ISR", "Israeli");
        docs.entity(EntityType.COMPANY, "IAI", null, "Israel Aerospace Industries", "IAI");
        docs.entity(EntityType.SYSTEM, "barak mx", null, "Barak-MX");
        DefnewsScorer scorer = new DefnewsScorer();
        scorer.add(gold(GOLD), docs.result());
        DefnewsScorer.Result r = scorer.result();
        assertEquals(new Prf(2, 0, 0), r.entities().get("COUNTRY"));
        assertEquals(new Prf(1, 0, 1), r.entities().get("COMPANY"), "IAI matches through its mention");
        assertEquals(new Prf(1, 0, 1), r.entities().get("SYSTEM"), "Barak-MX = Barak MX");
        assertEquals(2.0 / 3, r.entities().get("SYSTEM").f1(), 1e-9);
    }

    @Test
    void aDuplicatePredictionIsAFalsePositive() throws Exception {
        Docs docs = new Docs(TEXT);
        docs.entity(EntityType.COMPANY, "Israel Aerospace Industries", null, "Israel Aerospace Industries");
        docs.entity(EntityType.COMPANY, "IAI", null, "IAI");
        docs.entity(EntityType.COMPANY, "Rabat", null, "Rabat");
        DefnewsScorer scorer = new DefnewsScorer();
        scorer.add(gold(GOLD), docs.result());
        Prf company = scorer.result().entities().get("COMPANY");
        assertEquals(new Prf(1, 2, 1), company);
        assertEquals(1.0 / 3, company.precision(), 1e-9);
        assertEquals(0.5, company.recall(), 1e-9);
        assertEquals(0.4, company.f1(), 1e-9);
    }

    @Test
    void transfersMatchByKeyAndAttributesAreCheckedAgainstGoldValues() throws Exception {
        Docs docs = new Docs(TEXT);
        String mar = docs.entity(EntityType.COUNTRY, "Morocco", "MAR", "Morocco");
        String isr = docs.entity(EntityType.COUNTRY, "Israel", "ISR", "Israeli");
        String atmos = docs.entity(EntityType.SYSTEM, "ATMOS 2000", null, "ATMOS 2000");
        String barak = docs.entity(EntityType.SYSTEM, "Barak MX", null, "Barak-MX");
        docs.relation(RelationType.ARMS_TRANSFER, Map.of("recipient", mar, "supplierCountry", isr, "system", atmos),
                Map.of("quantity", 36, "year", 2025, "status", "SELECTED"), 0.9);
        docs.relation(RelationType.ARMS_TRANSFER, Map.of("recipient", mar, "supplierCountry", isr, "system", barak),
                Map.of("value", Map.of("amount", 1.0e9, "currency", "USD"), "date", "2021-05", "status", "ORDERED"), 0.6);
        docs.relation(RelationType.ARMS_TRANSFER, Map.of("recipient", isr, "supplierCountry", mar, "system", barak),
                Map.of(), 0.3);
        docs.relation(RelationType.COOPERATION_AGREEMENT, Map.of("parties", List.of(mar, isr)), Map.of("year", 2026), 0.8);
        DefnewsScorer scorer = new DefnewsScorer();
        scorer.add(gold(GOLD), docs.result());
        DefnewsScorer.Result r = scorer.result();
        assertEquals(new Prf(2, 1, 0), r.relations().get("ARMS_TRANSFER"));
        assertEquals(new Prf(1, 0, 0), r.relations().get("COOPERATION_AGREEMENT"));
        assertEquals(Map.of("quantity", 1.0, "status", 1.0, "value", 1.0, "year", 0.5), r.attributeAccuracy());
        assertEquals(List.of("ARMS_TRANSFER ISR<-MAR [Barak MX]"), r.documents().get(0).spurious());
        assertEquals(List.of("ARMS_TRANSFER ISR<-MAR [Barak MX] @0.300 wrong"),
                r.documents().get(0).reported().stream().filter(d -> d.endsWith("wrong")).toList());
        assertEquals(List.of("ARMS_TRANSFER MAR<-ISR [Barak MX] @0.600 right; year 2021 (gold [2022])"),
                r.documents().get(0).reported().stream().filter(d -> d.contains("gold")).toList());
        assertEquals(3.0 / 4, r.precisionAtConfidence().get("0.0"), 1e-9);
        assertEquals(1.0, r.precisionAtConfidence().get("0.5"), 1e-9);
    }

    @Test
    void aCategoryTransferMatchesAnyPredictionBetweenTheSameCountriesLeftOver() throws Exception {
        String goldJson = """
                {"id": "d1", "text": "x", "entities": {},
                 "relations": [
                   {"type": "ARMS_TRANSFER", "recipient": "SAU", "supplierCountry": "USA", "system": null,
                    "systemDescription": "munitions", "quantity": [], "value": [], "year": [], "status": []},
                   {"type": "ARMS_TRANSFER", "recipient": "SAU", "supplierCountry": "USA", "system": ["TOW 2B"],
                    "quantity": [], "value": [], "year": [], "status": []}]}""";
        Docs docs = new Docs("Saudi Arabia buys TOW 2B missiles and munitions from the United States.");
        String sau = docs.entity(EntityType.COUNTRY, "Saudi Arabia", "SAU", "Saudi Arabia");
        String usa = docs.entity(EntityType.COUNTRY, "United States", "USA", "United States");
        String tow = docs.entity(EntityType.SYSTEM, "TOW 2B", null, "TOW 2B");
        docs.relation(RelationType.ARMS_TRANSFER, Map.of("recipient", sau, "supplierCountry", usa), Map.of(), 0.5);
        docs.relation(RelationType.ARMS_TRANSFER, Map.of("recipient", sau, "supplierCountry", usa, "system", tow), Map.of(), 0.5);
        DefnewsScorer scorer = new DefnewsScorer();
        scorer.add(gold(goldJson), docs.result());
        assertEquals(new Prf(2, 0, 0), scorer.result().relations().get("ARMS_TRANSFER"));
    }
}
