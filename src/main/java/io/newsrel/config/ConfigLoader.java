package io.newsrel.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds a {@link PipelineConfig} in layers: shipped defaults, then a user file, then single
 * overrides ({@code corenlp.maxSentenceTokens=200}). Each layer may only name keys the defaults have,
 * so a typo is an error instead of a silently ignored setting.
 */
public final class ConfigLoader {

    static final String DEFAULTS_RESOURCE = "/newsrel/default-config.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final ObjectNode tree;

    private ConfigLoader(ObjectNode tree) {
        this.tree = tree;
    }

    /** A loader holding the shipped defaults. */
    public static ConfigLoader fromDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new ConfigException("default configuration " + DEFAULTS_RESOURCE + " missing from the jar");
            }
            return new ConfigLoader((ObjectNode) MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PipelineConfig defaults() {
        return fromDefaults().build();
    }

    /** Merges a JSON configuration file over what is there. */
    public ConfigLoader mergeFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file not found: " + file);
        }
        try {
            return mergeJson(Files.readString(file), "configuration file " + file);
        } catch (IOException e) {
            throw new ConfigException("configuration file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Merges a configuration given as JSON text (a file's content, shipped to where no file is,
     * such as a Spark executor) over what is there; {@code name} says where it came from in errors.
     */
    public ConfigLoader mergeJson(String json, String name) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new ConfigException(name + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ConfigException(name + " must hold a JSON object");
        }
        merge(tree, object, "");
        return this;
    }

    /** Sets one value by its dotted key; the value is parsed as JSON when it can be, else taken as a string. */
    public ConfigLoader set(String dottedKey, String value) {
        String[] path = dottedKey.split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = parent.get(path[i]);
            if (!(child instanceof ObjectNode object)) {
                throw new ConfigException("unknown configuration key: " + dottedKey);
            }
            parent = object;
        }
        String leaf = path[path.length - 1];
        if (!parent.has(leaf)) {
            throw new ConfigException("unknown configuration key: " + dottedKey);
        }
        parent.set(leaf, parseValue(value));
        return this;
    }

    /** Sets a whole value (list, map, number...) by its dotted key. */
    public ConfigLoader set(String dottedKey, Object value) {
        return set(dottedKey, toJson(value));
    }

    public PipelineConfig build() {
        try {
            return MAPPER.treeToValue(tree, PipelineConfig.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException("invalid configuration: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid configuration: " + e.getMessage(), e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode update, String prefix) {
        for (Map.Entry<String, JsonNode> field : update.properties()) {
            String key = prefix + field.getKey();
            JsonNode current = target.get(field.getKey());
            if (current == null) {
                throw new ConfigException("unknown configuration key: " + key);
            }
            if (current instanceof ObjectNode currentObject && field.getValue() instanceof ObjectNode updateObject
                    && !isFreeMap(key)) {
                merge(currentObject, updateObject, key + ".");
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    /** Maps whose keys are the user's own (CoreNLP properties), not configuration keys. */
    private static boolean isFreeMap(String key) {
        return key.equals("corenlp.properties");
    }

    private static JsonNode parseValue(String value) {
        try {
            return MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            return MAPPER.getNodeFactory().textNode(value);
        }
    }

    private static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ConfigException("cannot write " + value + " as JSON", e);
        }
    }
}
