package io.newsrel.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import edu.stanford.nlp.util.EditDistance;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration errors in newsrel's words: which key, what it must be, what it was, and where it
 * was set, instead of the JSON library's messages ("Cannot deserialize value of type
 * `boolean`...", "Source: REDACTED").
 */
final class ConfigErrors {

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.+?)'");

    private ConfigErrors() {
    }

    /** Why JSON text could not be parsed: "expected a quoted key, found '}' (a comma too many?)". */
    static String syntax(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(message);
        if (message.contains("was expecting double-quote to start field name") && unexpected.find()) {
            return "expected a key in double quotes, found '" + unexpected.group(1) + "' (a comma too many?)";
        }
        if (message.contains("was expecting comma to separate") && unexpected.find()) {
            return "expected ',' between values, found '" + unexpected.group(1) + "'";
        }
        if (message.contains("Unexpected end-of-input")) {
            return "the text ends before the JSON is complete (a missing '}' or ']'?)";
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a JSON value (text needs double quotes)";
        }
        if (unexpected.find()) {
            return "unexpected '" + unexpected.group(1) + "'";
        }
        return "not valid JSON (" + message.lines().findFirst().orElse("") + ")";
    }

    /** "output.tokens must be true or false, not \"maybe\"", for a value of the wrong type. */
    static String wrongType(JsonPointer pointer, JsonMappingException e, JsonNode value) {
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null && e.getCause() instanceof InputCoercionException c) {
            target = c.getTargetType();
        }
        String given = value == null || value.isMissingNode() ? "missing" : value.toString();
        return ConfigSources.dotted(pointer) + " must be " + expected(target) + ", not " + given;
    }

    /** What a value of a type looks like, in words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number up to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a text in double quotes";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list such as [\"a\", \"b\"]";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object such as {\"key\": \"value\"}";
        }
        return "an object with the keys of the defaults";
    }

    /** The key closest to a mistyped one, if one is close enough to be what was meant. */
    static Optional<String> closest(String key, List<String> known) {
        EditDistance distance = new EditDistance();
        return known.stream()
                .min(Comparator.comparingDouble(k -> distance.score(k, key)))
                .filter(k -> distance.score(k, key) <= Math.max(2, key.length() / 4));
    }

    /** " (did you mean output.tokens?)" or nothing. */
    static String didYouMean(String key, List<String> known) {
        return closest(key, known).map(k -> " (did you mean " + k + "?)").orElse("");
    }
}
