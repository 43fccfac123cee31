package io.newsrel.model;

import static io.newsrel.model.RelationSchema.key;
import static io.newsrel.model.RelationSchema.keyList;
import static io.newsrel.model.RelationSchema.other;
import static io.newsrel.model.RelationSchema.otherList;

import java.util.List;
import java.util.Set;

/**
 * The kinds of relation newsrel extracts, each with its {@link RelationSchema}: roles, key and
 * attributes, as SPEC-gold.md defines them.
 */
public enum RelationType {
    /** A country acquires military equipment from a foreign supplier. Key: recipient, supplier country, system. */
    ARMS_TRANSFER(new RelationSchema(
            List.of(key(Role.RECIPIENT), key(Role.SUPPLIER_COUNTRY), other(Role.SUPPLIER_COMPANY), key(Role.SYSTEM)),
            Set.of(Attribute.RECIPIENT_COUNTRY, Attribute.SUPPLIER_COUNTRY, Attribute.QUANTITY, Attribute.QUANTITIES,
                    Attribute.VALUE, Attribute.VALUES, Attribute.YEAR, Attribute.YEARS, Attribute.DATE,
                    Attribute.DOCUMENT_DATE, Attribute.STATUS, Attribute.STATUSES, Attribute.SYSTEM_DESCRIPTION,
                    Attribute.YEAR_FROM, Attribute.VALUE_FROM))),
    /** Two or more states sign a defence or security agreement, plan or MoU. Key: the parties. */
    COOPERATION_AGREEMENT(new RelationSchema(
            List.of(keyList(Role.PARTIES)),
            Set.of(Attribute.PARTY_COUNTRIES, Attribute.KIND, Attribute.YEAR, Attribute.YEARS, Attribute.DATE,
                    Attribute.DOCUMENT_DATE, Attribute.YEAR_FROM))),
    /** A foreign company sets up production, assembly or technology transfer in a host country. Key: company, host. */
    LOCAL_PRODUCTION(new RelationSchema(
            List.of(key(Role.COMPANY), key(Role.HOST_COUNTRY), otherList(Role.SYSTEM)),
            Set.of(Attribute.HOST_COUNTRY, Attribute.YEAR, Attribute.YEARS, Attribute.DATE, Attribute.DOCUMENT_DATE,
                    Attribute.YEAR_FROM))),
    /** A company and the country it belongs to. */
    ORG_COUNTRY(new RelationSchema(List.of(key(Role.COMPANY), key(Role.COUNTRY)), Set.of())),
    /** A person, their title and the organisation they hold it in. */
    PERSON_ROLE(new RelationSchema(List.of(key(Role.PERSON), key(Role.ORGANIZATION)), Set.of(Attribute.TITLE)));

    /** The types SPEC-gold.md defines as defence relations, scored by eval and shown first in reviews. */
    public static final List<RelationType> SPEC_TYPES = List.of(ARMS_TRANSFER, COOPERATION_AGREEMENT, LOCAL_PRODUCTION);

    private final RelationSchema schema;

    RelationType(RelationSchema schema) {
        this.schema = schema;
    }

    public RelationSchema schema() {
        return schema;
    }
}
