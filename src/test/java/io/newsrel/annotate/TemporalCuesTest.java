package io.newsrel.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemporalCuesTest {

    @Test
    void monthsUnitsYearsClockTimesAndDatesAreCues() {
        for (String cue : new String[] {"January", "Tuesday", "years", "decade", "ago", "yesterday", "2025", "1990s",
                "'90s", "10:30", "12/25/2024", "2024-12-17", "25th", "Christmas", "fiscal", "May", "today"}) {
            assertTrue(TemporalCues.isCue(cue), cue);
        }
    }

    @Test
    void wordsThatOnlySayPresentPastOrFutureAreNot() {
        for (String word : new String[] {"now", "currently", "current", "recently", "future", "past", "time", "term"}) {
            assertFalse(TemporalCues.isCue(word), word);
        }
    }

    @Test
    void plainNumbersWordsAndLowerCaseModalsAreNot() {
        for (String word : new String[] {"36", "155,221", "3.5", "747", "may", "march", "Elbit", "howitzers", "", "-"}) {
            assertFalse(TemporalCues.isCue(word), word);
        }
    }
}
