package io.newsrel.model;

/** The kinds of entity newsrel recognises. */
public enum EntityType {
    COUNTRY,
    COMPANY,
    SYSTEM,
    PERSON,
    /** Armed forces and their units: Royal Armed Forces, Israeli Defense Forces. */
    MILITARY,
    /** Ministries, agencies, committees and other state bodies. */
    GOVERNMENT,
    /** Organisations that are neither companies, armed forces nor state bodies. */
    ORGANIZATION,
    /** Places that are not countries: cities, regions, provinces. */
    LOCATION,
    DATE,
    MONEY,
    QUANTITY,
    MISC
}
