package io.newsrel.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Sends whole answers: a body with its type, or an {@link ApiError} as JSON. */
final class Replies {

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";

    private final int retryAfterSeconds;

    Replies(int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The error as JSON; a 503 also says when to come back ({@code Retry-After}). */
    void error(Response response, Callback callback, ApiError error) {
        if (error.status() == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfterSeconds);
        }
        send(response, callback, error.status(), JSON, error.toBytes());
    }

    /**
     * The error, answered without reading the request's body. A body that may still be arriving
     * cannot be skipped on a connection that stays open, so Jetty closes the connection after such an
     * answer; saying so ({@code Connection: close}) keeps a client from sending its next request on a
     * connection that is about to close (one did, and got no answer at all).
     */
    void refuse(Request request, Response response, Callback callback, ApiError error) {
        if (request.getLength() != 0) { // a declared length or a chunked body (-1)
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        error(response, callback, error);
    }

    void answer(Response response, Callback callback, Answer answer) {
        if (answer instanceof Answer.Document document) {
            send(response, callback, 200, JSON, document.json());
        } else {
            error(response, callback, ((Answer.Problem) answer).error());
        }
    }
}
