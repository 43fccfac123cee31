package io.newsrel.model;

/** The kinds of relation newsrel extracts; see SPEC-gold.md for their keys and arguments. */
public enum RelationType {
    ARMS_TRANSFER,
    COOPERATION_AGREEMENT,
    LOCAL_PRODUCTION,
    /** A company and the country it belongs to. */
    ORG_COUNTRY,
    /** A person, their title and the organisation they hold it in. */
    PERSON_ROLE
}
