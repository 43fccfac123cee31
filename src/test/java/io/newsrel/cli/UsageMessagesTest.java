package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a new user makes get one line naming the mistake, a suggestion, and exit code 2. */
class UsageMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aMistypedCommandOrOptionGetsADidYouMean() {
        Cli.Run command = Cli.run("extrct");
        assertEquals(NewsrelCli.USAGE, command.code());
        assertTrue(command.err().contains("Did you mean: newsrel extract"), command.err());

        Cli.Run option = Cli.run("extract", "--threds", "2");
        assertEquals(NewsrelCli.USAGE, option.code());
        assertTrue(option.err().contains("--threads"), option.err());
    }

    @Test
    void aMistypedSettingGetsADidYouMeanBeforeAnythingLoads() {
        Cli.Run run = Cli.run("extract", Corpus.DIR.toString(), "-o", dir.toString(), "--set", "output.tokns=true");
        assertEquals(NewsrelCli.USAGE, run.code());
        assertEquals("newsrel: unknown configuration key: output.tokns (did you mean output.tokens?)\n", run.err());
    }

    @Test
    void aValueOfTheWrongTypeNamesItsKey() {
        Cli.Run run = Cli.run("extract", Corpus.DIR.toString(), "-o", dir.toString(), "--set", "output.tokens=maybe");
        assertEquals(NewsrelCli.USAGE, run.code());
        assertEquals("newsrel: output.tokens must be true or false, not \"maybe\"\n", run.err());

        Cli.Run fraction = Cli.run("extract", Corpus.DIR.toString(), "-o", dir.toString(), "--set",
                "limits.documentTimeoutMs=0.5");
        assertEquals(NewsrelCli.USAGE, fraction.code());
        assertEquals("newsrel: limits.documentTimeoutMs must be a whole number, not 0.5\n", fraction.err());
    }

    @Test
    void aMalformedConfigurationFileNamesItsLineAndColumn() throws IOException {
        Path config = dir.resolve("newsrel.json");
        Files.writeString(config, "{\"output\": {\"tokens\": true,}}");
        Cli.Run run = Cli.run("extract", Corpus.DIR.toString(), "-o", dir.resolve("out").toString(), "-c", config.toString());
        assertEquals(NewsrelCli.USAGE, run.code());
        assertEquals("newsrel: configuration file " + config + ", line 1, column 28: expected a key in double quotes,"
                + " found '}' (a comma too many?)\n", run.err());
    }

    @Test
    void aModelTheConfigurationNamesThatCannotLoadIsAUsageErrorWithoutStackTrace() throws IOException {
        // CoreNLP prints a stack trace of its own before it throws; the user sees one line naming the setting
        Path config = dir.resolve("newsrel.json");
        Files.writeString(config, "{\"corenlp\": {\"properties\": {\"ner.model\": \"no-such-model.ser.gz\"}}}");
        Cli.Run run = Cli.run("extract", Corpus.DIR.toString(), "-o", dir.resolve("out").toString(), "-q",
                "-c", config.toString());
        assertEquals(NewsrelCli.USAGE, run.code(), run.err());
        assertTrue(run.err().startsWith("newsrel: configuration file " + config + ", line 1, column 29:"
                + " corenlp.properties.ner.model = \"no-such-model.ser.gz\" cannot be used: "), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void anUnknownAnnotatorIsAUsageErrorNamingTheSetting() {
        Cli.Run run = Cli.run("extract", Corpus.DIR.toString(), "-o", dir.resolve("out").toString(), "-q",
                "--set", "corenlp.onlyWhereNeeded=false",
                "--set", "corenlp.annotators=[\"tokenize\",\"ssplit\",\"parse-everything\"]");
        assertEquals(NewsrelCli.USAGE, run.code(), run.err());
        assertEquals("newsrel: corenlp.annotators[2] = \"parse-everything\" cannot be used: No annotator named"
                + " parse-everything\n", run.err());
    }

    /** Annotating only where needed, newsrel runs its own annotator list and says which. */
    @Test
    void anotherAnnotatorListWithAnnotationOnDemandIsAUsageErrorSayingWhatToSet() {
        Cli.Run run = Cli.run("extract", Corpus.DIR.toString(), "-o", dir.resolve("out").toString(), "-q",
                "--set", "corenlp.annotators=[\"tokenize\",\"ssplit\",\"parse-everything\"]");
        assertEquals(NewsrelCli.USAGE, run.code(), run.err());
        assertEquals("newsrel: corenlp.annotators[2] = \"parse-everything\" cannot be used: corenlp.onlyWhereNeeded"
                + " runs the annotators [tokenize, ssplit, pos, lemma, ner] (some of them, in that order), not"
                + " [tokenize, ssplit, parse-everything]; set corenlp.onlyWhereNeeded=false\n", run.err());
    }
}
