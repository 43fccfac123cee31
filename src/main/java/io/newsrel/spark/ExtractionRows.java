package io.newsrel.spark;

import io.newsrel.DocumentOutcome;
import io.newsrel.Pipeline;
import io.newsrel.batch.FactsAggregator;
import io.newsrel.ingest.InputItem;
import io.newsrel.output.DocumentJson;
import io.newsrel.output.Json;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns input records into rows of extraction results, on an executor: each document goes
 * through the JVM's shared pipeline ({@link SharedPipelines}), and what fails, in reading or in
 * processing, becomes a row with an {@code error} instead of failing the task. The rows hold
 * JSON text made by the same code as the CLI's output ({@link DocumentJson},
 * {@link FactsAggregator#mentions}); {@link NewsrelSpark#typed} gives them Spark types.
 */
final class ExtractionRows {

    /** id, source, error (null when extracted), tokens, document (a documents.jsonl line), facts (JSON array of fact mentions). */
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("source", DataTypes.StringType, false)
            .add("error", DataTypes.StringType)
            .add("tokens", DataTypes.IntegerType, false)
            .add("document", DataTypes.StringType)
            .add("facts", DataTypes.StringType);

    private ExtractionRows() {
    }

    /** The rows of {@code items}, lazily; the pipeline is fetched only when there is a record to process. */
    static Iterator<Row> of(Iterator<InputItem> items, PipelineSpec spec) {
        return new Iterator<>() {
            private Pipeline pipeline;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Row next() {
                InputItem item = items.next();
                if (item instanceof InputItem.Unreadable bad) {
                    return failed(bad.id(), bad.origin(), bad.reason());
                }
                InputItem.Document doc = (InputItem.Document) item;
                if (pipeline == null) {
                    pipeline = SharedPipelines.get(spec);
                }
                return row(pipeline.processSafely(doc.document(), doc.origin()), doc.origin(), pipeline);
            }
        };
    }

    static Row failed(String id, String source, String reason) {
        return RowFactory.create(id, source, reason, 0, null, null);
    }

    private static Row row(DocumentOutcome outcome, String source, Pipeline pipeline) {
        if (outcome instanceof DocumentOutcome.Failure failure) {
            return failed(failure.documentId(), source, failure.reason());
        }
        var result = ((DocumentOutcome.Success) outcome).result();
        return RowFactory.create(result.document().id(), source, null, result.tokenCount(),
                Json.line(DocumentJson.of(result, pipeline.config().output())),
                Json.line(FactsAggregator.mentions(result)));
    }
}
