package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.model.CharSpan;
import io.newsrel.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reuters' bracketed stock tickers are company codes, never names of their own. */
class TickersTest {

    private static CharSpan span(String text, String part) {
        int start = text.indexOf(part);
        return new CharSpan(start, start + part.length());
    }

    @Test
    void aTickerInBracketsIsNoName() {
        String text = "Top U.S. chipmakers like National Semiconductor Corp <NSM> and General Dynamics Corp <GD.N> F-16 jets.";
        assertTrue(Tickers.inTicker(span(text, "NSM"), text));
        assertTrue(Tickers.inTicker(span(text, "GD"), text));
        assertFalse(Tickers.inTicker(span(text, "F-16"), text));
        assertFalse(Tickers.inTicker(span(text, "General Dynamics Corp"), text));
    }

    @Test
    void aBracketedCompanyNameIsAName() {
        String text = "<Airod Sdn Bhd> said it won a contract; Avions Marcel Dassault-Breguet Aviation <AVMD.PA> delivered.";
        assertFalse(Tickers.inTicker(span(text, "Airod Sdn Bhd"), text));
        assertTrue(Tickers.inTicker(span(text, "AVMD.PA"), text));
    }

    @Test
    void candidatesInsideTickersAreDropped() {
        String text = "National Semiconductor Corp <NSM> might buy Fairchild.";
        MentionCandidate missile = new MentionCandidate(0, span(text, "NSM"), EntityType.SYSTEM, "Naval Strike Missile",
                null, Map.of(), 0.9, "gazetteer");
        MentionCandidate company = new MentionCandidate(0, span(text, "National Semiconductor Corp"), EntityType.COMPANY,
                "National Semiconductor", null, Map.of(), 0.9, "ner");
        assertEquals(List.of(company), Tickers.without(List.of(missile, company), text));
    }
}
