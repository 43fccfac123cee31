package io.newsrel.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsrel.output.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the Java side puts into the report's HTML and scripts cannot become markup. */
class EscapingTest {

    private static final String HOSTILE = "</script><!-- <img src=x onerror=alert(1)> & \"q\" 'a' \u2028\u2029 &amp;lt;";

    @Test
    void scriptJsonEscapesEverythingThatCouldEndOrOpenAnElement() throws Exception {
        String json = ScriptJson.of(Map.of("text", HOSTILE));
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertFalse(json.contains("\u2028") || json.contains("\u2029"), json);
        assertEquals("{\"text\":\"\\u003C/script\\u003E\\u003C!-- \\u003Cimg src=x onerror=alert(1)\\u003E \\u0026 "
                + "\\\"q\\\" 'a' \\u2028\\u2029 \\u0026amp;lt;\"}", json);
    }

    @Test
    void scriptJsonReadsBackToTheSameText() throws Exception {
        String json = ScriptJson.of(List.of(HOSTILE));
        assertEquals(List.of(HOSTILE), Json.MAPPER.readValue(json, List.class));
    }

    @Test
    void htmlEscapeLeavesNoMarkup() {
        assertEquals("&lt;/script&gt;&lt;!-- &lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39; "
                + "\u2028\u2029 &amp;amp;lt;", Html.escape(HOSTILE));
    }
}
