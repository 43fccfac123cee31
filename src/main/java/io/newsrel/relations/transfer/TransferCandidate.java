package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import java.util.List;

/**
 * A deal a document allows: a recipient country, a supplier country and a system (or none, when
 * only a kind of system is named), with every place in the text that could state it. Candidates
 * are generated generously ({@link TransferCandidates}); the decision picks the deals stated.
 *
 * @param recipient the acquiring country
 * @param supplier  ISO3 of the supplying country
 * @param system    the system, or null for a deal naming only a kind of system
 * @param contexts  the sentences that could state it, and how each ties it together, in text order
 */
public record TransferCandidate(Entity recipient, String supplier, Entity system, List<Context> contexts) {

    public TransferCandidate {
        contexts = List.copyOf(contexts);
        if (contexts.isEmpty()) {
            throw new IllegalArgumentException("candidate " + key(recipient, supplier, system) + " has no context");
        }
    }

    public String key() {
        return key(recipient, supplier, system);
    }

    static String key(Entity recipient, String supplier, Entity system) {
        return TransferFacts.key(recipient.kbId(), supplier, system);
    }

    /** How the system is tied to a context sentence. */
    public enum SystemLink {
        /** The sentence names the system. */
        NAMED,
        /**
         * The sentence names no system but speaks of one named shortly before: "the howitzer is in
         * service in ...", "It now has six foreign clients including ...".
         */
        EARLIER,
        /** No system: the deal names only a kind of system. */
        NONE
    }

    /** Where the recipient is named, seen from the context sentence. */
    public enum RecipientLink {
        SAME_SENTENCE, ADJACENT_SENTENCE,
        /** One of the countries the document names most. */
        DOCUMENT
    }

    /** How the supplier country is known. */
    public enum SupplierLink {
        /** A country mention in the context sentence. */
        NAMED_HERE,
        /** A country mention in the sentence before or after. */
        NAMED_ADJACENT,
        /** The nationality of a company named in or next to the sentence. */
        COMPANY,
        /** The system's origin, as the gazetteer knows it. */
        SYSTEM_ORIGIN,
        /** One of the countries the document names most. */
        DOCUMENT
    }

    /**
     * One sentence that could state the deal.
     *
     * @param sentence  its index
     * @param system    how the system is tied to it
     * @param recipient where the recipient is named
     * @param supplier  how the supplier is known
     * @param company   a company of the supplier's nationality named in or next to it, or null
     */
    public record Context(int sentence, SystemLink system, RecipientLink recipient, SupplierLink supplier,
                          Entity company) {
    }
}
