package io.newsrel.server;

import io.newsrel.ingest.InputItem;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to an NDJSON request: one line per record, in the records' order, each written as
 * soon as it and those before it are done. At most {@code window} documents of the request are
 * with the workers at once. A record that cannot be read, or a document that fails, is an
 * {@link ApiError} line in its place (with its {@code line}); the stream goes on.
 */
final class NdjsonStream {

    private static final Logger LOG = LoggerFactory.getLogger(NdjsonStream.class);

    private final WorkerPool.Slot slot;
    private final List<DocumentRequests.Line> lines;
    private final int window;
    private final Response response;
    private final Callback callback;

    NdjsonStream(WorkerPool.Slot slot, List<DocumentRequests.Line> lines, int window, Response response,
                 Callback callback) {
        this.slot = slot;
        this.lines = lines;
        this.window = window;
        this.response = response;
        this.callback = callback;
    }

    /** Runs on a thread that may block, until the last line is written or the client is gone. */
    void run() {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Replies.NDJSON);
        Deque<CompletableFuture<byte[]>> inFlight = new ArrayDeque<>();
        try (slot) {
            for (DocumentRequests.Line line : lines) {
                while (inFlight.size() >= window) {
                    write(inFlight.poll().join(), false);
                }
                inFlight.add(answer(line));
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll().join(), false);
            }
            write(new byte[0], true);
            callback.succeeded();
        } catch (Exception e) {
            // the client went away (or the server is being stopped hard): nothing more can be sent
            LOG.debug("NDJSON answer broken off: {}", e.toString());
            callback.failed(e);
        }
    }

    private CompletableFuture<byte[]> answer(DocumentRequests.Line line) {
        if (line.item() instanceof InputItem.Unreadable bad) {
            return CompletableFuture.completedFuture(ExtractEndpoint.unreadable(bad).atLine(line.number()).toBytes());
        }
        InputItem.Document document = (InputItem.Document) line.item();
        return slot.submit(document.document(), document.origin()).thenApply(answer -> bytes(answer, line.number()));
    }

    private static byte[] bytes(Answer answer, int lineNumber) {
        if (answer instanceof Answer.Document document) {
            return document.json();
        }
        return ((Answer.Problem) answer).error().atLine(lineNumber).toBytes();
    }

    private void write(byte[] bytes, boolean last) throws Exception {
        FutureCallback written = new FutureCallback();
        response.write(last, ByteBuffer.wrap(bytes), written);
        written.get();
    }
}
