package io.newsrel.model;

/** Checks for confidence values, which are probabilities-like scores in [0, 1]. */
final class Confidence {

    private Confidence() {
    }

    static void check(double confidence, String owner) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence + " of " + owner
                    + " is outside [0, 1]");
        }
    }
}
