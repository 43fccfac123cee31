package io.newsrel.relations.transfer;

/** The two sides of an arms transfer a country can take. */
public enum Side {
    RECIPIENT, SUPPLIER;

    public Side opposite() {
        return this == RECIPIENT ? SUPPLIER : RECIPIENT;
    }
}
