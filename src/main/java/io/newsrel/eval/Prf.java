package io.newsrel.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * True positives, false positives and false negatives, with the precision, recall and F1 they give.
 * Precision of no prediction and recall of no gold item are taken as 1, as conlleval does for
 * empty sets; F1 is 0 whenever either is 0.
 */
@JsonPropertyOrder({"tp", "fp", "fn", "precision", "recall", "f1"})
public record Prf(int tp, int fp, int fn) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public Prf plus(Prf other) {
        return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    @JsonProperty
    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    @JsonProperty
    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    @JsonProperty
    public double f1() {
        if (tp == 0) {
            return tp + fp + fn == 0 ? 1.0 : 0.0;
        }
        double p = precision();
        double r = recall();
        return 2 * p * r / (p + r);
    }
}
