package io.newsrel.ingest;

import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A {@code .txt} file is one document; its id is the file name (without a compression suffix). */
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
    public Iterator<InputItem> read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = InputFiles.open(file)) {
            bytes = in.readAllBytes();
        }
        String origin = file.toString();
        String id = InputFiles.baseName(file);
        if (StrictUtf8.looksBinary(bytes, bytes.length)) {
            return List.<InputItem>of(new InputItem.Unreadable(id, origin, "binary content (NUL bytes), not text")).iterator();
        }
        String text;
        try {
            text = StrictUtf8.decode(bytes, 0, bytes.length);
        } catch (CharacterCodingException e) {
            return List.<InputItem>of(new InputItem.Unreadable(id, origin, "invalid UTF-8: " + e.getMessage())).iterator();
        }
        if (text.isBlank()) {
            return List.<InputItem>of(new InputItem.Unreadable(id, origin, "empty text")).iterator();
        }
        NewsDocument document = new NewsDocument(id, text, null, null, origin, Map.of());
        return List.<InputItem>of(new InputItem.Document(document, origin)).iterator();
    }
}
