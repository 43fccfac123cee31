package io.newsrel.bench;

import java.util.List;

/**
 * The options the {@code newsrel} launcher gives the JVM besides its heap ({@link WorkerHeap});
 * the benchmark measures newsrel with the same ones (raw CoreNLP with the JVM's defaults, as its
 * users run it). The launcher script holds the same list.
 */
public final class LauncherJvm {

    /**
     * Lets the JIT compilers compile methods of more than 8,000 bytes of bytecode, which HotSpot
     * otherwise leaves to the interpreter for good. CoreNLP's NER feature extractor
     * ({@code NERFeatureFactory.featuresC}, 10,369 bytes) and its lemmatizer's lexer
     * ({@code Morpha.next}) are that large: interpreted, they took 30% of newsrel's CPU samples on
     * 1,000 Reuters documents (README, Speed and memory).
     */
    public static final String COMPILE_HUGE_METHODS = "-XX:-DontCompileHugeMethods";

    /**
     * Starts G1's concurrent marking only when the old generation holds 70% of the heap, instead of
     * the 45% G1 adapts from. The models are about 0.75 GB that live as long as the JVM, 46% of the
     * one-thread heap of 1.6 GB, so G1 marked them again every few seconds and found nothing to
     * free: 13 marking cycles, about 14 s of a marking thread, in a 54-second run over 1,000 Reuters
     * documents; with this, 2 (README, Speed and memory).
     */
    public static final List<String> MARK_AT_70_PERCENT =
            List.of("-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=70");

    /** Every option, in the launcher's order. */
    public static final List<String> OPTIONS = List.of(COMPILE_HUGE_METHODS, MARK_AT_70_PERCENT.get(0),
            MARK_AT_70_PERCENT.get(1));

    private LauncherJvm() {
    }
}
