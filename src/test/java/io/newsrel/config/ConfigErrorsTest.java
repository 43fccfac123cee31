package io.newsrel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration errors name the key, and for a file its line and column, in newsrel's words. */
class ConfigErrorsTest {

    @TempDir
    Path dir;

    private static String error(Runnable load) {
        return assertThrows(ConfigException.class, load::run).getMessage();
    }

    @Test
    void aValueOfTheWrongTypeNamesTheKeyAndWhatItMustBe() {
        assertEquals("output.tokens must be true or false, not \"maybe\"",
                error(() -> ConfigLoader.fromDefaults().set("output.tokens", "maybe").build()));
        assertEquals("corenlp.annotators must be a list such as [\"a\", \"b\"], not \"tokenize\"",
                error(() -> ConfigLoader.fromDefaults().set("corenlp.annotators", "tokenize").build()));
        assertEquals("limits.maxDocumentChars must be a whole number up to 2147483647, not 99999999999",
                error(() -> ConfigLoader.fromDefaults().set("limits.maxDocumentChars", "99999999999").build()));
    }

    @Test
    void aFractionIsNoWholeNumberOfMilliseconds() {
        // Jackson would cut 0.5 to 0, which turns the time limit off
        assertEquals("limits.documentTimeoutMs must be a whole number, not 0.5",
                error(() -> ConfigLoader.fromDefaults().set("limits.documentTimeoutMs", "0.5").build()));
        assertEquals(1500, ConfigLoader.fromDefaults().set("limits.documentTimeoutMs", "1500").build()
                .limits().documentTimeoutMs());
    }

    @Test
    void anUnknownKeySuggestsTheClosestOne() {
        assertEquals("unknown configuration key: output.tokns (did you mean output.tokens?)",
                error(() -> ConfigLoader.fromDefaults().set("output.tokns", "true")));
        assertEquals("unknown configuration key: nothing.like.it",
                error(() -> ConfigLoader.fromDefaults().set("nothing.like.it", "true")));
    }

    @Test
    void aBrokenFileNamesItsLineAndColumnWithoutTheParsersInternals() throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\n  \"output\": {\"tokens\": true,}\n}\n");
        assertEquals("configuration file " + file + ", line 2, column 29: expected a key in double quotes, found '}'"
                + " (a comma too many?)", error(() -> ConfigLoader.fromDefaults().mergeFile(file)));
        Files.writeString(file, "{\"output\": {\"tokens\": yes}}");
        assertEquals("configuration file " + file + ", line 1, column 23: 'yes' is not a JSON value (text needs double quotes)",
                error(() -> ConfigLoader.fromDefaults().mergeFile(file)));
        Files.writeString(file, "{\"output\": ");
        assertEquals("configuration file " + file + ", line 1, column 12: the text ends before the JSON is complete"
                + " (a missing '}' or ']'?)", error(() -> ConfigLoader.fromDefaults().mergeFile(file)));
    }

    @Test
    void aBadValueInAFileNamesTheFileLineColumnAndKey() throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\n  \"output\": {\n    \"tokens\": \"maybe\"\n  },\n  \"limits\": {\"maxDocumentChars\": 0}\n}\n");
        assertEquals("configuration file " + file + ", line 3, column 5: output.tokens must be true or false, not \"maybe\"",
                error(() -> ConfigLoader.fromDefaults().mergeFile(file).build()));
        Files.writeString(file, "{\n  \"limits\": {\"maxDocumentChars\": 0}\n}\n");
        assertEquals("configuration file " + file + ", line 2, column 14: limits.maxDocumentChars must be positive: 0",
                error(() -> ConfigLoader.fromDefaults().mergeFile(file).build()));
        Files.writeString(file, "{\n  \"output\": {\n    \"tokns\": true\n  }\n}\n");
        assertEquals("configuration file " + file + ", line 3, column 5: unknown configuration key: output.tokns"
                + " (did you mean output.tokens?)", error(() -> ConfigLoader.fromDefaults().mergeFile(file)));
    }

    @Test
    void aKeySetAgainByNameIsNoLongerBlamedOnTheFile() throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"output\": {\"tokens\": false}}");
        assertEquals("output.tokens must be true or false, not \"maybe\"",
                error(() -> ConfigLoader.fromDefaults().mergeFile(file).set("output.tokens", "maybe").build()));
    }

    @Test
    void aLoadingFailureIsBlamedOnTheSettingWhoseValueItNames() throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"entities\": {\"systemGazetteers\": [\"sipri.tsv\", \"nope.tsv\"]}}");
        ConfigLoader loader = ConfigLoader.fromDefaults().mergeFile(file);
        ConfigException e = loader.blame(new IllegalStateException("cannot read gazetteer nope.tsv",
                new java.nio.file.NoSuchFileException("nope.tsv"))).orElseThrow();
        assertEquals("configuration file " + file + ", line 1, column 49: entities.systemGazetteers[1] = \"nope.tsv\""
                + " cannot be used: cannot read gazetteer nope.tsv", e.getMessage());
        // with the defaults the failure is not the configuration's
        assertEquals(java.util.Optional.empty(), ConfigLoader.fromDefaults().blame(new IllegalStateException("x")));
    }
}
