package io.newsrel;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.config.ConfigException;
import org.junit.jupiter.api.Test;

/**
 * The entity stage loads on a second thread while CoreNLP loads; a file of its that cannot be read
 * is still blamed on the configuration key that names it.
 */
class PipelineLoadingTest {

    @Test
    void anUnreadableModelOfTheEntityStageIsBlamedOnItsKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> Pipeline.builder()
                .annotator(TestPipeline.get().annotator())
                .set("entities.systemModelFile", "no/such/systems-ner.bin")
                .build());
        assertTrue(e.getMessage().contains("entities.systemModelFile"), e.getMessage());
    }
}
