package io.newsrel.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself (a request it cannot parse, headers too large, a body over the
 * size limit, an exception escaping a handler, a request arriving while the server shuts down)
 * in the API's JSON error
 * shape: the status and its reason phrase only, never an exception's message or stack.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final ServerSettings settings;

    JsonErrorHandler(ServerSettings settings) {
        this.settings = settings;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        byte[] body = error(code).toBytes();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Replies.JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.getHeaders().put(ApiHandler.NO_SNIFF);
        if (code == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, settings.retryAfterSeconds());
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** For requests so broken that no handler sees them (bad request line, headers too large). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Replies.JSON));
        fields.put(ApiHandler.NO_SNIFF);
        return ByteBuffer.wrap(error(status).toBytes());
    }

    private ApiError error(int code) {
        if (code == 413) {
            // raised by the SizeLimitHandler in front of the API
            return ApiError.of(413, "body_too_large", "the body is over the server's limit of "
                    + settings.maxBodyBytes() + " bytes (newsrel serve --max-body-bytes)");
        }
        int status = code >= 400 && code <= 599 ? code : 500;
        String phrase = HttpStatus.getMessage(status);
        return ApiError.forStatus(status, phrase == null ? "Error" : phrase);
    }
}
