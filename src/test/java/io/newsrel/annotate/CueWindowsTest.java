package io.newsrel.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsrel.annotate.CueWindows.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueWindowsTest {

    private static List<String> words(String sentence) {
        return List.of(sentence.split(" "));
    }

    private static String text(List<String> words, Window window) {
        return String.join(" ", words.subList(window.start(), window.end()));
    }

    @Test
    void aSentenceWithoutACueHasNoWindow() {
        assertEquals(List.of(), CueWindows.around(words("The ministry said it would buy 36 howitzers ."), 8));
    }

    @Test
    void aWindowReachesTheRadiusOnEachSideAndStopsAtTheSentenceEnds() {
        List<String> words = words("a b c d e f g h i j 1987 k l m n o p q r s t");
        assertEquals(List.of(new Window(7, 14)), CueWindows.around(words, 3));
        assertEquals(List.of(new Window(0, 21)), CueWindows.around(words, 12));
        assertEquals(List.of(new Window(10, 11)), CueWindows.around(words, 0));
    }

    @Test
    void overlappingAndTouchingWindowsAreMerged() {
        List<String> words = words("a b March c d e f g h June i j k l m n o p q r s t u v w x y z 2024 end");
        // March at 2, June at 9: windows 0..6 and 6..13 touch; 2024 at 28: 25..30 (the end) stands apart.
        assertEquals(List.of(new Window(0, 13), new Window(25, 30)), CueWindows.around(words, 3));
    }

    @Test
    void longDateExpressionsStayWholeAtTheShippedRadius() {
        for (String sentence : new String[] {
                "Profits rose sharply in the first quarter of 1987 , the company said on Tuesday .",
                "Deliveries are planned between March and June 2024 under the contract signed in Warsaw .",
                "The navy expects to order the frigates in fiscal 2025 , a spokesman said .",
                "The deal , worth $ 2 billion , was signed two weeks ago by the defence ministers ."}) {
            List<String> words = words(sentence);
            List<Window> windows = CueWindows.around(words, CueWindows.RADIUS);
            assertEquals(1, windows.size(), sentence);
            String read = text(words, windows.get(0));
            for (String expression : new String[] {"the first quarter of 1987", "between March and June 2024",
                    "in fiscal 2025", "two weeks ago"}) {
                if (sentence.contains(expression)) {
                    assertEquals(true, read.contains(expression), read);
                }
            }
        }
    }

    @Test
    void aFarCueGetsAWindowOfItsOwn() {
        List<String> words = words("On Monday the minister said that the government , after long talks with several "
                + "foreign suppliers and its own industry , would buy the tanks by 2030 .");
        List<Window> windows = CueWindows.around(words, CueWindows.RADIUS);
        assertEquals(2, windows.size());
        assertEquals("On Monday the minister said that the government , after", text(words, windows.get(0)));
        assertEquals(true, text(words, windows.get(1)).endsWith("tanks by 2030 ."));
    }

    @Test
    void aNegativeRadiusIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CueWindows.around(words("in 1987"), -1));
    }
}
