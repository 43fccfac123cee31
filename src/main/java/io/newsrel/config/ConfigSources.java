package io.newsrel.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each configuration key was set: the file (or other JSON text) and the line and column of
 * the key in it, so that an error about a value can point at it. Keys set one by one
 * ({@code --set}) have no place; their errors name the key alone.
 */
final class ConfigSources {

    /** The place of a key set by key alone: none (its parent's place in a file is not its own). */
    private static final String BY_KEY = "";

    private final Map<JsonPointer, String> places = new HashMap<>();

    /**
     * Records where every key of {@code json} stands, as "NAME, line L, column C"; a later source
     * of the same key replaces an earlier one, as its value does.
     */
    void read(ObjectMapper mapper, String json, String name) {
        try (JsonParser parser = mapper.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || parser.getParsingContext().inArray()) {
                    JsonPointer pointer = parser.getParsingContext().pathAsPointer();
                    places.put(pointer, at(name, parser.currentTokenLocation()));
                }
            }
        } catch (IOException e) {
            // the text was parsed before: this cannot fail; without places, errors name the key only
        }
    }

    /** Forgets where a key came from: it was set again by key alone. */
    void setByKey(JsonPointer pointer) {
        places.keySet().removeIf(p -> p.toString().startsWith(pointer.toString()));
        places.put(pointer, BY_KEY);
    }

    /** "configuration file c.json, line 2, column 14", or null when the key was not set from JSON text. */
    String placeOf(JsonPointer pointer) {
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.head()) {
            String place = places.get(p);
            if (place != null) {
                return place.equals(BY_KEY) ? null : place;
            }
        }
        return null;
    }

    /** Where the keys named in a message were set, else null: for errors that name their key in words. */
    String placeOfKeyIn(String message) {
        String best = null;
        int longest = 0;
        for (Map.Entry<JsonPointer, String> entry : places.entrySet()) {
            if (entry.getValue().equals(BY_KEY)) {
                continue;
            }
            String key = dotted(entry.getKey());
            if (key.length() > longest && message.contains(key)) {
                best = entry.getValue();
                longest = key.length();
            }
        }
        return best;
    }

    static String at(String name, JsonLocation location) {
        return name + ", line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** "/entities/systemGazetteers/0" → "entities.systemGazetteers[0]". */
    static String dotted(JsonPointer pointer) {
        StringBuilder key = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement() && key.length() > 0) {
                key.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                key.append(key.length() > 0 ? "." : "").append(p.getMatchingProperty());
            }
        }
        return key.toString();
    }
}
