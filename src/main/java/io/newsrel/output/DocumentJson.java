package io.newsrel.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsrel.config.PipelineConfig;
import io.newsrel.model.Entity;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Relation;
import io.newsrel.model.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The shape of one line of {@code documents.jsonl}, described by
 * {@code schema/newsrel-document.schema.json}. Change the two together and bump {@link #SCHEMA}.
 */
@JsonPropertyOrder({"schema", "id", "date", "title", "url", "metadata", "text", "sentences", "entities", "relations"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentJson(String schema, String id, LocalDate date, String title, String url,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> metadata,
                           String text, List<Sentence> sentences, List<Entity> entities,
                           List<Relation> relations) {

    /** Version of the output format; the JSON Schema's {@code schema} constant matches it. */
    public static final String SCHEMA = "newsrel-document/1";

    public static DocumentJson of(ExtractionResult result, PipelineConfig.Output settings) {
        NewsDocument doc = result.document();
        List<Sentence> sentences = settings.tokens()
                ? result.sentences()
                : result.sentences().stream().map(Sentence::withoutTokens).toList();
        return new DocumentJson(SCHEMA, doc.id(), doc.date(), doc.title(), doc.url(), doc.metadata(),
                settings.text() ? doc.text() : null, sentences, result.entities(), result.relations());
    }
}
