package io.newsrel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newsrel.CorpusOutput;
import io.newsrel.TestPipeline;
import io.newsrel.model.Attribute;
import io.newsrel.model.EntityType;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import io.newsrel.output.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * facts.jsonl, errors.jsonl and summary.json of real runs validate against the schemas shipped
 * beside the document schema; the schemas reject what they do not describe and name every role,
 * attribute, type and status the code has.
 */
class OutputSchemasTest {

    @TempDir
    Path dir;

    static JsonSchema schema(String name) throws IOException {
        try (InputStream in = OutputSchemasTest.class.getResourceAsStream("/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(Json.MAPPER.readTree(line));
        }
        return lines;
    }

    private static void assertValid(JsonSchema schema, JsonNode node) {
        Set<ValidationMessage> errors = schema.validate(node);
        assertTrue(errors.isEmpty(), errors + " in " + node);
    }

    @Test
    void factsOfARealRunAreValid() throws IOException {
        JsonSchema schema = schema("newsrel-facts.schema.json");
        List<JsonNode> facts = lines(CorpusOutput.dir().resolve(ExtractJob.FACTS));
        assertTrue(facts.size() > 10, "too few facts to prove anything: " + facts.size());
        facts.forEach(f -> assertValid(schema, f));
        Set<String> types = facts.stream().map(f -> f.get("type").asText()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Arrays.stream(RelationType.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)), types,
                "the corpus states facts of every type");
        assertTrue(facts.stream().anyMatch(f -> f.path("attributes").has(Attribute.VALUE.jsonName())), "a fact with money");
    }

    @Test
    void theFactsSchemaRejectsWhatItDoesNotDescribe() throws IOException {
        JsonSchema schema = schema("newsrel-facts.schema.json");
        JsonNode fact = lines(CorpusOutput.dir().resolve(ExtractJob.FACTS)).stream()
                .filter(f -> f.path("attributes").has(Attribute.VALUE.jsonName())).findFirst().orElseThrow();

        ObjectNode moneyAsJson = fact.deepCopy();
        ((ObjectNode) moneyAsJson.get("attributes")).putObject(Attribute.VALUE.jsonName())
                .put("{\"amount\":5,\"currency\":\"USD\"}", 1);
        assertFalse(schema.validate(moneyAsJson).isEmpty(), "money is 'amount CURRENCY'");

        ObjectNode unknownAttribute = fact.deepCopy();
        ((ObjectNode) unknownAttribute.get("attributes")).putObject("colour").put("red", 1);
        assertFalse(schema.validate(unknownAttribute).isEmpty());

        ObjectNode unknownRole = fact.deepCopy();
        ((ObjectNode) unknownRole.get("arguments")).putArray("buyer").addObject().put("name", "X").put("mentions", 1);
        assertFalse(schema.validate(unknownRole).isEmpty());

        ObjectNode noDocuments = fact.deepCopy();
        noDocuments.putArray("documents");
        assertFalse(schema.validate(noDocuments).isEmpty());
    }

    @Test
    void theFactsSchemaNamesEveryTypeRoleAttributeAndStatus() throws IOException {
        JsonNode schema = Json.MAPPER.readTree(getClass().getResourceAsStream("/schema/newsrel-facts.schema.json"));
        assertEquals(names(Arrays.stream(RelationType.values()).map(Enum::name).toList()),
                names(schema.at("/properties/type/enum")));
        assertEquals(names(Arrays.stream(Role.values()).map(Role::jsonName).toList()),
                names(schema.at("/properties/arguments/propertyNames/enum")));
        List<String> attributes = new ArrayList<>();
        schema.at("/properties/attributes/properties").fieldNames().forEachRemaining(attributes::add);
        assertEquals(names(Attribute.values().stream().map(Attribute::jsonName).toList()), names(attributes));
        assertEquals(names(Arrays.stream(Status.values()).map(Enum::name).toList()),
                names(schema.at("/$defs/countsOfStatuses/propertyNames/enum")));
    }

    @Test
    void errorsAndSummaryOfARunWithBadRecordsAreValid() throws IOException {
        Path input = dir.resolve("bad.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"ok\", \"text\": \"Poland ordered 180 K2 tanks from South Korea in 2022.\"}",
                "{not json",
                "{\"id\": \"no-text\"}",
                "{\"id\": \"ok\", \"text\": \"A duplicate id.\"}", ""));
        Path out = dir.resolve("out");
        new ExtractJob(TestPipeline.get(), 1, ProgressListener.NONE).run(List.of(input), out, 0);

        JsonSchema errorsSchema = schema("newsrel-errors.schema.json");
        List<JsonNode> errors = lines(out.resolve(ExtractJob.ERRORS));
        assertEquals(3, errors.size(), errors.toString());
        errors.forEach(e -> assertValid(errorsSchema, e));
        ObjectNode noReason = errors.get(0).deepCopy();
        noReason.remove("reason");
        assertFalse(errorsSchema.validate(noReason).isEmpty());

        JsonSchema summarySchema = schema("newsrel-summary.schema.json");
        for (Path run : List.of(out, CorpusOutput.dir())) {
            assertValid(summarySchema, Json.MAPPER.readTree(run.resolve(ExtractJob.SUMMARY).toFile()));
        }
        ObjectNode summary = (ObjectNode) Json.MAPPER.readTree(out.resolve(ExtractJob.SUMMARY).toFile());
        assertEquals(3, summary.get("failed").asInt());
        summary.put("documents", -1);
        assertFalse(summarySchema.validate(summary).isEmpty());
        JsonNode entityTypes = Json.MAPPER.readTree(getClass().getResourceAsStream("/schema/newsrel-summary.schema.json"))
                .at("/properties/entitiesByType/propertyNames/enum");
        assertEquals(names(Arrays.stream(EntityType.values()).map(Enum::name).toList()), names(entityTypes));
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.asText()));
        assertFalse(names.isEmpty(), "no names in the schema at this place");
        return names;
    }

    private static Set<String> names(List<String> list) {
        return new TreeSet<>(list);
    }
}
