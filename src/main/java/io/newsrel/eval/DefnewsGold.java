package io.newsrel.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Attribute;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.output.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reader of defnews gold data: one article per JSON line, format in SPEC-gold.md. */
public final class DefnewsGold {

    /** Entity types scored at document level. */
    public static final List<String> ENTITY_TYPES = List.of("COUNTRY", "COMPANY", "SYSTEM");

    /** One gold article. */
    public record Article(NewsDocument document, Map<String, List<String>> entities, List<GoldRelation> relations) {
    }

    /**
     * One gold relation. Fields that a type does not use are empty or null.
     *
     * @param system acceptable system names; null when the deal names only a category
     */
    public record GoldRelation(RelationType type, String recipient, String supplierCountry, List<String> system,
                               List<String> parties, String company, String hostCountry,
                               List<Long> quantity, List<Money> value, List<Integer> year, List<String> status,
                               String evidence) {
    }

    /** An amount of money in units of an ISO 4217 currency. */
    public record Money(double amount, String currency) {
    }

    private DefnewsGold() {
    }

    public static List<Article> read(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    try {
                        articles.add(article(Json.MAPPER.readTree(line)));
                    } catch (IOException | RuntimeException e) {
                        throw new IOException(file + ":" + number + ": not a gold article: " + e.getMessage(), e);
                    }
                }
            }
        }
        return articles;
    }

    static Article article(JsonNode node) {
        String id = node.get("id").asText();
        String date = text(node, "date");
        NewsDocument document = new NewsDocument(id, node.get("text").asText(),
                date == null ? null : LocalDate.parse(date), text(node, "title"), text(node, "url"), Map.of());
        Map<String, List<String>> entities = new java.util.LinkedHashMap<>();
        for (String type : ENTITY_TYPES) {
            entities.put(type, strings(node.path("entities").get(type)));
        }
        List<GoldRelation> relations = new ArrayList<>();
        for (JsonNode r : node.path("relations")) {
            relations.add(relation(r));
        }
        return new Article(document, entities, relations);
    }

    /**
     * One gold relation. Gold files name roles as documents.jsonl does ({@link Role#jsonName()});
     * the attributes a deal has several of are lists under the singular names.
     */
    private static GoldRelation relation(JsonNode r) {
        RelationType type = RelationType.valueOf(r.get("type").asText());
        JsonNode system = r.get(Role.SYSTEM.jsonName());
        List<Money> values = new ArrayList<>();
        for (JsonNode v : r.path(Attribute.VALUE.jsonName())) {
            values.add(new Money(v.get("amount").asDouble(), v.get("currency").asText()));
        }
        List<Long> quantities = new ArrayList<>();
        r.path(Attribute.QUANTITY.jsonName()).forEach(q -> quantities.add(q.asLong()));
        List<Integer> years = new ArrayList<>();
        r.path(Attribute.YEAR.jsonName()).forEach(y -> years.add(y.asInt()));
        return new GoldRelation(type, text(r, Role.RECIPIENT.jsonName()), text(r, Role.SUPPLIER_COUNTRY.jsonName()),
                system == null || system.isNull() ? null : strings(system),
                strings(r.get(Role.PARTIES.jsonName())), text(r, Role.COMPANY.jsonName()),
                text(r, Role.HOST_COUNTRY.jsonName()), quantities, values, years,
                strings(r.get(Attribute.STATUS.jsonName())), text(r, "evidence"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> list.add(v.asText()));
        }
        return list;
    }
}
