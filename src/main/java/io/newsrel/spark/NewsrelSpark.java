package io.newsrel.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import io.newsrel.util.Iterators;
import io.newsrel.ingest.InputItem;
import io.newsrel.model.NewsDocument;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * newsrel for Spark users: a Dataset of documents in, a Dataset of extraction results out.
 *
 * <pre>{@code
 * Dataset<Row> news = spark.read().parquet("s3a://bucket/news");        // columns id, text, date
 * Dataset<Row> results = NewsrelSpark.extract(news, PipelineSpec.defaults());
 * results.where("error IS NULL").select(explode(col("relations")).as("r")) ...
 * }</pre>
 *
 * <p>The input needs a string column {@code id} and a string column {@code text}; optional are
 * {@code date} (DATE, TIMESTAMP or an ISO-8601 string such as {@code 2024-12-17} or
 * {@code 2024-12-17T09:30:00Z}), {@code title}, {@code url} and {@code source} (where the record
 * came from; the id when absent). The result has one row per input row, with the columns of
 * {@link #RESULT_SCHEMA}. A row that cannot be processed (no id, no text, an unreadable date, a
 * failure in the pipeline) gets an {@code error} and no document; the job goes on.
 */
public final class NewsrelSpark {

    private static final StructType MENTION = new StructType()
            .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType)
            .add("text", DataTypes.StringType).add("sentence", DataTypes.IntegerType)
            .add("nested", DataTypes.BooleanType);

    /** An entity as in documents.jsonl; attribute values are text. */
    public static final StructType ENTITY = new StructType()
            .add("id", DataTypes.StringType).add("type", DataTypes.StringType)
            .add("name", DataTypes.StringType).add("kbId", DataTypes.StringType)
            .add("attrs", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
            .add("mentions", DataTypes.createArrayType(MENTION))
            .add("confidence", DataTypes.DoubleType).add("source", DataTypes.StringType);

    private static final StructType EVIDENCE = new StructType()
            .add("sentence", DataTypes.IntegerType).add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType).add("text", DataTypes.StringType);

    /**
     * A relation as in documents.jsonl. {@code args} and {@code attrs} map to text: a list of
     * entity ids (a cooperation's {@code parties}) or a structure (a deal's {@code value}) as JSON.
     */
    public static final StructType RELATION = new StructType()
            .add("id", DataTypes.StringType).add("type", DataTypes.StringType)
            .add("args", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
            .add("attrs", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
            .add("confidence", DataTypes.DoubleType)
            .add("evidence", DataTypes.createArrayType(EVIDENCE))
            .add("rule", DataTypes.StringType);

    /** What one relation says as a fact over documents (FactsAggregator.FactMention). */
    public static final StructType FACT_MENTION = new StructType()
            .add("type", DataTypes.StringType).add("key", DataTypes.StringType)
            .add("document", DataTypes.StringType).add("date", DataTypes.StringType)
            .add("arguments", DataTypes.createMapType(DataTypes.StringType, DataTypes.createArrayType(new StructType()
                    .add("name", DataTypes.StringType).add("code", DataTypes.StringType)
                    .add("category", DataTypes.StringType))))
            .add("attributes", DataTypes.createMapType(DataTypes.StringType,
                    DataTypes.createArrayType(DataTypes.StringType)))
            .add("evidence", DataTypes.StringType).add("confidence", DataTypes.DoubleType);

    /** The parts of a documents.jsonl line the result has as columns. */
    private static final StructType DOCUMENT = new StructType()
            .add("date", DataTypes.DateType).add("title", DataTypes.StringType)
            .add("url", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("entities", DataTypes.createArrayType(ENTITY))
            .add("relations", DataTypes.createArrayType(RELATION));

    /**
     * The result of {@link #extract}: {@code id}, {@code source}, {@code error} (why the row has
     * no result; null when extracted), {@code tokens}, {@code document} (the row's line of
     * documents.jsonl: JSON, schema newsrel-document/1), {@code date}, {@code title}, {@code url},
     * {@code text}, {@code entities} (array of {@link #ENTITY}), {@code relations} (array of
     * {@link #RELATION}), {@code facts} (array of {@link #FACT_MENTION}, one per relation).
     */
    public static final StructType RESULT_SCHEMA = new StructType()
            .add("id", DataTypes.StringType).add("source", DataTypes.StringType, false)
            .add("error", DataTypes.StringType).add("tokens", DataTypes.IntegerType, false)
            .add("document", DataTypes.StringType)
            .add("date", DataTypes.DateType).add("title", DataTypes.StringType)
            .add("url", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("entities", DataTypes.createArrayType(ENTITY))
            .add("relations", DataTypes.createArrayType(RELATION))
            .add("facts", DataTypes.createArrayType(FACT_MENTION));

    private static final List<String> REQUIRED = List.of("id", "text");
    private static final List<String> OPTIONAL = List.of("date", "title", "url", "source");

    private NewsrelSpark() {
    }

    /** Extracts entities, relations and facts from each row of {@code documents}; see the class comment. */
    public static Dataset<Row> extract(Dataset<Row> documents, PipelineSpec spec) {
        List<String> columns = Arrays.asList(documents.columns());
        for (String required : REQUIRED) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException("the documents need a column '" + required + "'; they have " + columns);
            }
        }
        Column[] selected = new Column[REQUIRED.size() + OPTIONAL.size()];
        int i = 0;
        for (String name : REQUIRED) {
            selected[i++] = col(name);
        }
        for (String name : OPTIONAL) {
            selected[i++] = columns.contains(name) ? col(name) : org.apache.spark.sql.functions.lit(null).as(name);
        }
        JavaRDD<Row> rows = documents.select(selected).javaRDD()
                .mapPartitions(part -> ExtractionRows.of(items(part), spec));
        return typed(documents.sparkSession(), rows);
    }

    /** Rows of {@link ExtractionRows#SCHEMA} as a Dataset with the columns of {@link #RESULT_SCHEMA}. */
    static Dataset<Row> typed(SparkSession spark, JavaRDD<Row> rows) {
        return typed(spark.createDataFrame(rows, ExtractionRows.SCHEMA));
    }

    static Dataset<Row> typed(Dataset<Row> raw) {
        Map<String, String> options = Map.of("mode", "FAILFAST");
        Column doc = from_json(col("document"), DOCUMENT, options);
        Column facts = from_json(col("facts"), new ArrayType(FACT_MENTION, true), options);
        return raw.select(col("id"), col("source"), col("error"), col("tokens"), col("document"),
                doc.getField("date").as("date"), doc.getField("title").as("title"), doc.getField("url").as("url"),
                doc.getField("text").as("text"), doc.getField("entities").as("entities"),
                doc.getField("relations").as("relations"), facts.as("facts"));
    }

    /** Input rows (id, text, date, title, url, source) as records, a bad row as an unreadable one. */
    private static Iterator<InputItem> items(Iterator<Row> rows) {
        return Iterators.map(rows, NewsrelSpark::item);
    }

    private static InputItem item(Row row) {
        String id = row.isNullAt(0) ? null : row.get(0).toString();
        String source = row.isNullAt(5) ? id : row.get(5).toString();
        if (id == null || id.isBlank()) {
            return new InputItem.Unreadable(null, source == null ? "a row without id" : source, "no 'id'");
        }
        String text = row.isNullAt(1) ? null : row.get(1).toString();
        if (text == null || text.isBlank()) {
            return new InputItem.Unreadable(id, source, "empty or missing 'text'");
        }
        LocalDate date;
        try {
            date = date(row.get(2));
        } catch (DateTimeParseException e) {
            return new InputItem.Unreadable(id, source, "unreadable 'date': " + e.getParsedString());
        }
        String title = row.isNullAt(3) ? null : row.get(3).toString();
        String url = row.isNullAt(4) ? null : row.get(4).toString();
        return new InputItem.Document(new NewsDocument(id, text, date, title, url, Map.of()), source);
    }

    /** A date column's value: DATE, TIMESTAMP (its UTC day) or an ISO-8601 string (its first ten characters). */
    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof Instant t) {
            return t.atZone(ZoneOffset.UTC).toLocalDate();
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }
}
