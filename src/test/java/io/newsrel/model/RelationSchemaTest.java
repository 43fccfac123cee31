package io.newsrel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.output.Json;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationSchemaTest {

    private static final Evidence EVIDENCE = new Evidence(0, 0, 6, "Israel");

    @Test
    void aRelationTakesOnlyTheRolesAndAttributesOfItsType() {
        Arguments company = Arguments.builder().add(Role.COMPANY, "e1").add(Role.COUNTRY, "e2").build();
        assertThrows(IllegalArgumentException.class, () -> new Relation("r1", RelationType.ARMS_TRANSFER, company,
                Attributes.EMPTY, 0.5, List.of(EVIDENCE), "x"));
        Attributes title = Attributes.builder().put(Attribute.TITLE, "CEO").build();
        assertThrows(IllegalArgumentException.class, () -> new Relation("r1", RelationType.ORG_COUNTRY, company,
                title, 0.5, List.of(EVIDENCE), "x"));
    }

    @Test
    void theKeyOfATransferIsRecipientSupplierAndSystem() {
        assertEquals(List.of(Role.RECIPIENT, Role.SUPPLIER_COUNTRY, Role.SYSTEM),
                RelationType.ARMS_TRANSFER.schema().keyRoles());
        assertTrue(RelationType.COOPERATION_AGREEMENT.schema().isList(Role.PARTIES));
    }

    @Test
    void listRolesAreArraysAndTypedAttributesReadBackFromJson() throws Exception {
        Relation r = new Relation("r1", RelationType.COOPERATION_AGREEMENT,
                Arguments.builder().set(Role.PARTIES, List.of("e1")).build(),
                Attributes.builder().put(Attribute.YEARS, List.of(2024, 2025)).put(Attribute.YEAR, 2024).build(),
                0.5, List.of(EVIDENCE), "x");
        String json = Json.line(r);
        assertTrue(json.contains("\"args\":{\"parties\":[\"e1\"]}"), json);
        assertTrue(json.contains("\"attrs\":{\"year\":2024,\"years\":[2024,2025]}"), json);
        assertEquals(r, Json.MAPPER.readValue(json, Relation.class));
    }

    @Test
    void attributeValuesAreCheckedByType() {
        Attributes read = Attributes.fromJson(java.util.Map.of("value",
                java.util.Map.of("amount", 375000000, "currency", "USD"), "status", "ORDERED"));
        assertEquals(new Money(new BigDecimal("375000000"), "USD"), read.get(Attribute.VALUE).orElseThrow());
        assertEquals(Status.ORDERED, read.get(Attribute.STATUS).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> Attributes.fromJson(java.util.Map.of("status", "SOLD")));
        assertThrows(IllegalArgumentException.class, () -> Attributes.fromJson(java.util.Map.of("year", 87)));
        assertThrows(IllegalArgumentException.class, () -> Attributes.fromJson(java.util.Map.of("colour", "red")));
    }
}
