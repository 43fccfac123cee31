package io.newsrel.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence can hold a time expression: a month or weekday, a unit of time ("year",
 * "weeks", "decade"), a relative time word ("yesterday", "ago", "recently"), a holiday SUTime
 * knows, a year ("2025", "1990s"), a clock time or a numeric date. SUTime finds nothing in a
 * sentence without one, so it is run only where one is (see {@link TimeGatedNerAnnotator}).
 * Generous on purpose: a false cue costs a little time, a missed one a date.
 */
final class TemporalCues {

    private static final Set<String> WORDS = Set.of(
            // months and weekdays, with their abbreviations
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            // units and parts of time
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend",
            "weekends", "fortnight", "month", "months", "quarter", "quarters", "year", "years", "decade", "decades",
            "century", "centuries", "millennium", "season", "seasons", "morning", "mornings", "afternoon",
            "evening", "evenings", "night", "nights", "noon", "midnight", "dawn", "dusk", "spring", "summer",
            "autumn", "fall", "winter", "daily", "weekly", "monthly", "yearly", "annual", "annually", "quarterly",
            "hourly", "nightly", "biannual", "fiscal", "fy", "semester",
            // relative times (not "now", "recently", "future" and the like: see the class comment)
            "today", "tonight", "yesterday", "tomorrow", "ago", "overnight", "anniversary", "tomorrow's",
            "today's", "yesterday's",
            // clock and zones
            "a.m.", "p.m.", "am", "pm", "gmt", "utc", "est", "edt", "cet", "bst", "o'clock",
            // holidays in SUTime's rules (the others contain "day" or a month)
            "christmas", "xmas", "x-mas", "easter", "thanksgiving", "halloween", "mayo", "eve");

    /** Months and weekdays that are also common words: cues only when capitalised ("May", not "may"). */
    private static final Set<String> CAPITALISED_ONLY = Set.of("may", "march", "mar", "sun", "sat", "wed");

    /** A year or decade (1000–2999, "1990s"), a clock time, a numeric date, an ordinal day. */
    private static final Pattern NUMERIC = Pattern.compile(
            "'?[12]\\d{3}s?|'\\d0s|\\d{1,2}:\\d{2}.*|\\d{1,4}[/-]\\d{1,2}([/-]\\d{1,4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}"
                    + "|\\d{1,2}(st|nd|rd|th)");

    private TemporalCues() {
    }

    static boolean any(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            if (isCue(token.word())) {
                return true;
            }
        }
        return false;
    }

    static boolean isCue(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        char first = word.charAt(0);
        if (Character.isDigit(first) || first == '\'') {
            return NUMERIC.matcher(word).matches();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return WORDS.contains(lower) && (Character.isUpperCase(first) || !CAPITALISED_ONLY.contains(lower));
    }
}
