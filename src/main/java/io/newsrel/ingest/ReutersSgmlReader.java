package io.newsrel.ingest;

import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Reuters-21578 {@code .sgm} file: many {@code <REUTERS>} records, each a document made of its
 * {@code <BODY>}. The bodies are hard-wrapped at about 70 characters and a paragraph starts with
 * an indented line, so wrapped lines are joined and each paragraph becomes one line (the
 * pipeline breaks sentences at line ends). Records without a body (brief items) are skipped.
 */
public final class ReutersSgmlReader implements DocumentReader {

    private static final Pattern RECORD = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final Pattern CONTROL_ENTITY = Pattern.compile("&#\\d+;");

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".sgm");
    }

    @Override
    public Iterator<InputItem> read(Path file) throws IOException {
        // The collection is 7-bit ASCII with a few stray Latin-1 bytes.
        String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
        List<InputItem> items = new ArrayList<>();
        Matcher record = RECORD.matcher(sgml);
        while (record.find()) {
            String id = "reuters-" + record.group(1);
            String origin = file + "#" + record.group(1);
            Matcher body = BODY.matcher(record.group(2));
            if (body.find()) {
                String text = paragraphs(unescape(body.group(1)));
                if (!text.isBlank()) {
                    items.add(new InputItem.Document(new NewsDocument(id, text, null, null, origin, Map.of()), origin));
                }
            }
        }
        return items.iterator();
    }

    /** Joins hard-wrapped lines; an indented line starts a new paragraph; one paragraph per line. */
    static String paragraphs(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            boolean newParagraph = Character.isWhitespace(line.charAt(0));
            if (out.length() > 0) {
                out.append(newParagraph ? '\n' : ' ');
            }
            out.append(line.strip());
        }
        return out.toString();
    }

    private static String unescape(String sgml) {
        return CONTROL_ENTITY.matcher(sgml).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace(" Reuter\n", "\n").replaceAll("\\s*Reuter\\s*$", "");
    }
}
