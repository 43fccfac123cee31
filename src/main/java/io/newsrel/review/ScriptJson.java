package io.newsrel.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsrel.output.Json;
import java.io.UncheckedIOException;

/**
 * JSON that is safe inside an HTML {@code <script>} element and in a {@code .js} file: besides
 * JSON's own escapes, {@code <}, {@code >} and {@code &} become {@code \u003c}, {@code \u003e},
 * {@code \u0026}, so article text can never close the element ({@code </script>}) or open a
 * comment ({@code <!--}); U+2028 and U+2029, line ends for older JavaScript, are escaped too.
 */
public final class ScriptJson {

    private static final ObjectMapper MAPPER = Json.MAPPER.copy();

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private ScriptJson() {
    }

    /** The value as one line of HTML-safe JSON. */
    public static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] asciiEscapes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            asciiEscapes['<'] = ESCAPE_STANDARD;
            asciiEscapes['>'] = ESCAPE_STANDARD;
            asciiEscapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
