package io.newsrel.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationClassifierTest {

    private final OrganizationClassifier classifier = new OrganizationClassifier();

    @ParameterizedTest
    @CsvSource({
            "Elbit Systems, COMPANY",
            "Israel Aerospace Industries, COMPANY",
            "General Dynamics, COMPANY",
            "Rafael Advanced Defense Systems Ltd, COMPANY",
            "Israeli Defense Forces, MILITARY",
            "Royal Armed Forces, MILITARY",
            "Indian Navy, MILITARY",
            "Ministry of Defence, GOVERNMENT",
            "Israel-Morocco Joint Military Committee, GOVERNMENT",
            "Defense Security Cooperation Agency, GOVERNMENT",
            "Reuters, ORGANIZATION",
    })
    void cuesDecideTheKindOfOrganisation(String name, EntityType expected) {
        assertEquals(expected, classifier.classify(name));
    }
}
