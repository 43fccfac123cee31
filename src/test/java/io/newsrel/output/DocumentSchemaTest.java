package io.newsrel.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.ExtractionResult;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real output validates against the shipped JSON Schema, and the schema does reject bad output. */
class DocumentSchemaTest {

    private static JsonSchema schema;
    private static ExtractionResult seed;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = DocumentSchemaTest.class.getResourceAsStream("/schema/newsrel-document.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        seed = TestPipeline.get().process(Corpus.seed());
    }

    private static JsonNode json(PipelineConfig.Output settings) throws Exception {
        return Json.MAPPER.readTree(Json.line(DocumentJson.of(seed, settings)));
    }

    @Test
    void realOutputIsValid() throws Exception {
        for (PipelineConfig.Output settings : new PipelineConfig.Output[] {
                new PipelineConfig.Output(false, true), new PipelineConfig.Output(true, false)}) {
            JsonNode node = json(settings);
            Set<ValidationMessage> errors = schema.validate(node);
            assertTrue(errors.isEmpty(), errors.toString());
            assertEquals(DocumentJson.SCHEMA, node.get("schema").asText());
            assertFalse(node.get("entities").isEmpty());
        }
    }

    @Test
    void theSchemaNamesEverySourceAnEntityCanHave() throws Exception {
        JsonNode source;
        try (InputStream in = DocumentSchemaTest.class.getResourceAsStream("/schema/newsrel-document.schema.json")) {
            source = Json.MAPPER.readTree(in).at("/$defs/entity/properties/source");
        }
        Set<String> listed = new java.util.TreeSet<>();
        source.path("enum").forEach(s -> listed.add(s.asText()));
        Set<String> written = new java.util.TreeSet<>(Set.of(io.newsrel.entities.GazetteerMentionFinder.SOURCE,
                io.newsrel.entities.PatternMentionFinder.SOURCE, io.newsrel.entities.ModelMentionFinder.SOURCE,
                io.newsrel.entities.NerMentionFinder.SOURCE, io.newsrel.entities.CountryWordFinder.SOURCE));
        assertEquals(written, listed);
        for (String name : written) {
            assertTrue(source.path("description").asText().contains(name), name);
        }
        // the corpus output has country words; every source it holds is a listed one
        io.newsrel.CorpusOutput.results().forEach(r -> r.entities().forEach(e -> assertTrue(listed.contains(e.source()),
                e.source())));
    }

    @Test
    void theSchemaRejectsWhatItDoesNotDescribe() throws Exception {
        ObjectNode unknownField = (ObjectNode) json(new PipelineConfig.Output(false, true));
        unknownField.put("surprise", 1);
        assertFalse(schema.validate(unknownField).isEmpty());

        ObjectNode badEntity = (ObjectNode) json(new PipelineConfig.Output(false, true));
        ((ObjectNode) badEntity.get("entities").get(0)).put("confidence", 1.5);
        assertFalse(schema.validate(badEntity).isEmpty());

        ObjectNode noId = (ObjectNode) json(new PipelineConfig.Output(false, true));
        noId.remove("id");
        assertFalse(schema.validate(noId).isEmpty());
    }
}
