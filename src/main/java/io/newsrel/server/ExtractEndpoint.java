package io.newsrel.server;

import io.newsrel.ingest.InputItem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/extract}: one document as JSON or as plain text, answered with its
 * {@code newsrel-document/1} JSON; or many as NDJSON, answered line by line in their order.
 * The body is read whole (it is at most {@code maxBodyBytes}) before anything else is decided;
 * a single document's request is then answered asynchronously, holding no HTTP thread while it
 * waits for a worker.
 */
final class ExtractEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractEndpoint.class);

    /** The body types accepted. */
    enum Kind {
        JSON, NDJSON, TEXT;

        static Optional<Kind> of(String contentType) {
            if (contentType == null) {
                return Optional.empty();
            }
            return switch (MimeTypes.getBase(contentType).toLowerCase(Locale.ROOT)) {
                case "application/json" -> Optional.of(JSON);
                case "application/x-ndjson" -> Optional.of(NDJSON);
                case "text/plain" -> Optional.of(TEXT);
                default -> Optional.empty();
            };
        }
    }

    private final ServerSettings settings;
    private final WorkerPool pool;
    private final Supplier<DocumentRequests> requests;
    private final Executor streams;
    private final Replies replies;

    /**
     * @param requests the body reader, null until the pipeline is loaded
     * @param streams  threads for NDJSON answers, which write as documents finish
     */
    ExtractEndpoint(ServerSettings settings, WorkerPool pool, Supplier<DocumentRequests> requests,
                    Executor streams, Replies replies) {
        this.settings = settings;
        this.pool = pool;
        this.requests = requests;
        this.streams = streams;
        this.replies = replies;
    }

    void handle(Request request, Response response, Callback callback) {
        DocumentRequests reader = requests.get();
        if (reader == null) {
            replies.refuse(request, response, callback, ApiError.of(503, "not_ready", "the pipeline is still loading"));
            return;
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        Optional<Kind> kind = Kind.of(contentType);
        if (kind.isEmpty() || !isUtf8(request)) {
            replies.refuse(request, response, callback, ApiError.of(415, "unsupported_media_type",
                    "Content-Type must be application/json, application/x-ndjson or text/plain, in UTF-8; got "
                            + (contentType == null ? "none" : contentType)));
            return;
        }
        // the body's size is limited by Jetty's SizeLimitHandler in front (413 by JsonErrorHandler)
        Content.Source.asByteArrayAsync(request, (int) settings.maxBodyBytes(), Promise.Invocable.from(
                Invocable.InvocationType.BLOCKING,
                body -> dispatch(kind.get(), body, request, reader, response, callback),
                failure -> {
                    // over the size limit (Jetty's HttpException 413) or the client went away
                    LOG.debug("request body not read: {}", failure.toString());
                    callback.failed(failure);
                }));
    }

    /** Runs in a callback of Jetty's: whatever happens, the request is answered. */
    private void dispatch(Kind kind, byte[] body, Request request, DocumentRequests reader, Response response,
                          Callback callback) {
        try {
            switch (kind) {
                case JSON -> single(reader.json(body), response, callback);
                case TEXT -> text(body, request, reader, response, callback);
                case NDJSON -> stream(reader.ndjson(body), response, callback);
            }
        } catch (RuntimeException e) {
            LOG.error("request could not be handled", e);
            replies.error(response, callback, ApiError.of(500, "internal_error", "the request could not be handled"));
        }
    }

    private void text(byte[] body, Request request, DocumentRequests reader, Response response, Callback callback) {
        Fields query;
        try {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            replies.error(response, callback, ApiError.badRequest("unreadable query string: " + e.getMessage(), null));
            return;
        }
        single(reader.text(body, query::getValue), response, callback);
    }

    private void single(InputItem item, Response response, Callback callback) {
        if (item instanceof InputItem.Unreadable bad) {
            replies.error(response, callback, unreadable(bad));
            return;
        }
        InputItem.Document document = (InputItem.Document) item;
        Optional<WorkerPool.Slot> admitted = pool.tryAdmit();
        if (admitted.isEmpty()) {
            replies.error(response, callback, overloaded());
            return;
        }
        WorkerPool.Slot slot = admitted.get();
        slot.submit(document.document(), document.origin()).whenComplete((answer, failure) -> {
            slot.close();
            if (failure != null) {
                LOG.error("document {} could not be processed", document.document().id(), failure);
                replies.error(response, callback, ApiError.of(500, "internal_error", "the document could not be processed"));
            } else {
                replies.answer(response, callback, answer);
            }
        });
    }

    private void stream(List<DocumentRequests.Line> lines, Response response, Callback callback) {
        if (lines.isEmpty()) {
            replies.error(response, callback, ApiError.badRequest("no JSON record in the NDJSON body", null));
            return;
        }
        Optional<WorkerPool.Slot> admitted = pool.tryAdmit();
        if (admitted.isEmpty()) {
            replies.error(response, callback, overloaded());
            return;
        }
        NdjsonStream stream = new NdjsonStream(admitted.get(), lines, settings.threads(), response, callback);
        streams.execute(stream::run);
    }

    static ApiError unreadable(InputItem.Unreadable bad) {
        return new ApiError("bad_request", 400, bad.reason(), bad.field(), bad.id(), null);
    }

    private ApiError overloaded() {
        return ApiError.of(503, "overloaded", "all " + settings.threads() + " workers are busy and "
                + settings.queue() + " requests wait; retry after " + settings.retryAfterSeconds() + " s");
    }

    private static boolean isUtf8(Request request) {
        try {
            Charset charset = Request.getCharset(request);
            return charset == null || charset.equals(StandardCharsets.UTF_8);
        } catch (RuntimeException unknownCharset) {
            return false;
        }
    }
}
