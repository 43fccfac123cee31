package io.newsrel.ingest;

import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code .html} / {@code .htm} file is one document: its main text, title and date as
 * {@link HtmlArticle} reads them; id = file name. A page without article text is unreadable.
 */
public final class HtmlFileReader implements DocumentReader {

    @Override
    public boolean accepts(Path file) {
        String name = InputFiles.logicalName(file);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    @Override
    public boolean acceptsContent(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    @Override
    public boolean oneRecordPerFile() {
        return true;
    }

    @Override
    public Iterator<InputItem> read(Path file) throws IOException {
        String id = InputFiles.baseName(file);
        String origin = file.toString();
        HtmlArticle article;
        try (InputStream in = InputFiles.open(file)) {
            article = HtmlArticle.parse(in, null, null);
        }
        InputItem item = article.text().isBlank()
                ? new InputItem.Unreadable(id, origin, "no article text in the HTML")
                : new InputItem.Document(new NewsDocument(id, article.text(), article.date(), article.title(),
                        origin, Map.of()), origin);
        return List.of(item).iterator();
    }
}
