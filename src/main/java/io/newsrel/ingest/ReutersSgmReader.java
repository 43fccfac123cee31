package io.newsrel.ingest;

import io.newsrel.model.NewsDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuters-21578 {@code .sgm} files, an example of a legacy news dump: each
 * {@code <REUTERS ... NEWID="n">} record is one document with id {@code FILE#n}
 * ({@code reut2-000.sgm#1}), date from {@code <DATE>}, title from {@code <TITLE>} and text from
 * {@code <BODY>}. A record without a body (the dump's BRIEF and UNPROC records) is
 * {@link InputItem.Unreadable}. The files are read as ISO-8859-1 (they are ASCII but for a stray
 * byte), one record at a time; a record over {@code limits.maxRecordBytes} (one that lost its
 * closing tag) is reported, not buffered on.
 */
public final class ReutersSgmReader implements DocumentReader {

    private static final Pattern NEW_ID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern DATE = field("DATE");
    private static final Pattern TITLE = field("TITLE");
    private static final Pattern BODY = field("BODY");
    private static final Pattern TOPICS = field("TOPICS");
    private static final Pattern PLACES = field("PLACES");
    private static final Pattern LIST_ITEM = Pattern.compile("<D>(.*?)</D>");
    private static final Pattern TEXT_TYPE = Pattern.compile("<TEXT TYPE=\"(\\w+)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|lt|gt|amp|quot|apos);");
    /** The agency's sign-off closing most bodies: not article text. */
    private static final Pattern SIGN_OFF = Pattern.compile("\\s*\\bREUTER\\s*$", Pattern.CASE_INSENSITIVE);
    /** "26-FEB-1987 15:01:01.79"; the day is read, the time dropped. */
    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    @Override
    public boolean accepts(Path file) {
        return InputFiles.logicalName(file).endsWith(".sgm");
    }

    /** Reuters-21578's document type declaration or a first record. */
    @Override
    public boolean acceptsContent(byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1);
        return start.startsWith("<!DOCTYPE lewis") || start.contains("<REUTERS ");
    }

    @Override
    public Iterator<InputItem> read(InputSource source) throws IOException {
        int max = source.limits().maxRecordBytes();
        LineInput lines = new LineInput(source.open(), max);
        String name = source.baseName();
        return new RecordIterator(lines::close) {
            private int lineNumber;

            @Override
            protected InputItem readNext() throws IOException {
                LineInput.Line line;
                while ((line = lines.next()) != null) {
                    lineNumber++;
                    String text = line.tooLong() ? "" : latin1(line);
                    if (text.startsWith("<REUTERS")) {
                        return readRecord(text, source.name() + ":" + lineNumber);
                    }
                }
                return null;
            }

            private InputItem readRecord(String first, String origin) throws IOException {
                StringBuilder record = new StringBuilder(first).append('\n');
                LineInput.Line line;
                while ((line = lines.next()) != null) {
                    lineNumber++;
                    if (line.tooLong() || record.length() + line.length() > max) {
                        return new InputItem.Unreadable(id(name, first), origin, "record of more than " + max
                                + " bytes without </REUTERS>, over limits.maxRecordBytes=" + max);
                    }
                    String text = latin1(line);
                    record.append(text).append('\n');
                    if (text.startsWith("</REUTERS>")) {
                        return source.verified(parse(record, name, origin), line.end());
                    }
                }
                return new InputItem.Unreadable(id(name, first), origin, "file ends inside the record (no </REUTERS>)");
            }
        };
    }

    private static String latin1(LineInput.Line line) {
        byte[] bytes = line.bytes();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    private static InputItem parse(CharSequence record, String name, String origin) {
        String id = id(name, record);
        if (id == null) {
            return new InputItem.Unreadable(null, origin, "no NEWID attribute on <REUTERS>");
        }
        String body = find(BODY, record);
        if (body == null || decode(body).isBlank()) {
            Matcher type = TEXT_TYPE.matcher(record);
            String kind = type.find() ? " (TEXT TYPE=" + type.group(1) + ")" : "";
            return new InputItem.Unreadable(id, origin, "no <BODY> text" + kind);
        }
        String text = unwrap(SIGN_OFF.matcher(decode(body).strip()).replaceFirst(""));
        String title = find(TITLE, record);
        Map<String, String> metadata = new LinkedHashMap<>();
        putList(metadata, "topics", find(TOPICS, record));
        putList(metadata, "places", find(PLACES, record));
        NewsDocument document = new NewsDocument(id, text, date(find(DATE, record)),
                title == null ? null : decode(title).strip(), null, metadata);
        return new InputItem.Document(document, origin);
    }

    /**
     * The dump wraps lines at about 70 characters and starts each paragraph with an indented
     * line; newsrel reads one paragraph per line (a line break ends a sentence), so wrapped lines
     * are joined and paragraphs kept.
     */
    static String unwrap(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean paragraph = false;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                paragraph = true;
                continue;
            }
            if (out.length() > 0) {
                out.append(paragraph || Character.isWhitespace(line.charAt(0)) ? '\n' : ' ');
            }
            out.append(line.strip());
            paragraph = false;
        }
        return out.toString();
    }

    /** {@code FILE#NEWID}, or null when the tag has no NEWID. */
    private static String id(String fileName, CharSequence record) {
        Matcher m = NEW_ID.matcher(record);
        return m.find() ? fileName + "#" + m.group(1) : null;
    }

    /** The day of a {@code <DATE>}; null when missing or malformed (the dump has a few). */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        String day = value.strip().split("\\s+")[0];
        try {
            return LocalDate.parse(day, DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Resolves the SGML entities the dump uses and drops the control characters of the wire format. */
    static String decode(String sgml) {
        Matcher m = ENTITY.matcher(sgml);
        StringBuilder out = new StringBuilder(sgml.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(Integer.parseInt(name.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }

    private static String codePoint(int value) {
        return Character.isValidCodePoint(value) ? new String(Character.toChars(value)) : "";
    }

    private static void putList(Map<String, String> metadata, String key, String list) {
        if (list == null) {
            return;
        }
        Matcher m = LIST_ITEM.matcher(list);
        StringBuilder joined = new StringBuilder();
        while (m.find()) {
            joined.append(joined.isEmpty() ? "" : ",").append(decode(m.group(1)));
        }
        if (!joined.isEmpty()) {
            metadata.put(key, joined.toString());
        }
    }

    private static String find(Pattern pattern, CharSequence record) {
        Matcher m = pattern.matcher(record);
        return m.find() ? m.group(1) : null;
    }

    private static Pattern field(String tag) {
        return Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL);
    }
}
