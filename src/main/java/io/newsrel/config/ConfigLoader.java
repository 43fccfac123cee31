package io.newsrel.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link PipelineConfig} in layers: shipped defaults, then a user file, then single
 * overrides ({@code corenlp.maxSentenceTokens=200}). Each layer may only name keys the defaults have,
 * so a typo is an error instead of a silently ignored setting, and each value must have the type of
 * the default it replaces (a whole number stays whole: {@code 0.5} is no time limit in
 * milliseconds). Errors name the key, and for keys set in a file the file, line and column.
 */
public final class ConfigLoader {

    static final String DEFAULTS_RESOURCE = "/newsrel/default-config.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private final ObjectNode defaults;
    private final ObjectNode tree;
    private final ConfigSources sources = new ConfigSources();

    private ConfigLoader(ObjectNode tree) {
        this.defaults = tree.deepCopy();
        this.tree = tree;
    }

    /**
     * A loader holding the shipped defaults.
     *
     * @return a loader to merge files and settings into
     */
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

    /**
     * Merges a JSON configuration file over what is there.
     *
     * @param file a JSON file holding an object with keys of the defaults
     * @return this loader
     * @throws ConfigException when the file is missing, is not JSON, or names an unknown key
     */
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
     * such as a Spark executor) over what is there.
     *
     * @param json the configuration as JSON text
     * @param name where it came from, for errors: "configuration file newsrel.json"
     * @return this loader
     * @throws ConfigException when the text is not JSON or names an unknown key
     */
    public ConfigLoader mergeJson(String json, String name) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? name : ConfigSources.at(name, e.getLocation());
            throw new ConfigException(where + ": " + ConfigErrors.syntax(e), e);
        } catch (IOException e) {
            throw new ConfigException(name + " cannot be read: " + e.getMessage(), e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ConfigException(name + " must hold a JSON object ({\"output\": {\"tokens\": true}}), not "
                    + (node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        ConfigSources places = new ConfigSources();
        places.read(MAPPER, json, name);
        merge(tree, object, "", places);
        sources.read(MAPPER, json, name);
        return this;
    }

    /**
     * Sets one value by its dotted key; the value is parsed as JSON when it can be, else taken as
     * a string.
     *
     * @param dottedKey a key of the defaults, {@code output.tokens}
     * @param value     the value as JSON ({@code true}, {@code 120}, {@code ["a.tsv"]}) or plain text
     * @return this loader
     * @throws ConfigException when the key is unknown (naming the closest known key)
     */
    public ConfigLoader set(String dottedKey, String value) {
        String[] path = dottedKey.split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = parent.get(path[i]);
            if (!(child instanceof ObjectNode object)) {
                throw unknownKey(dottedKey, null);
            }
            parent = object;
        }
        String leaf = path[path.length - 1];
        if (!parent.has(leaf)) {
            throw unknownKey(dottedKey, null);
        }
        parent.set(leaf, parseValue(value));
        sources.setByKey(ConfigKeys.pointer(dottedKey));
        return this;
    }

    /**
     * Sets a whole value (list, map, number...) by its dotted key.
     *
     * @param dottedKey a key of the defaults
     * @param value     a value Jackson writes as JSON
     * @return this loader
     */
    public ConfigLoader set(String dottedKey, Object value) {
        return set(dottedKey, toJson(value));
    }

    /**
     * The typed configuration.
     *
     * @return the defaults with every file and setting merged in
     * @throws ConfigException naming the key (and where it was set) of a value of the wrong type or out of range
     */
    public PipelineConfig build() {
        try {
            return MAPPER.treeToValue(tree, PipelineConfig.class);
        } catch (ValueInstantiationException e) {
            // a record refused a value; its message names the key ("limits.maxDocumentChars must be positive")
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new ConfigException(placed(sources.placeOfKeyIn(reason), reason), e);
        } catch (JsonMappingException e) {
            JsonPointer pointer = ConfigKeys.pointer(e.getPath());
            throw new ConfigException(placed(sources.placeOf(pointer),
                    ConfigErrors.wrongType(pointer, e, tree.at(pointer))), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException("invalid configuration: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(placed(sources.placeOfKeyIn(e.getMessage()), e.getMessage()), e);
        }
    }

    /**
     * Says which of the settings that differ from the defaults a failure to build a pipeline came
     * from, when one of their values is named in the failure's messages ("cannot read gazetteer
     * nope.tsv"): the defaults build, so such a failure is the configuration's.
     *
     * @param failure what building the pipeline threw
     * @return a configuration error naming the key, its value and the reason; empty when the
     *     configuration is the default one (then the failure is not the user's)
     */
    public Optional<ConfigException> blame(RuntimeException failure) {
        List<JsonPointer> changed = new ArrayList<>();
        ConfigKeys.changed(defaults, tree, JsonPointer.empty(), changed);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        String reason = reasons(failure);
        String culprit = null;
        for (JsonPointer pointer : changed) {
            JsonNode value = tree.at(pointer);
            if (value.isTextual() && !value.asText().isBlank() && reason.contains(value.asText())) {
                culprit = placed(sources.placeOf(pointer), ConfigSources.dotted(pointer) + " = " + value);
                break;
            }
        }
        if (culprit == null) {
            culprit = "the configuration (set: " + String.join(", ", changed.stream().map(ConfigSources::dotted).toList()) + ")";
        }
        return Optional.of(new ConfigException(culprit + " cannot be used: " + reason, failure));
    }


    private ConfigException unknownKey(String key, String place) {
        return new ConfigException(placed(place, "unknown configuration key: " + key
                + ConfigErrors.didYouMean(key, ConfigKeys.all(defaults))));
    }

    private static String placed(String place, String message) {
        return place == null ? message : place + ": " + message;
    }

    /** The messages of a failure and its causes, each once: "cannot read gazetteer x.tsv: NoSuchFileException: x.tsv". */
    private static String reasons(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < 4; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (parts.stream().noneMatch(p -> p.contains(message))) {
                parts.add(message.lines().findFirst().orElse(message));
            }
        }
        return String.join(": ", parts);
    }

    private static void merge(ObjectNode target, ObjectNode update, String prefix, ConfigSources places) {
        for (Map.Entry<String, JsonNode> field : update.properties()) {
            String key = prefix + field.getKey();
            JsonNode current = target.get(field.getKey());
            if (current == null) {
                throw new ConfigException(placed(places.placeOf(ConfigKeys.pointer(key)), "unknown configuration key: " + key
                        + ConfigErrors.didYouMean(key, knownKeysOf(target, prefix))));
            }
            if (current instanceof ObjectNode currentObject && field.getValue() instanceof ObjectNode updateObject
                    && !ConfigKeys.isFreeMap(key)) {
                merge(currentObject, updateObject, key + ".", places);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    /** The keys at one level of the tree, dotted: where a mistyped key in a file most likely belongs. */
    private static List<String> knownKeysOf(ObjectNode level, String prefix) {
        List<String> keys = new ArrayList<>();
        level.fieldNames().forEachRemaining(name -> keys.add(prefix + name));
        return keys;
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
