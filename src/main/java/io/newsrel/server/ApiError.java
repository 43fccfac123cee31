package io.newsrel.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsrel.output.Json;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The JSON body of every error the server sends, and of the error lines of an NDJSON answer:
 * {@code {"error": "bad_request", "status": 400, "message": "...", "field": "text"}}. The message
 * says what was wrong in words a client can act on; it never holds a stack trace or an
 * exception's internals (those go to the server's log).
 *
 * @param error   a stable code: {@code bad_request}, {@code body_too_large}, {@code document_too_long}, ...
 * @param status  the HTTP status a request with this problem gets
 * @param message what was wrong
 * @param field   the input field at fault, or null
 * @param id      the document id when it could be read, or null
 * @param line    for NDJSON bodies, the line (from 1) the error is about, or null
 */
@JsonPropertyOrder({"error", "status", "message", "field", "id", "line"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, int status, String message, String field, String id, Integer line) {

    public ApiError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
    }

    static ApiError of(int status, String error, String message) {
        return new ApiError(error, status, message, null, null, null);
    }

    static ApiError badRequest(String message, String field) {
        return new ApiError("bad_request", 400, message, field, null, null);
    }

    /** An error named after its status for errors Jetty raises itself (bad HTTP, header too large, ...). */
    static ApiError forStatus(int status, String reasonPhrase) {
        String code = reasonPhrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return of(status, code.isEmpty() ? "error" : code, reasonPhrase);
    }

    ApiError withId(String documentId) {
        return new ApiError(error, status, message, field, documentId, line);
    }

    ApiError atLine(int lineNumber) {
        return new ApiError(error, status, message, field, id, lineNumber);
    }

    /** The error as one JSON line with its newline, as it is sent. */
    byte[] toBytes() {
        return (Json.line(this) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
