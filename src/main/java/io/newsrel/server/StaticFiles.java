package io.newsrel.server;

import io.newsrel.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The files the server sends from the jar: the try-it page (its HTML, script and style, no
 * CDN), the OpenAPI description and the JSON Schema of a document. Read once at start.
 */
final class StaticFiles {

    /** A file as it is sent. */
    record File(String contentType, byte[] bytes) {
    }

    private record Route(String resource, String contentType) {
    }

    /** URL path → resource in the jar; the page's style reuses the review report's. */
    private static final Map<String, Route> ROUTES = Map.of(
            "/", new Route("/server/index.html", "text/html; charset=utf-8"),
            "/assets/page.js", new Route("/server/page.js", "text/javascript; charset=utf-8"),
            "/assets/page.css", new Route("/server/page.css", "text/css; charset=utf-8"),
            "/assets/report.css", new Route("/review/report.css", "text/css; charset=utf-8"),
            "/v1/openapi.yaml", new Route("/openapi/newsrel.yaml", "application/yaml; charset=utf-8"),
            "/schema/newsrel-document.schema.json",
            new Route("/schema/newsrel-document.schema.json", "application/schema+json"));

    private final Map<String, File> files = new HashMap<>();

    StaticFiles() {
        ROUTES.forEach((path, route) -> files.put(path, new File(route.contentType(), bytes(route.resource()))));
    }

    /** The file served at {@code path}, or null. */
    File get(String path) {
        return files.get(path);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Resources.open(resource, "server file")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the jar", e);
        }
    }
}
