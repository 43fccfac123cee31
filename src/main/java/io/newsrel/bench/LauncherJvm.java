package io.newsrel.bench;

import java.io.File;
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

    /**
     * Keeps compiled code that has not run for a while. HotSpot otherwise throws out such "cold"
     * code even when the code cache is nearly empty (17 MB of 240 MB used after 1,000 Reuters
     * documents), and a later document that needs it has it compiled again: in a long batch over
     * varied news the compiler never went idle. Six steady two-thread benchmarks over 600 Reuters
     * documents spent 11.2%, 12.2% and 5.8% of their timed pass compiling with the default, 3.7%, 5.0%
     * and 8.1% with this (README, Speed and memory). Code that was replaced is still freed.
     */
    public static final String KEEP_COLD_CODE = "-XX:-UseCodeCacheFlushing";

    /** Every option, in the launcher's order. */
    public static final List<String> OPTIONS = List.of(COMPILE_HUGE_METHODS, MARK_AT_70_PERCENT.get(0),
            MARK_AT_70_PERCENT.get(1), KEEP_COLD_CODE);

    /** The class archive the launcher writes beside the jar, once per build. */
    public static final String CLASS_ARCHIVE = "newsrel.jsa";

    private LauncherJvm() {
    }

    /**
     * The options that map the launcher's class archive into a JVM run from {@code classPath}: the
     * classes a run loads, parsed and verified once (class data sharing). None when the class path
     * is not one jar with an archive beside it at least as new as the jar, since an archive of another
     * build would not match. The JVM's own warnings then go to stderr, as the launcher sends them.
     *
     * @param classPath the worker JVM's class path
     * @return the options, or none
     */
    public static List<String> classArchive(String classPath) {
        File jar = new File(classPath);
        File archive = new File(jar.getAbsoluteFile().getParentFile(), CLASS_ARCHIVE);
        if (!classPath.endsWith(".jar") || !jar.isFile() || !archive.isFile()
                || archive.lastModified() < jar.lastModified()) {
            return List.of();
        }
        return classArchiveOptions(archive.getPath());
    }

    /** The options that map the class archive at {@code path}, in the launcher's order. */
    public static List<String> classArchiveOptions(String path) {
        return List.of("-XX:SharedArchiveFile=" + path, "-Xlog:disable", "-Xlog:all=warning:stderr");
    }
}
