package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.EntityType;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerMatcherTest {

    private static GazetteerEntry system(String name, String... aliases) {
        return new GazetteerEntry(EntityType.SYSTEM, name, List.of(aliases), Map.of(), false, "test");
    }

    private static final GazetteerMatcher MATCHER = new GazetteerMatcher(List.of(
            system("Barak MX"),
            system("Barak 8"),
            system("SPYDER", "Spyder"),
            system("PULS"),
            system("SpyX", "SPY X", "Spy-X"),
            system("Heron", "Heron TP"),
            system("K9", "K9 Thunder"),
            system("ATMOS 2000", "ATMOS", "Atmos 2000"),
            system("Storm Shadow", "SCALP"),
            system("Kilo-class", "Project 636", "Varshavyanka"),
            system("F-4", "F-4 Phantom"),
            system("F-15"),
            system("R-27"),
            system("A-10"),
            system("Su-24", "Su-24M"),
            new GazetteerEntry(EntityType.COMPANY, "Sukhoi", List.of(), Map.of(), false, "test"),
            new GazetteerEntry(EntityType.COMPANY, "Larsen & Toubro", List.of(), Map.of(), false, "test"),
            new GazetteerEntry(EntityType.COMPANY, "Motor and Turbine Union", List.of(), Map.of(), false, "test"),
            new GazetteerEntry(EntityType.COMPANY, "Israel Aerospace Industries", List.of("IAI"), Map.of(), false, "test"),
            new GazetteerEntry(EntityType.COMPANY, "China Aerospace Science and Technology Corporation", List.of(),
                    Map.of(), false, "test")));

    /** Whitespace-separated tokens with their offsets in the joined text. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        for (String word : text.split(" ")) {
            tokens.add(new Token(tokens.size(), word, i, i + word.length(), null, null));
            i += word.length() + 1;
        }
        return tokens;
    }

    private static List<String> found(String text) {
        List<Token> tokens = tokens(text);
        return MATCHER.find(tokens).stream()
                .map(m -> text.substring(tokens.get(m.tokens().start()).start(), tokens.get(m.tokens().end() - 1).end())
                        + "=" + m.entry().name())
                .toList();
    }

    @Test
    void longerNameIsPreferred() {
        assertEquals(List.of("Heron TP=Heron", "K9 Thunder=K9"), found("the Heron TP and K9 Thunder"));
        assertEquals(List.of("Atmos 2000=ATMOS 2000"), found("36 Atmos 2000 guns"));
    }

    @Test
    void hyphenAndSpaceVariantsAreOneName() {
        assertEquals(List.of("Barak-MX=Barak MX", "Barak MX=Barak MX", "SPY X=SpyX", "Spy-X=SpyX", "SpyX=SpyX"),
                found("Barak-MX , Barak MX , SPY X , Spy-X and SpyX"));
    }

    @Test
    void acronymsMatchOnlyInTheirCaseNamesInAnyCaseWithACapital() {
        assertEquals(List.of("PULS=PULS"), found("the PULS launcher has a pulse ; puls"));
        assertEquals(List.of("SPYDER=SPYDER", "Spyder=SPYDER", "SPYDER=SPYDER"), found("SPYDER , Spyder , spyder , SPYDER"));
        assertEquals(List.of("HERON=Heron"), found("a heron flew ; HERON"));
        assertEquals(List.of("Scalp=Storm Shadow", "SCALP=Storm Shadow"), found("Scalp , scalp , SCALP"));
        assertEquals(List.of(), found("Iai , iai"), "short acronyms keep their case");
    }

    @Test
    void pluralsAreTheSameSystem() {
        assertEquals(List.of("Herons=Heron", "K9s=K9"), found("two Herons and 24 K9s"));
    }

    @Test
    void adjacentFormsOfOneEntryAreOneMentionInItsFullestForm() {
        assertEquals(List.of("project 636 Varshavyanka=Kilo-class"), found("the project 636 Varshavyanka boats"));
    }

    @Test
    void companyNamesMatchWithoutTheirLegalForm() {
        assertEquals(List.of("China Aerospace Science and Technology=China Aerospace Science and Technology Corporation"),
                found("China Aerospace Science and Technology Corp. said"));
    }

    @Test
    void aNameSplitAcrossTokensDifferentlyStillMatches() {
        assertEquals(List.of("Barak - MX=Barak MX"), found("Barak - MX"));
    }

    @Test
    void veryShortFormsMatchOnlyWhereTheTextSplitsThemAsTheFormDoes() {
        assertEquals(List.of(), found("the F4 standard"), "two characters: split exactly as the form");
        assertEquals(List.of("F-4=F-4"), found("an F-4 jet"));
        assertEquals(List.of("F15=F-15", "F-15=F-15"), found("48 F15 and F-15 jets"),
                "three characters may be written without the hyphen");
        assertEquals(List.of(), found("offsets of R2.7 billion"), "never split where the form is not");
    }

    @Test
    void ampersandAndAndAreOneWordInACompanysName() {
        assertEquals(List.of("Larsen and Toubro=Larsen & Toubro"), found("by Larsen and Toubro in Gujarat"));
        assertEquals(List.of("Motor & Turbine Union=Motor and Turbine Union"), found("from Motor & Turbine Union engines"));
    }

    @Test
    void aSovietDesignationWithItsMakerSpelledOutIsTheSystem() {
        assertEquals(List.of("Sukhoi-24=Su-24"), found("displayed Russian-made Sukhoi-24 attack planes"));
        assertEquals(List.of("Sukhoi-24M=Su-24", "Sukhoi=Sukhoi"), found("the Sukhoi-24M built by Sukhoi"));
    }

    @Test
    void anAmountWithACurrencySignIsNoDesignation() {
        assertEquals(List.of(), found("a A$ 10 billion frigate deal"));
        assertEquals(List.of(), found("a A$10 billion frigate deal"));
        assertEquals(List.of("A-10=A-10"), found("the A-10 attack jet"));
    }
}
