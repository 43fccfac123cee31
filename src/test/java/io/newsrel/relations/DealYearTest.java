package io.newsrel.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.EntityType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A neighbour sentence's year is a deal's only when it dates a step of the deal. */
class DealYearTest {

    private static SentenceFacts.Placed date(LinkedDocument document, int sentence) {
        return document.facts(sentence).ofType(EntityType.DATE, true).get(0);
    }

    @Test
    void aYearAfterSigningOrOrderingDatesTheDeal() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT deal/NN was/VBD/be signed/VBN/sign in/IN 2011/CD ./.")
                .sentence("A/DT 2022/CD contract/NN covers/VBZ/cover them/PRP ./.")
                .entity(EntityType.DATE, "2011", null, Map.of(), 0, 5, 6)
                .entity(EntityType.DATE, "2022", null, Map.of(), 1, 1, 2)
                .build();
        assertTrue(DealAttributes.datesDealStep(document.facts(0), date(document, 0)));
        assertTrue(DealAttributes.datesDealStep(document.facts(1), date(document, 1)));
    }

    @Test
    void aYearOfAnotherEventDoesNot() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("The/DT first/JJ jets/NNS arrived/VBD/arrive in/IN 2012/CD ./.")
                .sentence("2004/CD ./.")
                .entity(EntityType.DATE, "2012", null, Map.of(), 0, 4, 5)
                .entity(EntityType.DATE, "2004", null, Map.of(), 1, 0, 1)
                .build();
        assertFalse(DealAttributes.datesDealStep(document.facts(0), date(document, 0)));
        assertFalse(DealAttributes.datesDealStep(document.facts(1), date(document, 1)));
    }

    @Test
    void aDealTakesANeighboursYearOnlyWhenItDatesTheDeal() {
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Peru/NNP bought/VBD/buy Mi-17/NNP helicopters/NNS/helicopter ./.")
                .sentence("The/DT first/JJ ones/NNS arrived/VBD/arrive in/IN 2012/CD ./.")
                .sentence("Chile/NNP ordered/VBD/order Mi-17/NNP helicopters/NNS/helicopter ./.")
                .sentence("The/DT contract/NN was/VBD/be signed/VBN/sign in/IN 2014/CD ./.")
                .entity(EntityType.DATE, "2012", null, Map.of(), 1, 5, 6)
                .entity(EntityType.DATE, "2014", null, Map.of(), 3, 5, 6)
                .build();
        Attributes.Builder peru = Attributes.builder();
        DealAttributes.addValueAndDate(document.facts(0), document, peru, true);
        assertEquals(Optional.empty(), peru.get(Attribute.YEAR));
        Attributes.Builder chile = Attributes.builder();
        DealAttributes.addValueAndDate(document.facts(2), document, chile, true);
        assertEquals(Optional.of(2014), chile.get(Attribute.YEAR));
    }
    @Test
    void aYearRightAfterAnotherCountryIsThatCountrysDeal() {
        // dev g108 "Norway ordered five such aircraft in 2017" next to Canada's order; g165 "Peru bought seventeen
        // MiG-29s from Belarus in 1996" in a Russian deal's lead; g135 "Qatar, which has bought 36, and Egypt which ordered 24 in 2015"
        LinkedDocument document = new HandBuiltDocument()
                .sentence("Canada/NNP will/MD acquire/VB 14/CD P-8A/NNP aircraft/NN ./.")
                .entity(EntityType.COUNTRY, "Canada", "CAN", Map.of(), 0, 0, 1)
                .sentence("Norway/NNP ordered/VBD/order five/CD aircraft/NN in/IN 2017/CD ./.")
                .entity(EntityType.COUNTRY, "Norway", "NOR", Map.of(), 1, 0, 1)
                .entity(EntityType.DATE, "2017", null, Map.of(), 1, 5, 6)
                .build();
        Attributes.Builder canada = Attributes.builder().put(Attribute.RECIPIENT_COUNTRY, "CAN").put(Attribute.SUPPLIER_COUNTRY, "USA");
        DealAttributes.addValueAndDate(document.facts(0), document, canada, true);
        assertEquals(Optional.empty(), canada.get(Attribute.YEAR));
        Attributes.Builder norway = Attributes.builder().put(Attribute.RECIPIENT_COUNTRY, "NOR").put(Attribute.SUPPLIER_COUNTRY, "USA");
        DealAttributes.addValueAndDate(document.facts(0), document, norway, true);
        assertEquals(Optional.of(2017), norway.get(Attribute.YEAR));
    }
}
