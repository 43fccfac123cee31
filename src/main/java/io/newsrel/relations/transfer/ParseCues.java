package io.newsrel.relations.transfer;

import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsrel.annotate.SentenceParser;
import io.newsrel.relations.DependencyRoles;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.SentenceFacts;
import java.util.Map;

/**
 * What the dependency parse says of the words around a trigger: token → cue ("subject", "agent",
 * "patient", "supplier", "recipient", "possessor", {@link DependencyRoles#CUES}), read with the
 * Semgrex rules of {@code arms-transfer-roles.semgrex}. Only sentences that hold a trigger are
 * parsed.
 */
public final class ParseCues {

    private final SentenceParser parser;
    private final DependencyRoles rules;

    public ParseCues(SentenceParser parser, DependencyRoles rules) {
        this.parser = parser;
        this.rules = rules;
    }

    /**
     * No parse cues at all: roles then come from word order and prepositions alone. For reading
     * hand-built sentences in tests, where no dependency parser is loaded.
     */
    public static ParseCues none() {
        return new ParseCues(null, null);
    }

    /** Token index → cue for the arguments of {@code trigger}; empty when the sentence cannot be parsed. */
    public Map<Integer, String> of(LinkedDocument document, int sentence, TransferTrigger trigger) {
        if (parser == null) {
            return Map.of();
        }
        SemanticGraph graph = parser.parse(document.sentences().get(sentence));
        return graph == null ? Map.of() : rules.roles(graph, trigger.start());
    }

    /** The cue of the first token of a mention that has one, or null. */
    public static String cueOf(Map<Integer, String> cues, SentenceFacts.Placed mention) {
        for (int i = mention.start(); i < mention.end(); i++) {
            if (cues.containsKey(i)) {
                return cues.get(i);
            }
        }
        return null;
    }
}
