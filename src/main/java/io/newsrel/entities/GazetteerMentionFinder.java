package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.model.CharSpan;
import io.newsrel.model.EntityType;
import io.newsrel.model.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Companies and military systems found by name in the gazetteers. A match of an entry flagged
 * ambiguous counts only where the sentence shows it is one (see {@link #accepted}); a form with a
 * digit ("P-8A Poseidon") is never ambiguous. A match lying inside a longer name that NER tagged
 * PERSON ("Ehud Barak") is left to NER.
 */
public final class GazetteerMentionFinder implements MentionFinder {

    public static final String SOURCE = "gazetteer";
    private static final double CONFIDENCE = 0.95;
    private static final double AMBIGUOUS_CONFIDENCE = 0.85;

    private static final java.util.regex.Pattern ATTACHED_NUMBER = java.util.regex.Pattern.compile("-\\d+[A-Za-z]{0,3}");
    private static final Set<String> NAME_LABELS = Set.of("ORGANIZATION", "PERSON");
    /** A name before one of these is a unit's: "Puma Squadron", "Tiger Brigade", "Cobra Battalion". */
    private static final Set<String> UNIT_WORDS = Set.of("Squadron", "Squadrons", "Regiment", "Brigade", "Battalion",
            "Division", "Wing", "Flotilla", "Company", "Corps");
    private static final Set<String> LEGAL_FORMS = Set.of("Company", "Co.", "Co", "Corp.", "Corp", "Corporation",
            "Inc.", "Inc", "Ltd.", "Ltd", "Limited", "Private", "PLC", "plc", "S.A.", "SA", "GmbH", "AG", "LLC",
            "JSC", "PJSC", "Pvt.", "Pvt");

    private final GazetteerMatcher matcher;
    private final Lexicon defenceWords;
    private final java.util.function.Predicate<String> countryWords;

    public GazetteerMentionFinder(GazetteerMatcher matcher, Lexicon defenceWords) {
        this(matcher, defenceWords, word -> false);
    }

    /**
     * @param countryWords whether a word names a country or its people ("French", "US"): such a
     *                     word before an ambiguous system is its origin, not part of a longer name
     */
    public GazetteerMentionFinder(GazetteerMatcher matcher, Lexicon defenceWords,
                                  java.util.function.Predicate<String> countryWords) {
        this.matcher = matcher;
        this.defenceWords = defenceWords;
        this.countryWords = countryWords;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.TOKENS, Capability.SENTENCES, Capability.NER, Capability.LEMMAS);
    }

    /** Lemmas where a name that is also an ordinary word needs defence words around it. */
    @Override
    public SentenceNeeds sentenceNeeds() {
        return SentenceNeeds.of(Set.of(Capability.LEMMAS), document -> {
            BitSet selected = new BitSet(document.size());
            for (int s = 0; s < document.size(); s++) {
                if (matcher.find(document.tokens(s)).stream().anyMatch(m -> m.entry().ambiguous())) {
                    selected.set(s);
                }
            }
            return selected;
        });
    }

    @Override
    public List<MentionCandidate> find(AnnotatedText text) {
        List<MentionCandidate> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            boolean defenceContext = sentence.tokens().stream().anyMatch(defenceWords::matches);
            List<GazetteerMatcher.Match> matches = matcher.find(sentence.tokens());
            for (int m = 0; m < matches.size(); m++) {
                GazetteerMatcher.Match match = matches.get(m);
                GazetteerEntry entry = match.entry();
                boolean ambiguous = match.ambiguous() && !hasDigit(sentence, match.tokens());
                if (ambiguous && !accepted(text, sentence, matches, m, defenceContext)) {
                    continue;
                }
                io.newsrel.model.TokenSpan tokens = fullForm(match, sentence);
                CharSpan whole = sentence.charSpan(tokens);
                CharSpan span = withoutPossessive(whole, text.text());
                if (entry.type() == EntityType.SYSTEM && tokens.equals(match.tokens()) && span.equals(whole)) {
                    span = withoutPlural(span, text.text(), match.pluralEnding());
                }
                if (insideLongerPerson(text, sentence.index(), span)) {
                    continue;
                }
                found.add(new MentionCandidate(sentence.index(), span, entry.type(), entry.name(), null,
                        entry.attrs(), ambiguous ? AMBIGUOUS_CONFIDENCE : CONFIDENCE, SOURCE));
            }
        }
        return found;
    }

    /**
     * Whether a match of an ambiguous form (an ordinary word, a place or a person's name) names the
     * entry here. A system needs a defence word in the sentence and no capitalised word around it
     * ("Eagle" of "RAS 72 Sea Eagle") and must not lie inside a longer name NER found ("Fábrica de
     * Armas"); a company must stand right before a system or a designation, as makers are written
     * ("Shenyang F-6", "Mil Mi-17"), or be an organisation by NER's reading.
     */
    private boolean accepted(AnnotatedText text, Sentence sentence, List<GazetteerMatcher.Match> matches, int m,
                             boolean defenceContext) {
        GazetteerMatcher.Match match = matches.get(m);
        if (match.entry().type() == EntityType.COMPANY) {
            return makerPrefix(sentence, matches, m) || nerOrganizationExactly(text, sentence, match);
        }
        return defenceContext && !insideLongerName(sentence, match)
                && !insideLongerNerName(text, sentence, match);
    }

    /** A company match directly followed by a system match or a designation ("Chengdu J-10C"). */
    private static boolean makerPrefix(Sentence sentence, List<GazetteerMatcher.Match> matches, int m) {
        int end = matches.get(m).tokens().end();
        if (m + 1 < matches.size() && matches.get(m + 1).tokens().start() == end
                && matches.get(m + 1).entry().type() == EntityType.SYSTEM) {
            return true;
        }
        List<io.newsrel.model.Token> tokens = sentence.tokens();
        if (end >= tokens.size()) {
            return false;
        }
        StringBuilder word = new StringBuilder(tokens.get(end).text());
        for (int i = end + 1; i < tokens.size() && tokens.get(i).start() == tokens.get(i - 1).end(); i++) {
            word.append(tokens.get(i).text());
        }
        return SystemSpans.isDesignation(word.toString());
    }

    /**
     * Whether NER reads the match itself, no more, as an organisation: "Chengdu" of "Chengdu
     * Military Region" is the city in a longer name.
     */
    private static boolean nerOrganizationExactly(AnnotatedText text, Sentence sentence, GazetteerMatcher.Match match) {
        CharSpan span = sentence.charSpan(match.tokens());
        return text.nerSpanCovering(sentence.index(), span)
                .filter(ner -> ner.label().equals("ORGANIZATION") && ner.chars().equals(span))
                .isPresent();
    }

    /**
     * An ambiguous system form in the middle or at the end of a longer organisation or person name
     * NER found ("Armas" of "Fábrica de Armas y Municiones"). One that starts the name is the
     * system's name with words after it ("PATRIOT Air Defense systems"), and NER's MISC and
     * LOCATION spans take in origins ("American-made Patriot"), so they do not count.
     */
    private static boolean insideLongerNerName(AnnotatedText text, Sentence sentence, GazetteerMatcher.Match match) {
        CharSpan span = sentence.charSpan(match.tokens());
        return text.nerSpanCovering(sentence.index(), span)
                .filter(ner -> ner.chars().start() < span.start() && NAME_LABELS.contains(ner.label()))
                .isPresent();
    }

    private static boolean hasDigit(Sentence sentence, io.newsrel.model.TokenSpan span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (sentence.tokens().get(i).text().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of the mention as the text writes it in full: a company with the legal form that
     * follows it, a system with the variant that follows it ("Hawk 100", "Patriot III").
     */
    private static io.newsrel.model.TokenSpan fullForm(GazetteerMatcher.Match match, Sentence sentence) {
        if (match.entry().type() == EntityType.SYSTEM) {
            int end = SystemSpans.variantEnd(sentence.tokens(),
                    attachedNumberEnd(sentence.tokens(), match.tokens().end()));
            return end == match.tokens().end() ? match.tokens() : new io.newsrel.model.TokenSpan(match.tokens().start(), end);
        }
        return withLegalSuffix(match, sentence);
    }

    /**
     * A company name followed by its legal form is named in full with it ("Hyundai Rotem Company",
     * "China Shipbuilding & Offshore International Co."), as the text writes it.
     */
    private static io.newsrel.model.TokenSpan withLegalSuffix(GazetteerMatcher.Match match, Sentence sentence) {
        io.newsrel.model.TokenSpan span = match.tokens();
        if (match.entry().type() != io.newsrel.model.EntityType.COMPANY) {
            return span;
        }
        List<io.newsrel.model.Token> tokens = sentence.tokens();
        int end = span.end();
        while (end < tokens.size() && LEGAL_FORMS.contains(tokens.get(end).text())) {
            end++;
        }
        return end == span.end() ? span : new io.newsrel.model.TokenSpan(span.start(), end);
    }

    /**
     * "F-6s" and "Black Hawks" name the F-6 and the Black Hawk: a plural ending the name does not
     * have is not part of the mention, as the possessive is not.
     */
    private static CharSpan withoutPlural(CharSpan span, String text, int ending) {
        String covered = span.of(text);
        if (ending > 0 && covered.length() > ending + 1
                && covered.substring(covered.length() - ending).chars().allMatch(Character::isLetter)) {
            return new CharSpan(span.start(), span.end() - ending);
        }
        return span;
    }

    /** "BlueBird’s" names BlueBird: the possessive ending is not part of the mention. */
    private static CharSpan withoutPossessive(CharSpan span, String text) {
        String covered = span.of(text);
        if (covered.length() > 2 && (covered.endsWith("'s") || covered.endsWith("\u2019s"))) {
            return new CharSpan(span.start(), span.end() - 2);
        }
        return span;
    }

    /**
     * The end of a system's name the text goes on with a hyphen and a number, without a space:
     * "Heron-2" is a Heron and named so in full.
     */
    private static int attachedNumberEnd(List<io.newsrel.model.Token> tokens, int end) {
        if (end >= tokens.size() || tokens.get(end).start() != tokens.get(end - 1).end()) {
            return end;
        }
        String next = tokens.get(end).text();
        if (ATTACHED_NUMBER.matcher(next).matches()) {
            return end + 1;
        }
        if (next.equals("-") && end + 1 < tokens.size() && tokens.get(end + 1).start() == tokens.get(end).end()
                && ATTACHED_NUMBER.matcher("-" + tokens.get(end + 1).text()).matches()) {
            return end + 2;
        }
        return end;
    }

    /**
     * An ordinary-word name next to another capitalised word is part of a longer name: "Eagle" in
     * "RAS 72 Sea Eagle", "Apache" in "Apache Corporation", "Puma" in "Puma Squadron".
     */
    private boolean insideLongerName(Sentence sentence, GazetteerMatcher.Match match) {
        List<io.newsrel.model.Token> tokens = sentence.tokens();
        int before = match.tokens().start() - 1;
        int after = match.tokens().end();
        // Capitalised defence words do not make a longer name: "PATRIOT Air Defense systems"; nor
        // does the origin written before a system: "French Heron (Harfang)", "Israeli Heron".
        return before > 0 && isCapitalised(tokens.get(before)) && !defenceWords.matches(tokens.get(before))
                && !countryWords.test(tokens.get(before).text())
                || after < tokens.size() && isCapitalised(tokens.get(after))
                        && (!defenceWords.matches(tokens.get(after)) || UNIT_WORDS.contains(tokens.get(after).text()));
    }

    private static boolean isCapitalised(io.newsrel.model.Token token) {
        String t = token.text();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && t.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean insideLongerPerson(AnnotatedText text, int sentence, CharSpan span) {
        return text.nerSpanCovering(sentence, span)
                .filter(ner -> ner.label().equals("PERSON") && ner.chars().length() > span.length())
                .isPresent();
    }
}
