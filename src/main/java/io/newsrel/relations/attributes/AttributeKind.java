package io.newsrel.relations.attributes;

/** The deal attributes decided among candidate values: each kind has its own candidates and features. */
public enum AttributeKind {
    /** A year written in a date ("in 2022", "April 2024"). */
    YEAR,
    /** An amount of money. */
    VALUE,
    /** A count of items. */
    QUANTITY;

    /** The prefix of this kind's features, so one model learns all three apart. */
    String prefix() {
        return name().charAt(0) + ":";
    }
}
