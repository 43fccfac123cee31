package io.newsrel;

import io.newsrel.annotate.SentenceNeeds;
import java.util.Set;

/**
 * A step of the pipeline. Each stage declares what it needs from earlier stages and what it
 * provides, and {@link Pipeline} checks the chain when it is built, so a misconfigured pipeline
 * fails at start with a message naming the missing piece, not halfway through a batch.
 *
 * <p>The per-sentence capabilities ({@link Capability#POS}, {@link Capability#LEMMAS},
 * {@link Capability#PARSE}) cost most of the annotation time, and most stages read them on a few
 * sentences only. A stage says on which sentences in {@link #sentenceNeeds()}; the annotator computes
 * each of them on the union of the sentences the configured stages select, and nowhere else.
 */
public interface Stage {

    /** A short, stable name, used in logs and in error messages. */
    String name();

    /** Everything the stage reads; {@code StageContractTest} shows a stage works without the rest. */
    Set<Capability> requires();

    Set<Capability> provides();

    /**
     * On which sentences the stage reads the per-sentence capabilities it {@linkplain #requires requires}.
     * Outside them its tokens may have no tag and no lemma and there may be no parse, and the stage's
     * output must not change for it ({@code StageContractTest} checks the built-in stages). The default
     * asks for every per-sentence capability it requires on every sentence: always true, rarely cheap.
     */
    default SentenceNeeds sentenceNeeds() {
        return SentenceNeeds.everywhere(requires());
    }

    /** What a stage can need or provide. */
    enum Capability {
        TOKENS, SENTENCES, POS, LEMMAS, PARSE, NER, DATES, MENTIONS, ENTITIES, RELATIONS;

        /** Whether the annotator computes it sentence by sentence, only where a stage needs it. */
        public boolean perSentence() {
            return this == POS || this == LEMMAS || this == PARSE;
        }
    }
}
