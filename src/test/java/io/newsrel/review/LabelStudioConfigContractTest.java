package io.newsrel.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.CorpusOutput;
import io.newsrel.model.ExtractionResult;
import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Every exported task satisfies the labelling config it ships with, as Label Studio checks on
 * import: each {@code $variable} of the config is a field of every task's data, and every
 * prediction names a control of the config and only labels that control declares.
 */
class LabelStudioConfigContractTest {

    @TempDir
    Path dir;

    /** The config as Label Studio reads it: variables, controls with their labels, relation labels. */
    private record Config(Set<String> variables, Map<String, Set<String>> labels, Set<String> textAreas,
                          Set<String> texts, Set<String> relations) {

        static Config read(Path file) throws Exception {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            Set<String> variables = new HashSet<>();
            NodeList all = xml.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                NamedNodeMap attributes = all.item(i).getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    String value = attributes.item(a).getNodeValue();
                    if (value.startsWith("$")) {
                        variables.add(value.substring(1));
                    }
                }
            }
            Map<String, Set<String>> labels = new HashMap<>();
            NodeList labelControls = xml.getElementsByTagName("Labels");
            for (int i = 0; i < labelControls.getLength(); i++) {
                Element control = (Element) labelControls.item(i);
                labels.put(control.getAttribute("name"), values(control.getElementsByTagName("Label")));
            }
            return new Config(variables, labels, names(xml.getElementsByTagName("TextArea")),
                    names(xml.getElementsByTagName("Text")), values(xml.getElementsByTagName("Relation")));
        }

        private static Set<String> names(NodeList elements) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < elements.getLength(); i++) {
                names.add(((Element) elements.item(i)).getAttribute("name"));
            }
            return names;
        }

        private static Set<String> values(NodeList elements) {
            Set<String> values = new HashSet<>();
            for (int i = 0; i < elements.getLength(); i++) {
                values.add(((Element) elements.item(i)).getAttribute("value"));
            }
            return values;
        }
    }

    @Test
    void everyTaskSatisfiesTheConfigItShipsWith() throws Exception {
        List<ExtractionResult> results = CorpusOutput.results();
        assertTrue(results.stream().anyMatch(r -> r.document().title() == null), "a document without a title (.txt)");
        new LabelStudioExporter().write(results.iterator(), dir);
        Config config = Config.read(dir.resolve(LabelStudioExporter.CONFIG));
        JsonNode tasks = Json.MAPPER.readTree(dir.resolve(LabelStudioExporter.TASKS).toFile());
        assertEquals(results.size(), tasks.size());

        List<String> problems = new ArrayList<>();
        for (JsonNode task : tasks) {
            String id = task.path("data").path("newsrelId").asText();
            for (String variable : config.variables()) {
                if (!task.path("data").path(variable).isTextual()) {
                    problems.add(id + ": data has no $" + variable);
                }
            }
            for (JsonNode result : task.path("predictions").get(0).path("result")) {
                check(config, result, id, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Config config, JsonNode result, String id, List<String> problems) {
        String type = result.path("type").asText();
        String from = result.path("from_name").asText();
        switch (type) {
            case "labels" -> {
                Set<String> declared = config.labels().get(from);
                if (declared == null) {
                    problems.add(id + ": no Labels control " + from);
                } else {
                    result.path("value").path("labels").forEach(l -> {
                        if (!declared.contains(l.asText())) {
                            problems.add(id + ": " + from + " has no label " + l.asText());
                        }
                    });
                }
            }
            case "textarea" -> {
                if (!config.textAreas().contains(from)) {
                    problems.add(id + ": no TextArea " + from);
                }
            }
            case "relation" -> result.path("labels").forEach(l -> {
                if (!config.relations().contains(l.asText())) {
                    problems.add(id + ": no Relation " + l.asText());
                }
            });
            default -> problems.add(id + ": result of unknown type " + type);
        }
        if (!type.equals("relation") && !config.texts().contains(result.path("to_name").asText())) {
            problems.add(id + ": no Text " + result.path("to_name").asText());
        }
    }
}
