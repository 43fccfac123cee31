package io.newsrel.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from the input, before any analysis.
 *
 * @param id       identifier, unique within a batch (file name, JSONL id, WARC record id)
 * @param text     the article text, never edited
 * @param date     publication date; null when unknown
 * @param title    headline, or null
 * @param url      source URL or file path, or null
 * @param metadata any other fields of the input record, kept as strings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewsDocument(String id, String text, LocalDate date, String title, String url,
                           Map<String, String> metadata) {

    public NewsDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text of document " + id);
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank document id");
        }
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public static NewsDocument of(String id, String text) {
        return new NewsDocument(id, text, null, null, null, Map.of());
    }

    public Optional<LocalDate> publicationDate() {
        return Optional.ofNullable(date);
    }

    public NewsDocument withDate(LocalDate newDate) {
        return new NewsDocument(id, text, newDate, title, url, metadata);
    }
}
