package io.newsrel.annotate;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this JVM compiles methods over HotSpot's 8,000-byte limit. CoreNLP's NER feature
 * extractor is one; left to the interpreter it took about a quarter of the CPU samples of a
 * 1,000-document run, and the whole process 10% more CPU. The
 * {@code newsrel} launcher turns the limit off; a program embedding the library is told once.
 */
final class HugeMethods {

    private static final Logger LOG = LoggerFactory.getLogger(HugeMethods.class);
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private HugeMethods() {
    }

    /** Logs, once per JVM, how to let the JIT compile CoreNLP's largest methods if it may not. */
    static void adviseIfInterpreted() {
        if (!compiled() && TOLD.compareAndSet(false, true)) {
            LOG.info("this JVM leaves methods over 8,000 bytes to the interpreter, CoreNLP's NER feature extractor "
                    + "among them; start it with -XX:-DontCompileHugeMethods (as the newsrel launcher does) for "
                    + "about a tenth less CPU");
        }
    }

    /** True when the JIT may compile huge methods, or when this is no HotSpot JVM and it cannot be told. */
    static boolean compiled() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotspot == null || "false".equals(hotspot.getVMOption("DontCompileHugeMethods").getValue());
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }
}
