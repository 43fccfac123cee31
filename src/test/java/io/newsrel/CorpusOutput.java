package io.newsrel;

import io.newsrel.batch.ExtractJob;
import io.newsrel.batch.ProgressListener;
import io.newsrel.model.ExtractionResult;
import io.newsrel.output.DocumentsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The corpus run once through the real pipeline into a documents.jsonl, shared by the review tests. */
public final class CorpusOutput {

    private static Path dir;

    private CorpusOutput() {
    }

    /** An output folder of {@code newsrel extract} over corpus/. */
    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path tmp = Files.createTempDirectory("newsrel-review-test");
                new ExtractJob(TestPipeline.get(), 2, ProgressListener.NONE).run(List.of(Corpus.DIR), tmp, 0);
                tmp.toFile().deleteOnExit();
                dir = tmp;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    public static List<ExtractionResult> results() {
        List<ExtractionResult> results = new ArrayList<>();
        try (DocumentsFile.Reader reader = DocumentsFile.open(dir().resolve(ExtractJob.DOCUMENTS), (where, why) -> {
            throw new AssertionError(where + ": " + why);
        })) {
            reader.forEachRemaining(results::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }
}
