package io.newsrel.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of one of the project's data files (gazetteers, lexicons, rule files): UTF-8,
 * blank lines and lines starting with '#' skipped, each line with the "file:line" it came from,
 * so every error about it can say where it stands.
 */
public final class DataFile {

    /** One content line. */
    public record Line(String text, String where) {

        /** The tab-separated columns, empty ones kept. */
        public String[] columns() {
            return text.split("\t", -1);
        }

        /** An error about this line: "file:line: message". */
        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where + ": " + message);
        }
    }

    private DataFile() {
    }

    /** Reads and closes {@code in}; {@code origin} names it in messages. */
    public static List<Line> lines(InputStream in, String origin) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(new Line(line, origin + ":" + number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin, e);
        }
        return lines;
    }
}
