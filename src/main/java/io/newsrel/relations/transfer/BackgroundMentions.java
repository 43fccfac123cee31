package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.relations.SentenceFacts;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mentions of a system that are no part of the deal their sentence states:
 * <ul>
 *   <li>a design the system descends from: "built for the South Korean Navy based on the German HDW
 *       Type 209 design" (dev g074), "Shenyang F-6s (a copy of the MiG-19)", "Chinese MiG-21
 *       derivatives" (g084);</li>
 *   <li>an engine the deal's platform is powered by: "The aircraft will be powered by Rolls-Royce/Turbomeca
 *       Adour 871 turbofans" (g168), "powered by two GE Aerospace F110 engines" (g049), "F-16 C/D model
 *       powered by F-100-229 engines" (g063);</li>
 *   <li>a word of a dateline, which names where the story was filed: "KUWAIT/MILAN: Kuwait and Italy
 *       yesterday signed a contract" (g136) is Milan the city, not the MILAN missile (datelines open
 *       g111, g136, g160, g166, g185);</li>
 *   <li>what the deal replaces: "These will replace Canada's current maritime patrol aircraft, CP-140
 *       Aurora" (g108), "to replace ageing Mikoyan MiG-21 Fishbed fighters and Shenyang F-6s" (g084).
 *       A replaced fleet is a transfer of its own only when the text gives its origin ("replace the 14
 *       JAS-39 Gripen fighter jets from Sweden", g110; "Knox-class frigates that were constructed in
 *       the United States", g082), never from the gazetteer alone (SPEC-gold.md, Clarifications).</li>
 * </ul>
 */
final class BackgroundMentions {

    /**
     * Words a design the system descends from follows: "a copy of", "a derivative of". Not "a version
     * of" or "a variant of": "the most recent version of the Type 209 family" (g051) and "a variant of
     * K9 Thunder" (g072) are what was bought.
     */
    private static final Set<String> DESIGN_OF = Set.of("copy", "derivative");
    /** Words after the system that make it a design: "the Type 209 design", "MiG-21 derivatives". */
    private static final Set<String> DESIGN_AFTER = Set.of("design", "derivative");
    /** How many words before the system "based on" or "copy of" may stand ("based on the German HDW Type 209"). */
    private static final int DESIGN_REACH = 4;
    private static final Set<String> REPLACE = Set.of("replace", "retire", "supersede");
    /** What ends the replaced part: "to replace X with Y", "replaced by Y", a new clause. */
    private static final Set<String> REPLACED_ENDS = Set.of("with", "by", ";", ".", "while", "but");
    /** How many words after the verb the replaced fleet may be named. */
    private static final int REPLACE_REACH = 15;
    /** How many words after "powered by" the engine may be named ("powered by Rolls-Royce/Turbomeca Adour"). */
    private static final int ENGINE_REACH = 6;
    /** How many words a dateline may take before its colon or dash. */
    private static final int DATELINE_REACH = 6;

    private BackgroundMentions() {
    }

    /** Whether every mention of the system in the sentence is a design it descends from, an engine or a dateline word. */
    static boolean onlyBackground(SentenceFacts sentence, Entity system) {
        List<SentenceFacts.Placed> mentions = mentionsOf(sentence, system);
        return !mentions.isEmpty() && mentions.stream()
                .allMatch(m -> isDesign(sentence, m) || isEngine(sentence, m) || inDateline(sentence, m));
    }

    /** "powered by two GE Aerospace F110 engines": the system is named within a few words after "powered by". */
    static boolean isEngine(SentenceFacts sentence, SentenceFacts.Placed m) {
        for (int i = m.start() - 1; i >= 1 && i >= m.start() - ENGINE_REACH; i--) {
            if (sentence.lemma(i).equals("by") && sentence.lemma(i - 1).equals("power")) {
                return true;
            }
            if (isClauseBreak(sentence.tokens.get(i).text())) {
                return false;
            }
        }
        return false;
    }

    /** Whether every mention of the system in the sentence names what the deal replaces. */
    static boolean onlyReplaced(SentenceFacts sentence, Entity system) {
        List<SentenceFacts.Placed> mentions = mentionsOf(sentence, system);
        return !mentions.isEmpty() && mentions.stream().allMatch(m -> isReplaced(sentence, m));
    }

    private static List<SentenceFacts.Placed> mentionsOf(SentenceFacts sentence, Entity system) {
        return sentence.ofType(EntityType.SYSTEM, false).stream().filter(m -> m.entity().equals(system)).toList();
    }

    /** "based on the German HDW Type 209 design", "a copy of the MiG-19", "MiG-21 derivatives". */
    static boolean isDesign(SentenceFacts sentence, SentenceFacts.Placed m) {
        if (m.end() < sentence.tokens.size() && DESIGN_AFTER.contains(sentence.lemma(m.end()))) {
            return true;
        }
        for (int i = m.start() - 1; i >= 1 && i >= m.start() - DESIGN_REACH; i--) {
            String word = sentence.lemma(i);
            boolean basedOn = word.equals("on") && sentence.lemma(i - 1).equals("base");
            boolean copyOf = word.equals("of") && DESIGN_OF.contains(sentence.lemma(i - 1));
            if (basedOn || copyOf) {
                return true;
            }
            if (isClauseBreak(sentence.tokens.get(i).text())) {
                return false;
            }
        }
        return false;
    }

    /** The object of "replace" or "retire" in its clause: "to replace ageing Mikoyan MiG-21 Fishbed fighters". */
    static boolean isReplaced(SentenceFacts sentence, SentenceFacts.Placed m) {
        for (int i = m.start() - 1; i >= 0 && i >= m.start() - REPLACE_REACH; i--) {
            String lemma = sentence.lemma(i);
            if (REPLACE.contains(lemma)) {
                return i + 1 < sentence.tokens.size() && !sentence.lemma(i + 1).equals("by");
            }
            if (REPLACED_ENDS.contains(lemma)) {
                return false;
            }
        }
        return false;
    }

    /** A capitalised word of the sentence's opening dateline, before its colon or dash ("KUWAIT/MILAN:"). */
    static boolean inDateline(SentenceFacts sentence, SentenceFacts.Placed m) {
        for (int i = 0; i < sentence.tokens.size() && i <= DATELINE_REACH; i++) {
            String word = sentence.tokens.get(i).text();
            if (word.equals(":") || word.matches("[\u2014\u2013-]+")) {
                return i > 0 && m.end() <= i;
            }
            if (!(word.equals("/") || word.equals(",") || isCapitalised(word))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCapitalised(String word) {
        return word.chars().anyMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean isClauseBreak(String word) {
        return word.equals(",") || word.equals(";") || word.equals(":");
    }
}
