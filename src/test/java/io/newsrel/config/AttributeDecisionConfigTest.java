package io.newsrel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** relations.attributeDecision: the rules by default, the learned model when asked, nothing else. */
class AttributeDecisionConfigTest {

    @Test
    void absentSettingsMeanTheRulesAndTheShippedModel() {
        PipelineConfig.Relations relations = new PipelineConfig.Relations("rules", null, 0.5, 0.3, null, null, 0.5);
        assertFalse(relations.learnedAttributes());
        assertEquals("", relations.attributeModelFile());
    }

    @Test
    void learnedIsAccepted() {
        assertTrue(new PipelineConfig.Relations("rules", "", 0.5, 0.3, "learned", "", 0.5).learnedAttributes());
    }

    @Test
    void anotherDecisionOrConfidenceIsAnErrorNamingTheKey() {
        IllegalArgumentException decision = assertThrows(IllegalArgumentException.class,
                () -> new PipelineConfig.Relations("rules", "", 0.5, 0.3, "model", "", 0.5));
        assertTrue(decision.getMessage().contains("relations.attributeDecision"), decision.getMessage());
        IllegalArgumentException confidence = assertThrows(IllegalArgumentException.class,
                () -> new PipelineConfig.Relations("rules", "", 0.5, 0.3, "learned", "", 1.5));
        assertTrue(confidence.getMessage().contains("relations.attributeMinConfidence"), confidence.getMessage());
    }
}
