package io.newsrel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.Corpus;
import io.newsrel.TestPipeline;
import io.newsrel.config.PipelineConfig;
import io.newsrel.ingest.InputItem;
import io.newsrel.ingest.InputResolver;
import io.newsrel.model.NewsDocument;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short load test of the default suite: 4 clients, a bounded number of requests over the
 * corpus, the real pipeline. It asserts correctness, not speed: every request answered, each
 * answer the bytes extract writes for its document, each document once, no error.
 * ({@code newsrel loadtest} is the long one: 32 clients for 60 s.)
 */
class LoadTestTest {

    @Test
    void fourClientsGetEveryDocumentAnsweredOnceWithExtractsBytes(@TempDir Path work) throws Exception {
        List<NewsDocument> documents = corpus();
        LoadTest.Options options = new LoadTest.Options(4, 600, 12, 2, 8, 1, 1);
        LoadReport report = new LoadTest(TestPipeline.get(), options, System::nanoTime).run(documents, work);

        LoadReport.Server server = report.server();
        assertEquals(List.of(), report.errorSamples());
        assertEquals(0, server.errors());
        assertEquals(12, server.sent());
        assertEquals(12, server.answered(), "4 clients never fill 2 workers and a queue of 8: no 503");
        assertEquals(12, server.uniqueIds());
        assertEquals(0, server.overloaded());
        assertTrue(report.clean());
        assertEquals((long) documents.size(), report.extract().get(0).documents());
        assertTrue(server.p50Ms() <= server.p99Ms() && server.p99Ms() <= server.maxMs());
        assertTrue(report.toMarkdown().contains("| newsrel serve | 12 |"), report.toMarkdown());
    }

    @Test
    void anAnswerThatIsNotTheExpectedOneIsCountedAsAnError() throws Exception {
        try (NewsrelServer server = NewsrelServer.start(ServerSettings.defaults(1).withPort(0))) {
            server.ready((document, origin) -> new Answer.Document(
                    ("{\"id\":\"" + document.id() + "\"}\n").getBytes(StandardCharsets.UTF_8)), PipelineConfig.defaults().input());
            LoadClients.Result right = clients(server.uri(), "{\"id\":\"%s\"}\n");
            assertEquals(6, right.answered());
            assertEquals(0, right.errors());
            LoadClients.Result wrong = clients(server.uri(), "{\"id\":\"%s\",\"more\":1}\n");
            assertEquals(0, wrong.answered());
            assertEquals(6, wrong.errors());
        }
    }

    private static LoadClients.Result clients(URI server, String expectedFormat) throws InterruptedException {
        LoadClients.Target target = new LoadClients.Target() {
            @Override
            public byte[] body(String id) {
                return ("{\"id\":\"" + id + "\",\"text\":\"Poland\"}").getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public String expected(String id) {
                return String.format(expectedFormat, id);
            }

            @Override
            public int characters() {
                return 6;
            }

            @Override
            public String id() {
                return "p";
            }
        };
        return new LoadClients(server, List.of(target), System::nanoTime).run(2, Long.MAX_VALUE, 6);
    }

    private static List<NewsDocument> corpus() throws Exception {
        InputResolver resolver = InputResolver.standard(PipelineConfig.defaults());
        List<NewsDocument> documents = new ArrayList<>();
        InputResolver.RecordStream records = resolver.records(resolver.entries(List.of(Corpus.DIR)));
        while (records.hasNext()) {
            if (records.next() instanceof InputItem.Document document) {
                documents.add(document.document());
            }
        }
        return documents;
    }
}
