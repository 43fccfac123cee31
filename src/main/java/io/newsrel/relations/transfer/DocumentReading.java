package io.newsrel.relations.transfer;

import io.newsrel.entities.Lexicon;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Status;
import io.newsrel.model.Token;
import io.newsrel.relations.DefenceContext;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.SentenceFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One document as the transfer stage reads it, each reading made once: the triggers of each
 * sentence, the parse cues and the role reading at its main trigger. The rules and the features
 * both read it. One document, one thread.
 */
public final class DocumentReading {

    /** Words that make the bare word "system" a kind of equipment ("air defense system"). */
    private static final Lexicon MILITARY_WORDS = DefenceContext.shipped().words();

    /** How many of the countries a document names most count as its main ones. */
    static final int MAIN_COUNTRIES = 3;

    private final LinkedDocument document;
    private final TransferTriggers triggers;
    private final ParseCues parseCues;
    private final Lexicon categories;
    private final SystemKinds kinds;
    private final Map<String, String> cueWords;
    private final Optional<Entity> focus;
    private final List<Entity> mainCountries;
    private final Map<Integer, List<TransferTrigger>> triggersBySentence = new HashMap<>();
    private final Map<Integer, Map<Integer, String>> cuesBySentence = new HashMap<>();
    private final Map<Integer, Optional<RoleReading>> rolesBySentence = new HashMap<>();
    private List<RelationCandidate> ruleTransfers;

    /** @param cueWords lemma → cue class, from {@code transfer-cue-words.tsv} */
    public DocumentReading(LinkedDocument document, TransferTriggers triggers, ParseCues parseCues, Lexicon categories,
                           SystemKinds kinds, Map<String, String> cueWords) {
        this.document = document;
        this.triggers = triggers;
        this.parseCues = parseCues;
        this.categories = categories;
        this.kinds = kinds;
        this.cueWords = cueWords;
        this.focus = document.focusCountry();
        this.mainCountries = document.entities().stream().filter(e -> e.type() == EntityType.COUNTRY)
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::id))
                .limit(MAIN_COUNTRIES).toList();
    }

    public LinkedDocument document() {
        return document;
    }

    public Lexicon categories() {
        return categories;
    }

    /** The document's one system of the kind a sentence names ("the helicopters"), if it has exactly one. */
    public Optional<Entity> systemOfKind(int s) {
        return kinds.referent(document, sentence(s));
    }

    public Optional<Entity> focus() {
        return focus;
    }

    /** The countries the document names most (at most three), most named first. */
    public List<Entity> mainCountries() {
        return mainCountries;
    }

    /** The cue classes of the sentence's words ("offer", "operators", ...), in text order, repeats kept. */
    public List<String> cues(int s) {
        SentenceFacts sentence = sentence(s);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < sentence.tokens.size(); i++) {
            String cue = cueWords.get(sentence.lemma(i));
            if (cue != null) {
                found.add(cue);
            }
        }
        return found;
    }

    /** The cue class of a token, or null. */
    public String cue(int s, int token) {
        return cueWords.get(sentence(s).lemma(token));
    }

    public int sentenceCount() {
        return document.sentences().size();
    }

    public SentenceFacts sentence(int s) {
        return document.facts(s);
    }

    /** Whether a trigger of the sentence is denied by its modifiers ({@link TransferTriggers#deniesADeal}). */
    public boolean deniesADeal(int s) {
        return triggers.deniesADeal(document.facts(s));
    }

    /** The transfer triggers of a sentence, in text order. */
    public List<TransferTrigger> triggers(int s) {
        return triggersBySentence.computeIfAbsent(s, i -> triggers.find(document.facts(i)));
    }

    /** The trigger roles are read at: the first with a subject, else the first. */
    public Optional<TransferTrigger> mainTrigger(int s) {
        List<TransferTrigger> found = triggers(s);
        return found.isEmpty() ? Optional.empty() : Optional.of(TransferTriggers.main(found));
    }

    /** The stage the sentence states for its deal ({@link TransferTriggers#stage}); empty without a trigger. */
    public Optional<Status> stage(int s) {
        List<TransferTrigger> found = triggers(s);
        return found.isEmpty() ? Optional.empty() : Optional.of(TransferTriggers.stage(found));
    }

    /** Parse cues of the arguments of the sentence's main trigger (empty without a trigger). */
    public Map<Integer, String> parseCues(int s) {
        return cuesBySentence.computeIfAbsent(s, i -> mainTrigger(i)
                .map(t -> parseCues.of(document, i, t)).orElse(Map.of()));
    }

    /** The sides the cues give the sentence's countries, at its main trigger. */
    public Optional<RoleReading> roles(int s) {
        return rolesBySentence.computeIfAbsent(s, i -> mainTrigger(i).map(t ->
                TriggerRoles.read(document.facts(i), t, parseCues(i), focus, document)));
    }

    /**
     * The transfers the hand-written rules find ({@link RuleTransfers}, then {@link SameDealSystems}
     * and {@link OperatorLists}),
     * by key: the "rules alone" decision, and its verdict a feature of the learned one.
     */
    public List<RelationCandidate> ruleTransfers() {
        if (ruleTransfers == null) {
            RuleTransfers.Found rules = RuleTransfers.find(this);
            List<RelationCandidate> found = new ArrayList<>(rules.transfers());
            List<RelationCandidate> deals = new ArrayList<>(rules.transfers());
            deals.addAll(rules.pairsOnly());
            found.addAll(SameDealSystems.find(this, deals));
            found.addAll(OperatorLists.find(this, triggers.operatorListHeads(), found));
            ruleTransfers = List.copyOf(found);
        }
        return ruleTransfers;
    }

    /**
     * Whether a token of the sentence names a kind of system ("howitzers", "frigate"). The bare word
     * "system" is one only after a military or kind word ("anti-aircraft systems", "air defense
     * systems", "radar systems": dev gold's descriptions of deals naming no system); "the Japanese
     * political system" (reuters-11175) or "a trading system" is no equipment.
     */
    public boolean hasCategoryWord(int s) {
        List<Token> tokens = sentence(s).tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (categories.matches(tokens.get(i)) && (!isBareSystem(tokens.get(i)) || qualifiedAsEquipment(tokens, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBareSystem(Token token) {
        return token.text().toLowerCase(Locale.ROOT).matches("systems?");
    }

    private boolean qualifiedAsEquipment(List<Token> tokens, int system) {
        for (int i = Math.max(0, system - 2); i < system; i++) {
            String word = tokens.get(i).text();
            String tail = word.substring(word.lastIndexOf('-') + 1); // "anti-aircraft" → "aircraft"
            if (MILITARY_WORDS.matches(tokens.get(i)) || MILITARY_WORDS.contains(tail)
                    || !isBareSystem(tokens.get(i)) && (categories.matches(tokens.get(i)) || categories.contains(tail))) {
                return true;
            }
        }
        return false;
    }
}
