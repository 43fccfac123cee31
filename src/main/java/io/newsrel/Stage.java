package io.newsrel;

import java.util.Set;

/**
 * A step of the pipeline. Each stage declares what it needs from earlier stages and what it
 * provides, and {@link Pipeline} checks the chain when it is built, so a misconfigured pipeline
 * fails at start with a message naming the missing piece, not halfway through a batch.
 */
public interface Stage {

    /** A short, stable name, used in logs and in error messages. */
    String name();

    Set<Capability> requires();

    Set<Capability> provides();

    /** What a stage can need or provide. */
    enum Capability {
        TOKENS, SENTENCES, POS, LEMMAS, NER, DATES, MENTIONS, ENTITIES, RELATIONS
    }
}
