package io.newsrel.relations.transfer;

import io.newsrel.entities.Lexicon;
import io.newsrel.model.Entity;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.SentenceFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document as the transfer stage reads it, each reading made once: the triggers of each
 * sentence, the parse cues and the role reading at its main trigger. The rules and the features
 * both read it. One document, one thread.
 */
public final class DocumentReading {

    private final LinkedDocument document;
    private final TransferTriggers triggers;
    private final ParseCues parseCues;
    private final Lexicon categories;
    private final Optional<Entity> focus;
    private final Map<Integer, List<TransferTrigger>> triggersBySentence = new HashMap<>();
    private final Map<Integer, Map<Integer, String>> cuesBySentence = new HashMap<>();
    private final Map<Integer, Optional<RoleReading>> rolesBySentence = new HashMap<>();

    public DocumentReading(LinkedDocument document, TransferTriggers triggers, ParseCues parseCues, Lexicon categories) {
        this.document = document;
        this.triggers = triggers;
        this.parseCues = parseCues;
        this.categories = categories;
        this.focus = document.focusCountry();
    }

    public LinkedDocument document() {
        return document;
    }

    public Lexicon categories() {
        return categories;
    }

    public Optional<Entity> focus() {
        return focus;
    }

    public int sentenceCount() {
        return document.sentences().size();
    }

    public SentenceFacts sentence(int s) {
        return document.facts(s);
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

    /** Whether a token of the sentence names a kind of system ("howitzers", "frigate"). */
    public boolean hasCategoryWord(int s) {
        return sentence(s).tokens.stream().anyMatch(categories::matches);
    }
}
