package io.newsrel.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.ExtractionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** documents.jsonl read back gives the results it was written from. */
class DocumentsFileTest {

    @Test
    void aWrittenLineReadsBackToTheSameLine() throws IOException {
        PipelineConfig.Output settings = TestPipeline.get().config().output();
        ExtractionResult seed = TestPipeline.get().process(Corpus.seed());
        String line = Json.line(DocumentJson.of(seed, settings));
        assertEquals(line, Json.line(DocumentJson.of(DocumentsFile.parse(line), settings)));
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndReadingGoesOn(@TempDir Path dir) throws IOException {
        PipelineConfig.Output settings = TestPipeline.get().config().output();
        String good = Json.line(DocumentJson.of(TestPipeline.get().process(Corpus.seed()), settings));
        Path file = dir.resolve("documents.jsonl");
        Files.writeString(file, good + "\n{\"schema\": \"other/9\", \"id\": \"x\"}\n\n{broken\n" + good + "\n");
        List<String> bad = new ArrayList<>();
        List<ExtractionResult> read = new ArrayList<>();
        try (DocumentsFile.Reader reader = DocumentsFile.open(file, (where, why) -> bad.add(where + " " + why))) {
            reader.forEachRemaining(read::add);
        }
        assertEquals(2, read.size());
        assertEquals(2, bad.size(), bad.toString());
        assertTrue(bad.get(0).startsWith(file + ":2 schema is other/9"), bad.get(0));
        assertTrue(bad.get(1).startsWith(file + ":4 "), bad.get(1));
    }
}
