package io.newsrel.annotate;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence can hold a number, an amount of money, a percentage or an ordinal: the parts
 * of CoreNLP's NER that read part-of-speech tags ({@code NumberSequenceClassifier} marks tokens
 * tagged CD as NUMBER and money and percentages around them; SUTime's rules read tags as well).
 * The CRF models read a tag only in {@link NameSequenceCues name sequences}, so a sentence with
 * none of these cues gets the same NER spans untagged ({@code TimeGatedNerAnnotatorTest} checks it
 * against CoreNLP's own output). Generous on purpose: a false cue costs a tagging, a missed one a
 * number.
 */
final class NumericCues {

    private static final Set<String> WORDS = Set.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
            "thousands", "million", "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens",
            "score", "half", "quarter", "third", "mln", "bln", "pct", "percent", "percentage", "dlr",
            "dlrs", "cts", "nil", "none", "single", "double", "triple", "couple", "pair", "several", "few");

    /** Spelled-out numbers in compounds ("twenty-five", "one-third") and Roman numerals ("II", "XIV"). */
    private static final Pattern SHAPES = Pattern.compile(
            "(?i)(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine)-.*"
                    + "|[IVXLCDM]{2,}");

    private NumericCues() {
    }

    static boolean any(List<CoreLabel> tokens) {
        return tokens.stream().map(CoreLabel::word).anyMatch(NumericCues::isCue);
    }

    static boolean isCue(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return WORDS.contains(lower)
                || NumberSequenceClassifier.CURRENCY_WORD_PATTERN.matcher(word).matches()
                || NumberSequenceClassifier.CURRENCY_SYMBOL_PATTERN.matcher(word).matches()
                || NumberSequenceClassifier.ORDINAL_PATTERN.matcher(word).matches()
                || word.equals("%")
                || SHAPES.matcher(word).matches();
    }
}
