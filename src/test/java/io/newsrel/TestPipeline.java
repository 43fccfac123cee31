package io.newsrel;

/**
 * The one CoreNLP-backed pipeline of the test JVM: loading CoreNLP takes seconds, so every test
 * that needs the real pipeline shares this instance (Pipeline is thread-safe and immutable).
 */
public final class TestPipeline {

    private static volatile Pipeline shared;

    private TestPipeline() {
    }

    public static Pipeline get() {
        Pipeline p = shared;
        if (p == null) {
            synchronized (TestPipeline.class) {
                p = shared;
                if (p == null) {
                    p = Pipeline.builder().build();
                    shared = p;
                }
            }
        }
        return p;
    }
}
