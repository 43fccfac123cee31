package io.newsrel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {

    @Test
    void inputsAndOptionsInAnyOrder() {
        JobArguments args = JobArguments.parse("hdfs:///news/a.jsonl", "--output", "s3a://out/x", "--set",
                "output.tokens=true", "s3a://news/2024/", "--partitions", "40", "--master", "local[2]",
                "--config", "newsrel.json");
        assertEquals(List.of("hdfs:///news/a.jsonl", "s3a://news/2024/"), args.inputs());
        assertEquals("s3a://out/x", args.output());
        assertEquals(List.of("output.tokens=true"), args.settings());
        assertEquals(40, args.partitions());
        assertEquals("local[2]", args.master());
        assertEquals("newsrel.json", args.config());
    }

    @Test
    void defaultsAndMistakes() {
        JobArguments args = JobArguments.parse("in", "-o", "out");
        assertEquals(0, args.partitions());
        assertNull(args.master());
        assertFalse(args.overwrite());
        assertTrue(JobArguments.parse("in", "--overwrite", "-o", "out").overwrite());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobArguments.parse("in"))
                .getMessage().startsWith("no --output given"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobArguments.parse("-o", "out"))
                .getMessage().startsWith("no input given"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobArguments.parse("in", "-o", "out", "--threads", "2"))
                .getMessage().startsWith("unknown option --threads"));
        assertEquals("--partitions needs a number: many", assertThrows(IllegalArgumentException.class,
                () -> JobArguments.parse("in", "-o", "out", "--partitions", "many")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse("in", "-o"));
    }

    @Test
    void aSettingIsKeyEqualsValueAndAnUnknownKeyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new PipelineSpec(null, null, List.of("output.tokens")));
        PipelineSpec spec = new PipelineSpec("{\"output\": {\"text\": false}}", "test config", List.of("output.tokens=true"));
        assertTrue(spec.config().output().tokens());
        assertEquals(false, spec.config().output().text());
        assertTrue(assertThrows(ConfigException.class, () -> new PipelineSpec("{\"output\": ", "configuration file x.json",
                List.of()).config()).getMessage().startsWith("configuration file x.json, line 1, column 12: the text ends before the JSON is complete"));
        assertEquals("unknown configuration key: output.colour", assertThrows(ConfigException.class,
                () -> new PipelineSpec(null, null, List.of("output.colour=red")).config()).getMessage());
    }
}
