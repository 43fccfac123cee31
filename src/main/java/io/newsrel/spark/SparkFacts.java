package io.newsrel.spark;

import io.newsrel.batch.FactsAggregator;
import io.newsrel.output.Json;
import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The facts of a run (facts.jsonl of the CLI), aggregated by Spark: each executor aggregates the
 * fact mentions of its documents with {@link FactsAggregator}, and the partial aggregates of one
 * fact are merged after the shuffle; the driver never holds them. Lines sorted by type and key.
 */
final class SparkFacts {

    /** facts.jsonl's lines as Spark types (FactsAggregator.Fact), for facts.parquet. */
    static final StructType SCHEMA = new StructType()
            .add("type", DataTypes.StringType).add("key", DataTypes.StringType)
            .add("documents", DataTypes.createArrayType(DataTypes.StringType))
            .add("mentions", DataTypes.IntegerType)
            .add("firstDate", DataTypes.StringType).add("lastDate", DataTypes.StringType)
            .add("confidence", DataTypes.DoubleType)
            .add("arguments", DataTypes.createMapType(DataTypes.StringType, DataTypes.createArrayType(new StructType()
                    .add("name", DataTypes.StringType).add("code", DataTypes.StringType)
                    .add("category", DataTypes.StringType).add("mentions", DataTypes.IntegerType))))
            .add("attributes", DataTypes.createMapType(DataTypes.StringType,
                    DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType)))
            .add("bestEvidence", new StructType().add("document", DataTypes.StringType)
                    .add("text", DataTypes.StringType).add("confidence", DataTypes.DoubleType));

    private SparkFacts() {
    }

    /** facts.jsonl lines, from rows of {@link ExtractionRows#SCHEMA}. */
    static JavaRDD<String> aggregate(Dataset<Row> raw) {
        return raw.where("facts IS NOT NULL").select("facts").javaRDD()
                .flatMap(row -> Arrays.asList(Json.MAPPER.readValue(row.getString(0),
                        FactsAggregator.FactMention[].class)).iterator())
                .mapToPair(m -> new Tuple2<>(m.type() + "|" + m.key(), m))
                .aggregateByKey(new FactsAggregator(), (facts, mention) -> {
                    facts.add(mention);
                    return facts;
                }, FactsAggregator::merge)
                .sortByKey()
                .flatMap(fact -> fact._2().facts().iterator())
                .map(Json::line);
    }
}
