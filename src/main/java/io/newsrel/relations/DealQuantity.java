package io.newsrel.relations;

import io.newsrel.entities.Lexicon;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import java.util.Optional;

/** The count of a deal's system: right before it, before a word of its kind, or next door. */
public final class DealQuantity {

    /** How many words may stand between a count and the word of its kind: "two diesel - electric - powered submarines". */
    private static final int KIND_REACH = 6;

    private DealQuantity() {
    }

    /**
     * The count right before a system, past adjectives, hyphenated modifiers, the maker and the
     * country of origin: "36 Atmos 2000", "two Ofek 13 satellites", "24 new K9s", "24 U.S. F-35
     * fighter jets", "13 Soviet-era MiG-29s".
     */
    public static Optional<Long> quantity(SentenceFacts sentence, Entity system) {
        for (SentenceFacts.Placed m : sentence.mentions) {
            if (m.entity() != system) {
                continue;
            }
            int i = m.start() - 1;
            while (i >= 0) {
                if (SINGULAR.contains(sentence.lemma(i))) {
                    // "a NASAMS air defense system", "an American-made Patriot", "a single aircraft carrier";
                    // not "a K2 contract", "a Rafale upgrade": the system qualifies another thing
                    return qualifiesOther(sentence, m.end()) ? Optional.empty() : Optional.of(1L);
                }
                if (hyphenated(sentence, i)) {
                    // the tokenizer splits "Soviet-era", "French-made", "follow-on" into three tokens
                    i -= 3;
                } else if (sentence.isDeterminerOrAdjective(i) && !"CD".equals(sentence.tokens.get(i).pos())
                        || sentence.tokens.get(i).text().matches("[-()]|\\p{L}+-(era|made|built|designed)")
                        || insideMaker(sentence, i)) {
                    // "24 new K9s", "48 Turkish Aerospace (TAI) Kaan fighters", "14 U.S. F-16s": the maker
                    // or the country of origin may stand between
                    i--;
                } else {
                    break;
                }
            }
            if (i >= 0 && "CD".equals(sentence.tokens.get(i).pos())) {
                Optional<Long> n = number(sentence, i);
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A count the sentence gives otherwise: "three batteries of the BrahMos missile" (number,
     * noun, "of", system), or, when the sentence names one system only, a number before a word
     * naming its kind ("to supply 48 combat jets").
     */
    public static Optional<Long> looseQuantity(SentenceFacts sentence, Entity system, Lexicon categories) {
        long systems = sentence.mentions.stream().filter(m -> m.type() == EntityType.SYSTEM)
                .map(SentenceFacts.Placed::entity).distinct().count();
        for (int i = 0; i + 1 < sentence.tokens.size(); i++) {
            if (!"CD".equals(sentence.tokens.get(i).pos())) {
                continue;
            }
            int j = i + 1;
            while (j < sentence.tokens.size() && j <= i + KIND_REACH && (String.valueOf(sentence.tokens.get(j).pos())
                    .matches("NNS?|JJ") || sentence.tokens.get(j).text().equals("-") || sentence.tokens.get(j - 1).text().equals("-"))) {
                // "two diesel - electric - powered submarines": the tokenizer splits hyphenated modifiers
                j++;
            }
            int of = j;
            boolean ofSystem = of < sentence.tokens.size() && sentence.lemma(of).equals("of") && sentence.mentions.stream()
                    .anyMatch(m -> m.entity() == system && (m.start() == of + 1 || m.start() == of + 2));
            // "two corvettes Tigre (Project 20382)" (dev g056), "seventeen surplus MiG-29 jet fighters" (g165)
            int after = j;
            boolean systemAfter = j > i + 1 && sentence.mentions.stream().anyMatch(m -> m.entity() == system && m.start() == after);
            // one system or none named: "will soon receive 16 American fighter jets" (g028, the F-16s named
            // elsewhere), "handed over two diesel-electric-powered submarines" (g020)
            // but not a count after which the system is named apart: "would acquire two new-build frigates as
            // replacements for the navy's Knox-class frigates" (g082) counts other frigates
            int count = i;
            boolean systemLater = sentence.mentions.stream().anyMatch(m -> m.entity() == system && m.start() > count);
            boolean countsKind = (systems == 0 || systems == 1 && !systemLater) && j > i + 1
                    && categories.matches(sentence.tokens.get(j - 1));
            if (ofSystem || systemAfter || countsKind) {
                Optional<Long> n = number(sentence, i);
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The count right before the system in the sentence before or after the deal's ("Poland
     * signed for HIMARS launchers. The package includes 18 HIMARS launchers"), for a deal whose
     * own sentence gives none.
     */
    public static Optional<Long> neighbourQuantity(LinkedDocument document, int sentence, Entity system,
                                                   java.util.Set<String> parties) {
        for (int near : new int[] {sentence - 1, sentence + 1}) {
            if (near >= 0 && near < document.sentences().size() && !outsiderCounts(document.facts(near), system, parties)) {
                Optional<Long> n = quantity(document.facts(near), system);
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    /** Words before a system that count one of it. */
    private static final java.util.Set<String> SINGULAR = java.util.Set.of("a", "an", "single");

    /** Nouns a system's name may qualify ("a K2 deal"): then "a" counts that, not the system. */
    private static final java.util.Set<String> QUALIFIED = java.util.Set.of("deal", "contract", "agreement", "order",
            "programme", "program", "project", "purchase", "sale", "package", "tender", "acquisition", "procurement",
            "fleet", "club", "user", "operator", "production", "line", "upgrade", "variant", "version", "family",
            "competition", "requirement", "plan", "unit", "squadron", "battalion", "regiment");

    private static boolean qualifiesOther(SentenceFacts sentence, int after) {
        for (int i = after; i < Math.min(sentence.tokens.size(), after + 3); i++) {
            if (QUALIFIED.contains(sentence.lemma(i))) {
                return true;
            }
            if (!String.valueOf(sentence.tokens.get(i).pos()).startsWith("NN") && !sentence.isDeterminerOrAdjective(i)) {
                return false;
            }
        }
        return false;
    }

    /** Token {@code i} ends a hyphenated modifier split in three ("Soviet - era"), neither side a number ("10 - 12"). */
    private static boolean hyphenated(SentenceFacts sentence, int i) {
        return i >= 2 && sentence.tokens.get(i - 1).text().equals("-")
                && !"CD".equals(sentence.tokens.get(i).pos()) && !"CD".equals(sentence.tokens.get(i - 2).pos())
                && sentence.tokens.get(i).text().matches("\\p{L}+") && sentence.tokens.get(i - 2).text().matches("\\p{L}+");
    }

    /** How far before a system another country makes the count its deal's. */
    private static final int OUTSIDER_REACH = 12;

    /**
     * Whether a country outside the deal stands shortly before the system: a neighbour's count is
     * then another buyer's ("In addition, Qatar, India and Greece have ordered the aircraft. The latest
     * deal follows a contract signed between Greece and France for the sale of 18 Rafales.", dev g134);
     * a country after it is more often the maker's ("The 12 Super Tucanos were acquired ... with the
     * aircraft manufactured by Brazil's Embraer", g053).
     */
    private static boolean outsiderCounts(SentenceFacts sentence, Entity system, java.util.Set<String> parties) {
        return sentence.mentions.stream().filter(m -> m.entity() == system).anyMatch(s -> sentence.mentions.stream()
                .anyMatch(c -> c.type() == EntityType.COUNTRY && !parties.contains(c.entity().kbId())
                        && c.end() <= s.start() && c.start() >= s.start() - OUTSIDER_REACH));
    }

    private static boolean insideMaker(SentenceFacts sentence, int token) {
        return sentence.mentions.stream().anyMatch(c -> (c.type() == EntityType.COMPANY || c.type() == EntityType.COUNTRY)
                && c.start() <= token && token < c.end());
    }

    private static Optional<Long> number(SentenceFacts sentence, int token) {
        for (SentenceFacts.Placed m : sentence.mentions) {
            if (m.type() == EntityType.QUANTITY && m.start() <= token && token < m.end()) {
                String value = m.entity().attrs().get("value");
                try {
                    // CoreNLP writes "up to 48" as "<=48.0", "more than 1,000" as ">1000.0": a deal's bound
                    // (dev g006, g056, g100, g115, g139, g160); "about 1,800" ("~1800.0") is rather a fleet or
                    // a world total ("about 1,800 K9 vehicles in service globally", g003; g099, g168)
                    value = value.replaceFirst("^(<=|>=|<|>)", "");
                    double d = Double.parseDouble(value);
                    if (d >= 1 && d < 1e6 && d == Math.rint(d)) {
                        return Optional.of((long) d);
                    }
                } catch (NumberFormatException | NullPointerException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
