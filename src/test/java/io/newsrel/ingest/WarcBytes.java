package io.newsrel.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes small WARC files for tests, record by record, as a crawler would. */
public final class WarcBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean gzipPerRecord;
    private int next = 1;

    public WarcBytes(boolean gzipPerRecord) {
        this.gzipPerRecord = gzipPerRecord;
    }

    /** The record id the next record will get: {@code <urn:uuid:00000000-0000-0000-0000-00000000000N>}. */
    public static String id(int n) {
        return String.format("urn:uuid:00000000-0000-0000-0000-%012d", n);
    }

    public WarcBytes warcinfo() {
        return record("warcinfo", null, "application/warc-fields", "software: newsrel-test\r\n");
    }

    public WarcBytes request(String uri) {
        return record("request", uri, "application/http; msgtype=request",
                "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n");
    }

    public WarcBytes response(String uri, int status, String contentType, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + payload.length + "\r\n\r\n" + body;
        return record("response", uri, "application/http; msgtype=response", http);
    }

    /** A response record whose HTTP block is given as it is (a broken status line, say). */
    public WarcBytes rawResponse(String uri, String http) {
        return record("response", uri, "application/http; msgtype=response", http);
    }

    /** Bytes that are no record at all, as they are. */
    public WarcBytes garbage(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Where the next record will start in the bytes written so far. */
    public int size() {
        return out.size();
    }

    private WarcBytes record(String type, String uri, String contentType, String block) {
        byte[] content = block.getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <" + id(next++) + ">\r\n"
                + "WARC-Date: 2024-12-17T10:00:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + content.length + "\r\n\r\n";
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        record.writeBytes(content);
        record.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        if (gzipPerRecord) {
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                record.writeTo(gz);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.writeBytes(record.toByteArray());
        }
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }
}
