package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.NerSpan;
import io.newsrel.model.CharSpan;
import io.newsrel.model.EntityType;
import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The organisation spans of a document as CoreNLP's NER tags them, repaired before anything
 * decides what they are:
 * <ul>
 *   <li>describing words NER took in are dropped ("Israeli company Aeronautics" → "Aeronautics");</li>
 *   <li>a coordination that goes on with generic name words is one name: "Daewoo Shipbuilding and
 *       Marine Engineering", "Motor and Turbine Union", not "Daewoo Shipbuilding" and "Marine
 *       Engineering";</li>
 *   <li>a legal form written after the name belongs to it ("Indo-Russian Rifles Private Limited");</li>
 *   <li>a country's name written right before is part of it ("China" + "National Aero-Technology
 *       Import and Export Corporation");</li>
 * </ul>
 * and without phrases that are no name: a span of generic words only ("Defence", "Defense
 * Industries", a title-cased "Defense Industry Cooperation Agreement") unless its head makes it an
 * armed force or a state body ("Ministry of Defence").
 */
public final class OrganizationSpans {

    public static final String GENERIC_WORDS = "/models/lexicons/generic-name-words.txt";
    private static final Set<String> JOINING = Set.of("and", "&");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "the", "&", "for", "de", "del", "y");
    private static final Set<String> LEGAL_FORMS = Set.of("Company", "Co.", "Co", "Corp.", "Corp", "Corporation",
            "Inc.", "Inc", "Ltd.", "Ltd", "Limited", "Private", "PLC", "plc", "S.A.", "SA", "S.A.C.", "GmbH", "AG",
            "LLC", "JSC", "PJSC", "OJSC", "Pvt.", "Pvt", "Pty", "Pty.", "AB", "ASA", "Oy", "Oyj", "S.p.A.", "SpA",
            "N.V.", "NV", "B.V.", "BV", "Sdn", "Bhd", "Tbk");
    private static final int MAX_JOINED_WORDS = 3;

    private final CountryGazetteer countries;
    private final Lexicon generic;
    private final OrganizationClassifier heads;

    public OrganizationSpans(CountryGazetteer countries, Lexicon generic, OrganizationClassifier heads) {
        this.countries = countries;
        this.generic = generic;
        this.heads = heads;
    }

    public static OrganizationSpans shipped(CountryGazetteer countries) {
        return new OrganizationSpans(countries, Lexicon.resource(GENERIC_WORDS), new OrganizationClassifier());
    }

    /** One repaired organisation span. */
    public record Span(int sentence, TokenSpan tokens, CharSpan chars, double confidence) {
        public String text(AnnotatedText text) {
            return chars.of(text.text());
        }
    }

    /**
     * The repaired organisation spans of the NER spans labelled ORGANIZATION, in text order, with
     * the NER spans a repair took in: a caller treats those as part of the organisation.
     */
    public List<Span> find(AnnotatedText text) {
        List<Span> spans = new ArrayList<>();
        for (NerSpan ner : text.nerSpans()) {
            if (!ner.label().equals("ORGANIZATION")) {
                continue;
            }
            List<Token> tokens = text.sentences().get(ner.sentence()).tokens();
            int start = withoutDescriptors(tokens, ner.tokens().start(), ner.tokens().end());
            start = withCountryBefore(tokens, start);
            int end = withLegalForm(tokens, withCoordination(tokens, ner.tokens().end()));
            if (!spans.isEmpty() && spans.get(spans.size() - 1).sentence() == ner.sentence()
                    && spans.get(spans.size() - 1).tokens().end() >= ner.tokens().end()) {
                continue; // taken in by the coordination before
            }
            TokenSpan repaired = new TokenSpan(start, end);
            CharSpan chars = new CharSpan(tokens.get(start).start(), tokens.get(end - 1).end());
            if (!isPhrase(tokens, repaired)) {
                spans.add(new Span(ner.sentence(), repaired, chars, ner.confidence()));
            }
        }
        return spans;
    }

    /** Whether every word of the span is generic and no head makes it an armed force or a state body. */
    boolean isPhrase(List<Token> tokens, TokenSpan span) {
        StringBuilder name = new StringBuilder();
        for (int i = span.start(); i < span.end(); i++) {
            String word = tokens.get(i).text();
            name.append(word).append(' ');
            String lower = word.toLowerCase(Locale.ROOT);
            if (!FUNCTION_WORDS.contains(lower) && !generic.contains(lower)) {
                return false;
            }
        }
        EntityType head = heads.classify(name.toString());
        return head != EntityType.MILITARY && head != EntityType.GOVERNMENT;
    }

    /**
     * NER sometimes takes the words before a name into it ("Israeli company Aeronautics"): leading
     * lower-case words and a demonym before them are dropped when a capitalised word follows.
     */
    private int withoutDescriptors(List<Token> tokens, int start, int end) {
        int first = start;
        if (first + 1 < end && isLowerCase(tokens.get(first + 1)) && isDemonym(tokens.get(first))) {
            first++;
        }
        while (first + 1 < end && isLowerCase(tokens.get(first))) {
            first++;
        }
        return first;
    }

    /** "China National ...", where NER tagged the country apart: a country's name right before joins. */
    private int withCountryBefore(List<Token> tokens, int start) {
        if (start == 0 || tokens.get(start).start() - tokens.get(start - 1).end() > 1) {
            return start;
        }
        Token before = tokens.get(start - 1);
        boolean countryName = countries.lookup(before.text())
                .filter(c -> c.kind() != CountryGazetteer.Kind.DEMONYM && c.kind() != CountryGazetteer.Kind.CAPITAL)
                .isPresent();
        return countryName && Character.isUpperCase(tokens.get(start).text().charAt(0)) ? start - 1 : start;
    }

    /** The end past "and Marine Engineering": a conjunction and up to three capitalised generic words. */
    private int withCoordination(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !JOINING.contains(tokens.get(end).text())) {
            return end;
        }
        int last = end + 1;
        while (last < tokens.size() && last - end <= MAX_JOINED_WORDS && isCapitalisedGeneric(tokens.get(last))) {
            last++;
        }
        boolean stopsAtName = last < tokens.size() && isCapitalised(tokens.get(last));
        return last > end + 1 && !stopsAtName ? last : end;
    }

    private boolean isCapitalisedGeneric(Token token) {
        return isCapitalised(token) && generic.contains(token.text());
    }

    private static int withLegalForm(List<Token> tokens, int end) {
        int e = end;
        while (e < tokens.size() && LEGAL_FORMS.contains(tokens.get(e).text())) {
            e++;
        }
        return e;
    }

    private boolean isDemonym(Token token) {
        return countries.lookup(token.text()).filter(c -> c.kind() == CountryGazetteer.Kind.DEMONYM).isPresent();
    }

    private static boolean isLowerCase(Token token) {
        return Character.isLowerCase(token.text().charAt(0));
    }

    private static boolean isCapitalised(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0));
    }
}
