package io.newsrel.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Publication dates as news dumps write them, reduced to the day: ISO dates and date-times
 * ("2024-12-17", "2024-12-17T09:30:00Z", "2024-12-17 09:30"), RFC 1123 as in HTTP headers and
 * RSS ("Tue, 17 Dec 2024 09:30:00 GMT"), "2024/12/17", "17.12.2024", "17 December 2024",
 * "December 17, 2024", "Dec 17, 2024", "26-FEB-1987 15:01:01.79" (Reuters), and Unix time in seconds or milliseconds. The day is the
 * one written, whatever the time zone (a date-time is not moved to UTC), except for Unix time.
 */
public final class Dates {

    private static final Pattern ISO_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    private static final Pattern UNIX_TIME = Pattern.compile("\\d{9,13}");
    /** Reuters-21578 and other wire dumps: "26-FEB-1987 15:01:01.79"; the time is dropped. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2}-[A-Za-z]{3}-\\d{4}(\\s.*)?");
    private static final DateTimeFormatter DASHED = pattern("d-MMM-uuuu");
    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            pattern("uuuu/M/d"),
            pattern("d.M.uuuu"),
            pattern("d MMMM uuuu"),
            pattern("d MMM uuuu"),
            pattern("MMMM d, uuuu"),
            pattern("MMM d, uuuu"),
            pattern("MMM. d, uuuu"));

    private Dates() {
    }

    /**
     * The day a date string names; null for null or blank.
     *
     * @throws DateTimeParseException when the string is in none of the known formats
     */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (ISO_PREFIX.matcher(text).matches()) {
            return LocalDate.parse(text.substring(0, 10));
        }
        if (UNIX_TIME.matcher(text).matches()) {
            long number = Long.parseLong(text);
            Instant instant = text.length() > 10 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
            return LocalDate.ofInstant(instant, ZoneOffset.UTC);
        }
        if (DAY_MONTH_YEAR.matcher(text).matches()) {
            return LocalDate.from(DASHED.parse(text.split("\\s+")[0]));
        }
        for (DateTimeFormatter format : DAY_FORMATS) {
            try {
                return LocalDate.from(format.parse(text));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new DateTimeParseException("not a date in a known format", text, 0);
    }

    /** Like {@link #parse} but null for a string in no known format: for optional metadata such as HTML meta tags. */
    public static LocalDate parseOrNull(String value) {
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
