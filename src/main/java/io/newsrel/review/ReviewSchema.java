package io.newsrel.review;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsrel.model.Attributes;
import io.newsrel.model.RelationType;
import io.newsrel.output.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventions the Label Studio and brat exports share, written down once.
 *
 * <p>An n-ary relation is an <em>anchor</em>: a span over its (first) evidence sentence labelled
 * with the relation type, linked to one mention of each argument entity by a binary relation
 * (Label Studio) or event argument (brat) named after the role ({@code recipient},
 * {@code system}, ...). The mention linked is the entity's mention inside the evidence sentence,
 * else its first. The relation's attributes travel as one JSON object (brat keeps {@code status}
 * as a real attribute besides). Every mention of an entity carries its canonical form,
 * {@code "Morocco [MAR]"}: the canonical name and, in brackets, the knowledge-base id; mentions
 * with the same type and canonical form are one entity when read back.
 */
public final class ReviewSchema {

    /** The tool's name of whoever made the predictions. */
    public static final String MODEL_VERSION = "newsrel-" + version();

    private static final Pattern CANONICAL = Pattern.compile("(.*?)\\s*\\[([^\\[\\]]+)]\\s*");

    private ReviewSchema() {
    }

    public static boolean isRelationType(String label) {
        return java.util.Arrays.stream(RelationType.values()).anyMatch(t -> t.name().equals(label));
    }

    public static boolean isEntityType(String label) {
        return java.util.Arrays.stream(io.newsrel.model.EntityType.values()).anyMatch(t -> t.name().equals(label));
    }

    /** A canonical name with its knowledge-base id, if any: {@code Morocco [MAR]}. */
    public static String canonical(String name, String kbId) {
        return kbId == null ? name : name + " [" + kbId + "]";
    }

    /** A canonical form read back: name and kbId (null when absent). */
    public record Canonical(String name, String kbId) {
    }

    public static Canonical parseCanonical(String text) {
        Matcher m = CANONICAL.matcher(text.strip());
        return m.matches() ? new Canonical(m.group(1).isEmpty() ? m.group(2) : m.group(1), m.group(2))
                : new Canonical(text.strip(), null);
    }

    public static String attributes(Attributes attrs) {
        return Json.line(attrs.asMap());
    }

    /**
     * Attributes read back from their JSON; an analyst's broken JSON, an unknown attribute or a
     * value of the wrong type is an error naming the text.
     */
    public static Attributes parseAttributes(String json) throws IOException {
        if (json == null || json.isBlank()) {
            return Attributes.EMPTY;
        }
        try {
            return Attributes.fromJson(Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            }));
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("attributes are not a JSON object of relation attributes: " + json + " ("
                    + e.getMessage() + ")", e);
        }
    }

    private static String version() {
        String v = ReviewSchema.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
