package io.newsrel.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The keys of a configuration tree: dotted names, pointers, which ones a layer changed. */
final class ConfigKeys {

    private ConfigKeys() {
    }

    /** Maps whose keys are the user's own (CoreNLP properties), not configuration keys. */
    static boolean isFreeMap(String key) {
        return key.equals("corenlp.properties");
    }

    /** Every key of a tree, dotted ({@code output.tokens}); a list or a free map is one key. */
    static List<String> all(JsonNode tree) {
        List<String> keys = new ArrayList<>();
        collect(tree, "", keys);
        return keys;
    }

    private static void collect(JsonNode node, String prefix, List<String> keys) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = prefix + field.getKey();
            if (field.getValue().isObject() && !isFreeMap(key)) {
                collect(field.getValue(), key + ".", keys);
            } else {
                keys.add(key);
            }
        }
    }

    /**
     * Adds to {@code out} where {@code now} differs from {@code before}: each changed value, list
     * element or free-map entry.
     */
    static void changed(JsonNode before, JsonNode now, JsonPointer at, List<JsonPointer> out) {
        if (now.isObject() && !isFreeMap(ConfigSources.dotted(at))) {
            for (Map.Entry<String, JsonNode> field : now.properties()) {
                changed(before == null ? null : before.get(field.getKey()), field.getValue(),
                        at.appendProperty(field.getKey()), out);
            }
        } else if (now.isArray()) {
            for (int i = 0; i < now.size(); i++) {
                if (before == null || !now.get(i).equals(before.get(i))) {
                    out.add(at.appendIndex(i));
                }
            }
        } else if (now.isObject()) {
            for (Map.Entry<String, JsonNode> entry : now.properties()) {
                if (before == null || !entry.getValue().equals(before.get(entry.getKey()))) {
                    out.add(at.appendProperty(entry.getKey()));
                }
            }
        } else if (!now.equals(before)) {
            out.add(at);
        }
    }

    /** "output.tokens" → "/output/tokens". */
    static JsonPointer pointer(String dottedKey) {
        JsonPointer pointer = JsonPointer.empty();
        for (String part : dottedKey.split("\\.")) {
            pointer = pointer.appendProperty(part);
        }
        return pointer;
    }

    /** The pointer of the value a mapping error is about. */
    static JsonPointer pointer(List<JsonMappingException.Reference> path) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference ref : path) {
            pointer = ref.getFieldName() != null ? pointer.appendProperty(ref.getFieldName()) : pointer.appendIndex(ref.getIndex());
        }
        return pointer;
    }
}
