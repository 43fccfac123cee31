package io.newsrel.model;

/**
 * The stage a deal has reached, in the order deals go through them (SPEC-gold.md): planned
 * (negotiating, approved for export, intends), selected (a winner chosen), ordered (contract
 * signed, purchased), delivered (received, in service), cancelled.
 */
public enum Status {
    PLANNED, SELECTED, ORDERED, DELIVERED, CANCELLED;

    /** Whether this stage is further along than {@code other}. */
    public boolean isLaterThan(Status other) {
        return other == null || compareTo(other) > 0;
    }
}
