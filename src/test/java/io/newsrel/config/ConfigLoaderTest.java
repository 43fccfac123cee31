package io.newsrel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void defaultsComeFromTheJar() {
        PipelineConfig config = PipelineConfig.defaults();
        assertEquals(List.of("tokenize", "ssplit", "pos", "lemma", "ner"), config.corenlp().annotators());
        assertEquals("text", config.input().textField());
        assertFalse(config.output().tokens());
    }

    @Test
    void aFileOverridesOnlyWhatItNames() throws IOException {
        Path file = dir.resolve("newsrel.json");
        Files.writeString(file, "{\"input\": {\"textField\": \"body\"}, \"corenlp\": {\"properties\": {\"ner.useSUTime\": \"false\"}}}");
        PipelineConfig config = ConfigLoader.fromDefaults().mergeFile(file).build();
        assertEquals("body", config.input().textField());
        assertEquals("id", config.input().idField());
        assertEquals("false", config.corenlp().properties().get("ner.useSUTime"));
    }

    @Test
    void singleSettingsAreTyped() {
        PipelineConfig config = ConfigLoader.fromDefaults()
                .set("output.tokens", "true")
                .set("corenlp.maxSentenceTokens", "120")
                .build();
        assertTrue(config.output().tokens());
        assertEquals(120, config.corenlp().maxSentenceTokens());
    }

    @Test
    void unknownKeysAreErrorsNamingTheKey() throws IOException {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.fromDefaults().set("output.tokenz", "true"));
        assertTrue(e.getMessage().contains("output.tokenz"), e.getMessage());
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\"input\": {\"txtField\": \"body\"}}");
        e = assertThrows(ConfigException.class, () -> ConfigLoader.fromDefaults().mergeFile(file));
        assertTrue(e.getMessage().contains("input.txtField"), e.getMessage());
    }

    @Test
    void wrongTypesAndBadValuesAreErrors() {
        assertThrows(ConfigException.class, () -> ConfigLoader.fromDefaults().set("output.tokens", "maybe").build());
        assertThrows(ConfigException.class, () -> ConfigLoader.fromDefaults().set("corenlp.maxSentenceTokens", "0").build());
    }

    @Test
    void aMissingOrBrokenFileIsAnError() throws IOException {
        assertThrows(ConfigException.class, () -> ConfigLoader.fromDefaults().mergeFile(dir.resolve("none.json")));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"input\": ");
        assertThrows(ConfigException.class, () -> ConfigLoader.fromDefaults().mergeFile(broken));
    }
}
