package io.newsrel.server;

import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Routes the server's URLs: {@code GET /v1/health}, {@code GET /v1/ready},
 * {@code POST /v1/extract}, and the files of {@link StaticFiles} (the page at {@code /}, the
 * OpenAPI description at {@code /v1/openapi.yaml}). Anything else is a JSON 404 or 405.
 */
final class ApiHandler extends Handler.Abstract {

    /** The page's policy: its own script and style only, no inline code, requests to this server only. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Every answer is what its Content-Type says; browsers must not guess otherwise. */
    static final HttpField NO_SNIFF = new HttpField("X-Content-Type-Options", "nosniff");

    private static final byte[] HEALTHY = "{\"status\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] READY = "{\"status\":\"ready\"}\n".getBytes(StandardCharsets.UTF_8);

    private final ExtractEndpoint extract;
    private final StaticFiles files;
    private final BooleanSupplier ready;
    private final Replies replies;

    ApiHandler(ExtractEndpoint extract, StaticFiles files, BooleanSupplier ready, Replies replies) {
        this.extract = extract;
        this.files = files;
        this.ready = ready;
        this.replies = replies;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        response.getHeaders().put(NO_SNIFF);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String path = Request.getPathInContext(request);
        if (path.equals("/v1/extract")) {
            if (allowed(request, "POST", response, callback)) {
                extract.handle(request, response, callback);
            }
            return true;
        }
        if (path.equals("/v1/health") || path.equals("/v1/ready")) {
            if (allowed(request, "GET", response, callback)) {
                health(path, response, callback);
            }
            return true;
        }
        StaticFiles.File file = files.get(path);
        if (file == null) {
            replies.refuse(request, response, callback, ApiError.of(404, "not_found", "no such resource: " + path
                    + " (the API is under /v1/, described by /v1/openapi.yaml)"));
        } else if (allowed(request, "GET", response, callback)) {
            if (path.equals("/")) {
                response.getHeaders().put("Content-Security-Policy", PAGE_POLICY);
                response.getHeaders().put("Referrer-Policy", "no-referrer");
            }
            replies.send(response, callback, 200, file.contentType(), file.bytes());
        }
        return true;
    }

    private void health(String path, Response response, Callback callback) {
        if (path.equals("/v1/health")) {
            replies.send(response, callback, 200, Replies.JSON, HEALTHY);
        } else if (ready.getAsBoolean()) {
            replies.send(response, callback, 200, Replies.JSON, READY);
        } else {
            replies.error(response, callback, ApiError.of(503, "not_ready", "the pipeline is still loading"));
        }
    }

    /** Whether the method is the one the path takes (HEAD goes with GET); else answers 405. */
    private boolean allowed(Request request, String expected, Response response, Callback callback) {
        String method = request.getMethod();
        if (method.equals(expected) || (expected.equals("GET") && method.equals("HEAD"))) {
            return true;
        }
        response.getHeaders().put(HttpHeader.ALLOW, expected.equals("GET") ? "GET, HEAD" : expected);
        replies.refuse(request, response, callback,
                ApiError.of(405, "method_not_allowed", method + " is not allowed here; use " + expected));
        return false;
    }
}
