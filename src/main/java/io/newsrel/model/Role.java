package io.newsrel.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A part an entity plays in a relation. Each role has one JSON name, used in the {@code args} of
 * documents.jsonl, in exports and in gold files; code names roles by this enum, never by string.
 * Which relation types use a role, and whether it holds one entity or several, is the
 * {@link RelationSchema} of each {@link RelationType}.
 */
public enum Role {
    /** The country that acquires (ARMS_TRANSFER). */
    RECIPIENT("recipient", Attribute.RECIPIENT_COUNTRY),
    /** The country that supplies (ARMS_TRANSFER); also known from a company or system with no mention. */
    SUPPLIER_COUNTRY("supplierCountry", Attribute.SUPPLIER_COUNTRY),
    /** The company named as supplier or maker in the deal (ARMS_TRANSFER). */
    SUPPLIER_COMPANY("supplierCompany", null),
    /** The military system transferred or produced. */
    SYSTEM("system", null),
    /** The states that sign an agreement (COOPERATION_AGREEMENT). */
    PARTIES("parties", null),
    /** The company (LOCAL_PRODUCTION, ORG_COUNTRY). */
    COMPANY("company", null),
    /** The country production is set up in (LOCAL_PRODUCTION). */
    HOST_COUNTRY("hostCountry", Attribute.HOST_COUNTRY),
    /** The country a company belongs to (ORG_COUNTRY). */
    COUNTRY("country", null),
    /** The person holding a title (PERSON_ROLE). */
    PERSON("person", null),
    /** The organisation the title is held in (PERSON_ROLE). */
    ORGANIZATION("organization", null);

    private final String jsonName;
    private final Attribute<String> codeAttribute;

    Role(String jsonName, Attribute<String> codeAttribute) {
        this.jsonName = jsonName;
        this.codeAttribute = codeAttribute;
    }

    /** The name in JSON: {@code recipient}, {@code supplierCountry}, ... */
    public String jsonName() {
        return jsonName;
    }

    /**
     * For a country role, the attribute that also holds its ISO3 code, so that the code is known
     * when the country has no mention to point at (a supplier known only from its company).
     */
    public Optional<Attribute<String>> codeAttribute() {
        return Optional.ofNullable(codeAttribute);
    }

    /** The role of a JSON name; an unknown name is an error that lists the known ones. */
    public static Role ofJsonName(String name) {
        return Arrays.stream(values()).filter(r -> r.jsonName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown relation role '" + name + "' (known: "
                        + Arrays.stream(values()).map(Role::jsonName).toList() + ")"));
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
