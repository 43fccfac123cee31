package io.newsrel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a new user reads first, and links that lead somewhere in a clone of the repository. */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    @Test
    void theFirstScreenGivesTheDownloadSizeTheMavenCoordinatesAndTheSpec() throws IOException {
        String firstScreen = String.join("\n", Files.readAllLines(README).stream().limit(24).toList());
        assertTrue(firstScreen.matches("(?s).*downloads about \\d+ MB of dependencies.*"), firstScreen);
        assertTrue(firstScreen.contains("io.newsrel:newsrel:0.1.0-SNAPSHOT") && firstScreen.contains("mvn -B install"),
                firstScreen);
        assertTrue(firstScreen.contains("[`docs/extraction-spec.md`](docs/extraction-spec.md)"), firstScreen);
    }

    @Test
    void everyRelativeLinkLeadsToAFileOfTheRepository() throws IOException {
        for (Path doc : List.of(README, Path.of("docs/extraction-spec.md"))) {
            String text = Files.readString(doc);
            assertFalse(text.contains("../shared/SPEC-gold.md"), doc + " links a file users do not have");
            Matcher link = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)").matcher(text);
            while (link.find()) {
                Path target = doc.resolveSibling(link.group(1)).normalize();
                assertTrue(Files.exists(target), doc + " links " + link.group(1) + ", which does not exist");
            }
        }
    }
}
