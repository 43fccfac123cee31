package io.newsrel.ingest;

import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A {@code .txt} file is one document; its id is the file name (without a compression suffix).
 * A file over {@code limits.maxRecordBytes} is reported, not read into memory.
 */
public final class TextFileReader implements DocumentReader {

    @Override
    public boolean accepts(Path file) {
        return InputFiles.logicalName(file).endsWith(".txt");
    }

    @Override
    public boolean oneRecordPerFile() {
        return true;
    }

    @Override
    public Iterator<InputItem> read(InputSource source) throws IOException {
        int max = source.limits().maxRecordBytes();
        byte[] bytes;
        try (InputStream in = source.open()) {
            bytes = in.readNBytes(max + 1);
        }
        String origin = source.name();
        String id = source.baseName();
        return List.of(source.verified(item(bytes, id, origin, max), bytes.length)).iterator();
    }

    private static InputItem item(byte[] bytes, String id, String origin, int max) {
        if (bytes.length > max) {
            return new InputItem.Unreadable(id, origin, "text of more than " + max + " bytes, over limits.maxRecordBytes=" + max);
        }
        return parse(bytes, id, origin, origin);
    }

    /**
     * One text as a document, read as a {@code .txt} file is: binary content (NUL bytes), invalid
     * UTF-8 and blank text are refused. For callers that hold the bytes (the HTTP server).
     */
    public static InputItem parse(byte[] bytes, String id, String origin, String url) {
        if (StrictUtf8.looksBinary(bytes, bytes.length)) {
            return new InputItem.Unreadable(id, origin, "binary content (NUL bytes), not text", "text");
        }
        String text;
        try {
            text = StrictUtf8.decode(bytes, 0, bytes.length);
        } catch (CharacterCodingException e) {
            return new InputItem.Unreadable(id, origin, "invalid UTF-8: " + e.getMessage(), "text");
        }
        if (TextChecks.isBlank(text)) {
            return new InputItem.Unreadable(id, origin, "empty text", "text");
        }
        return new InputItem.Document(new NewsDocument(id, text, null, null, url, Map.of()), origin);
    }
}
