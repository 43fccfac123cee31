package io.newsrel.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Requests written byte by byte on a socket, for what the JDK's HttpClient cannot be trusted
 * with: a large body the server refuses early (JDK 17's client may wait forever for a
 * 100-continue after a final 413, or block writing a body nobody reads). Like curl, the body is
 * written on another thread while the answer is read, and a write the server cuts short is fine.
 */
final class RawHttp {

    /** An answer: status, Content-Type, body and the raw head. */
    record Reply(int status, String contentType, String body, String head) {
        static Reply of(java.net.http.HttpResponse<byte[]> response) {
            StringBuilder head = new StringBuilder("HTTP/1.1 " + response.statusCode());
            response.headers().map().forEach((name, values) -> values.forEach(v -> head.append("\r\n").append(name).append(": ").append(v)));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    new String(response.body(), StandardCharsets.UTF_8), head.toString());
        }

        String header(String name) {
            return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(null);
        }
    }

    private RawHttp() {
    }

    /** POSTs {@code body}: with its length declared and {@code Expect: 100-continue} (as curl does), or chunked. */
    static Reply post(int port, String path, String contentType, byte[] body, boolean chunked) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            String framing = chunked ? "Transfer-Encoding: chunked\r\n"
                    : "Content-Length: " + body.length + "\r\nExpect: 100-continue\r\n";
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\n"
                    + framing + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            CompletableFuture<Void> writing = chunked ? CompletableFuture.runAsync(() -> writeChunks(out, body))
                    : CompletableFuture.completedFuture(null);
            String answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            writing.cancel(true);
            return parse(answer);
        }
    }

    private static void writeChunks(OutputStream out, byte[] body) {
        try {
            for (int at = 0; at < body.length; at += 65_536) {
                int length = Math.min(65_536, body.length - at);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, at, length);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException cutShort) {
            // the server answered and closed before taking the whole body: expected for a 413
        }
    }

    /** Reads until the server closes the connection (it closes after refusing a body). */
    private static byte[] readAll(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                read.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            if (read.size() == 0) {
                throw reset;
            }
        }
        return read.toByteArray();
    }

    private static Reply parse(String answer) {
        // skip an interim 100 Continue, if any
        String rest = answer;
        while (rest.startsWith("HTTP/1.1 100")) {
            rest = rest.substring(rest.indexOf("\r\n\r\n") + 4);
        }
        int end = rest.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete answer: " + answer);
        }
        String head = rest.substring(0, end);
        int status = Integer.parseInt(head.substring(9, 12));
        Reply reply = new Reply(status, null, rest.substring(end + 4), head);
        return new Reply(status, reply.header("Content-Type"), reply.body(), head);
    }
}
