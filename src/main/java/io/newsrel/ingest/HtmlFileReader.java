package io.newsrel.ingest;

import io.newsrel.model.NewsDocument;
import java.io.ByteArrayInputStream;
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
 * {@link HtmlArticle} reads them; id = file name. A page without article text is unreadable, and
 * one over {@code limits.maxRecordBytes} is reported, not parsed.
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
    public Iterator<InputItem> read(InputSource source) throws IOException {
        String id = source.baseName();
        String origin = source.name();
        int max = source.limits().maxRecordBytes();
        byte[] html;
        try (InputStream in = source.open()) {
            html = in.readNBytes(max + 1);
        }
        if (html.length > max) {
            return List.<InputItem>of(new InputItem.Unreadable(id, origin,
                    "HTML of more than " + max + " bytes, over limits.maxRecordBytes=" + max)).iterator();
        }
        HtmlArticle article = HtmlArticle.parse(new ByteArrayInputStream(html), null, null);
        InputItem item = TextChecks.isBlank(article.text())
                ? new InputItem.Unreadable(id, origin, "no article text in the HTML")
                : new InputItem.Document(new NewsDocument(id, article.text(), article.date(), article.title(),
                        origin, Map.of()), origin);
        return List.of(source.verified(item, html.length)).iterator();
    }
}
