package example;

import io.newsrel.Pipeline;
import io.newsrel.batch.ExtractJob;
import io.newsrel.batch.ProgressListener;
import io.newsrel.batch.RunSummary;
import io.newsrel.model.Attribute;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What an application embedding newsrel does: one pipeline shared by two threads, then a JSONL
 * batch through the library's batch runner. Prints one line per check; exits 1 when one fails.
 */
public final class Embed {

    private static final String SENTENCE = "In 2025, Morocco selected Israeli company Elbit Systems to supply 36"
            + " Atmos 2000 self propelled artillery systems, mounted on Tatra trucks.";

    public static void main(String[] args) throws Exception {
        Pipeline pipeline = Pipeline.builder().build();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<ExtractionResult>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = "doc-" + i;
            results.add(threads.submit(() -> pipeline.process(NewsDocument.of(id, SENTENCE))));
        }
        List<String> transfers = new ArrayList<>();
        for (Future<ExtractionResult> result : results) {
            for (Relation relation : result.get().relations()) {
                if (relation.type() == RelationType.ARMS_TRANSFER) {
                    transfers.add(relation.attrs().get(Attribute.RECIPIENT_COUNTRY).orElse("none"));
                }
            }
        }
        threads.shutdown();
        boolean processed = transfers.equals(List.of("MAR", "MAR"));
        System.out.println((processed ? "ok" : "FAILED") + ": Pipeline.process from two threads: ARMS_TRANSFER to "
                + transfers);

        Path jsonl = Files.createTempFile("embed", ".jsonl");
        Files.writeString(jsonl, "{\"id\": \"a\", \"text\": \"" + SENTENCE + "\"}\n");
        ByteArrayOutputStream documents = new ByteArrayOutputStream();
        RunSummary summary = new ExtractJob(pipeline, 1, ProgressListener.NONE).stream(List.of(jsonl),
                new PrintStream(documents, true, StandardCharsets.UTF_8), failure -> { }, 0);
        Files.delete(jsonl);
        boolean batch = summary.documents() == 1 && documents.toString(StandardCharsets.UTF_8).contains("\"ARMS_TRANSFER\"");
        System.out.println((batch ? "ok" : "FAILED") + ": a JSONL batch through ExtractJob: " + summary.documents()
                + " document");
        System.exit(processed && batch ? 0 : 1);
    }
}
