package io.newsrel.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** A client of a running server over a real socket (the JDK's HttpClient, HTTP/1.1). */
final class Http {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Http(URI base) {
        this.base = base;
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
        return send(request(path, contentType, body).build());
    }

    HttpResponse<byte[]> post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    CompletableFuture<HttpResponse<byte[]>> postAsync(String path, String contentType, String body) {
        return client.sendAsync(request(path, contentType, body.getBytes(StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpRequest.Builder request(String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return contentType == null ? builder : builder.header("Content-Type", contentType);
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("request " + request + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        return json(text(response));
    }

    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
