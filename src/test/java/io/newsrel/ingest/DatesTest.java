package io.newsrel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void commonFormatsGiveTheWrittenDay() {
        LocalDate day = LocalDate.of(2024, 12, 17);
        for (String text : new String[] {"2024-12-17", "2024-12-17T23:30:00-05:00", "2024-12-17 09:30",
                "Tue, 17 Dec 2024 09:30:00 GMT", "2024/12/17", "17.12.2024", "17 December 2024", "December 17, 2024",
                "Dec 17, 2024", "1734427800", "1734427800000"}) {
            assertEquals(day, Dates.parse(text), text);
        }
    }

    @Test
    void impossibleOrUnknownDatesAreErrorsAndBlankIsNone() {
        assertThrows(DateTimeParseException.class, () -> Dates.parse("yesterday"));
        assertThrows(DateTimeParseException.class, () -> Dates.parse("31 February 2024"));
        assertNull(Dates.parse("  "));
        assertNull(Dates.parseOrNull("soon"));
    }
}
