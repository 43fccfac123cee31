package io.newsrel.annotate;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SUTime instances lent out one per document, each cleared of what the previous document left.
 *
 * <p>SUTime is not stateless across documents (CoreNLP issue #1061). Rules such as "a time word
 * two tokens before a past-tense verb resolves to the past" put a {@code resolveTo} tag on the
 * time expression's value, and for a plain word ("Friday", "March") that value is the one shared
 * variable of the rules ({@code FRIDAY = DayOfWeek(5)}). The tag stays there for every later
 * document: in an article of Wednesday 1987-03-04, "Talks are set for Friday" resolved to
 * 1987-03-06 in a fresh JVM and to 1987-02-27 after an article where "Friday, officials said"
 * appeared. Output then depended on what the JVM had read before and, with several threads
 * sharing one SUTime, on timing: resumed and Spark runs dated some weekdays differently.
 *
 * <p>So each document borrows an instance no other document uses meanwhile, and borrowing resets
 * the tense tags of the rules' variables to what they were after loading. Within a document the
 * tags still carry from sentence to sentence, as in stock CoreNLP. A second instance is built only
 * when two documents are annotated at once (about a second; the CRF models are shared).
 */
final class SutimeInstances {

    private static final Logger LOG = LoggerFactory.getLogger(SutimeInstances.class);
    /** The tag SUTime's tense rules set (english.sutime.txt, {@code VTag(..., "resolveTo", ...)}). */
    static final String TENSE_TAG = "resolveTo";

    /**
     * One SUTime instance.
     *
     * @param annotateSentence runs NER with SUTime on one sentence of a document
     */
    record Instance(Env rules, BiConsumer<Annotation, CoreMap> annotateSentence, Map<Value, Value> tagsAfterLoading) {

        static Instance of(Env rules, BiConsumer<Annotation, CoreMap> annotateSentence) {
            Map<Value, Value> loaded = new IdentityHashMap<>();
            for (Object bound : rules.getVariables().values()) {
                if (bound instanceof Value value && value.getTags() != null && value.getTags().hasTag(TENSE_TAG)) {
                    loaded.put(value, value.getTags().getTag(TENSE_TAG));
                }
            }
            return new Instance(rules, annotateSentence, loaded);
        }

        /** Puts every variable's tense tag back as it was after loading; returns how many changed. */
        int resetTenseTags() {
            int reset = 0;
            for (Object bound : rules.getVariables().values()) {
                if (bound instanceof Value value && value.getTags() != null) {
                    Tags tags = value.getTags();
                    Value loaded = tagsAfterLoading.get(value);
                    if (loaded != null && tags.getTag(TENSE_TAG) != loaded) {
                        tags.setTag(TENSE_TAG, loaded);
                        reset++;
                    } else if (loaded == null && tags.hasTag(TENSE_TAG)) {
                        tags.removeTag(TENSE_TAG);
                        reset++;
                    }
                }
            }
            return reset;
        }
    }

    private final ConcurrentLinkedQueue<Instance> idle = new ConcurrentLinkedQueue<>();
    private final Supplier<Instance> factory;

    /**
     * @param first   the instance already loaded, lent first
     * @param factory builds another when all are lent out
     */
    SutimeInstances(Instance first, Supplier<Instance> factory) {
        this.idle.add(first);
        this.factory = factory;
    }

    /** An instance for one document, its tense tags reset; give it back when the document is done. */
    Instance borrow() {
        Instance instance = idle.poll();
        if (instance == null) {
            long started = System.nanoTime();
            instance = factory.get();
            LOG.debug("another SUTime instance for documents annotated at once, built in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        }
        int reset = instance.resetTenseTags();
        if (reset > 0) {
            LOG.trace("SUTime: {} tense tags left by an earlier document cleared", reset);
        }
        return instance;
    }

    void giveBack(Instance instance) {
        idle.add(instance);
    }
}
