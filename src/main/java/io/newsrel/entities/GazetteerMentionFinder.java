package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.annotate.NerSpan;
import io.newsrel.model.CharSpan;
import io.newsrel.model.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Companies and military systems found by name in the gazetteers. A match of an entry flagged
 * ambiguous ("Heron", "Patriot") counts only in a sentence holding a defence word; a match lying
 * inside a longer name that NER tagged PERSON ("Ehud Barak") is left to NER.
 */
public final class GazetteerMentionFinder implements MentionFinder {

    public static final String SOURCE = "gazetteer";
    private static final double CONFIDENCE = 0.95;
    private static final double AMBIGUOUS_CONFIDENCE = 0.85;

    private static final Set<String> LEGAL_FORMS = Set.of("Company", "Co.", "Co", "Corp.", "Corp", "Corporation",
            "Inc.", "Inc", "Ltd.", "Ltd", "Limited", "Private", "PLC", "plc", "S.A.", "SA", "GmbH", "AG", "LLC",
            "JSC", "PJSC", "Pvt.", "Pvt");

    private final GazetteerMatcher matcher;
    private final Lexicon defenceWords;

    public GazetteerMentionFinder(GazetteerMatcher matcher, Lexicon defenceWords) {
        this.matcher = matcher;
        this.defenceWords = defenceWords;
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
            for (GazetteerMatcher.Match match : matcher.find(sentence.tokens())) {
                GazetteerEntry entry = match.entry();
                CharSpan span = withoutPossessive(sentence.charSpan(withLegalSuffix(match, sentence)), text.text());
                if (entry.ambiguous() && (!defenceContext || insideLongerName(sentence, match))
                        || insideLongerPerson(text, sentence.index(), span)) {
                    continue;
                }
                found.add(new MentionCandidate(sentence.index(), span, entry.type(), entry.name(), null,
                        entry.attrs(), entry.ambiguous() ? AMBIGUOUS_CONFIDENCE : CONFIDENCE, SOURCE));
            }
        }
        return found;
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

    /** "BlueBird’s" names BlueBird: the possessive ending is not part of the mention. */
    private static CharSpan withoutPossessive(CharSpan span, String text) {
        String covered = span.of(text);
        if (covered.length() > 2 && (covered.endsWith("'s") || covered.endsWith("\u2019s"))) {
            return new CharSpan(span.start(), span.end() - 2);
        }
        return span;
    }

    /**
     * An ordinary-word name next to another capitalised word is part of a longer name: "Eagle" in
     * "RAS 72 Sea Eagle", "Apache" in "Apache Corporation".
     */
    private boolean insideLongerName(Sentence sentence, GazetteerMatcher.Match match) {
        List<io.newsrel.model.Token> tokens = sentence.tokens();
        int before = match.tokens().start() - 1;
        int after = match.tokens().end();
        // Capitalised defence words do not make a longer name: "PATRIOT Air Defense systems".
        return before > 0 && isCapitalised(tokens.get(before)) && !defenceWords.matches(tokens.get(before))
                || after < tokens.size() && isCapitalised(tokens.get(after)) && !defenceWords.matches(tokens.get(after));
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
