package io.newsrel.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.model.Entity;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import io.newsrel.model.NewsDocument;
import io.newsrel.output.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Span-level scoring against Dstl's re3d gold set, exact and overlapping, per type.
 *
 * <p>Type mapping (printed with the table): re3d Organisation → ORGANIZATION, Person → PERSON,
 * Location → LOCATION, Nationality → NATIONALITY, Temporal → DATE, Money → MONEY, and Weapon,
 * Vehicle, MilitaryPlatform → SYSTEM when the annotated text is a named designation (it holds a
 * digit or a capitalised word, as in "F-16" or "Tomahawk"; "tanks" or "a VBIED" are categories;
 * spans starting in lower case, cut mid-word in re3d, and ship names such as "HMS Ocean" are not).
 * newsrel's COMPANY, MILITARY, GOVERNMENT and ORGANIZATION all count as ORGANIZATION; a COUNTRY
 * mention counts as NATIONALITY when it is a demonym, else as LOCATION.
 */
public final class Re3dScorer {

    public static final List<String> LABELS = List.of("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY", "DATE",
            "MONEY", "SYSTEM");
    public static final Map<String, String> GOLD_TYPE_MAPPING = Map.of(
            "Organisation", "ORGANIZATION", "Person", "PERSON", "Location", "LOCATION",
            "Nationality", "NATIONALITY", "Temporal", "DATE", "Money", "MONEY",
            "Weapon", "SYSTEM (named designations only)", "Vehicle", "SYSTEM (named designations only)",
            "MilitaryPlatform", "SYSTEM (named designations only)");

    private static final Pattern DESIGNATION = Pattern.compile(".*(\\d|\\b\\p{Lu}\\p{Ll}).*");
    /** Ship-name prefixes: hull names are not systems (SPEC-gold.md). */
    private static final Pattern HULL_NAME = Pattern.compile("(HMS|USS|FS|SS|HMAS|HMCS|INS|PNS|TCG|ROKS)\\b.*");

    /** A gold document with its labelled spans. */
    public record GoldDocument(NewsDocument document, List<LabeledSpan> spans) {
    }

    /** Exact and overlap scores per label, plus ALL. */
    public record Result(Map<String, Prf> exact, Map<String, Prf> overlap) {
    }

    private final CountryGazetteer countries;
    private final Map<String, Prf> exact = new TreeMap<>();
    private final Map<String, Prf> overlap = new TreeMap<>();

    public Re3dScorer(CountryGazetteer countries) {
        this.countries = countries;
        LABELS.forEach(l -> {
            exact.put(l, Prf.ZERO);
            overlap.put(l, Prf.ZERO);
        });
    }

    /** Reads every sub-corpus folder (documents.json, entities.json) under {@code dir}. */
    public static List<GoldDocument> read(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(dir)) {
            folders = list.filter(p -> Files.isRegularFile(p.resolve("documents.json"))).sorted().toList();
        }
        if (folders.isEmpty()) {
            throw new IOException("no re3d sub-corpus (folder with documents.json) in " + dir);
        }
        List<GoldDocument> documents = new ArrayList<>();
        for (Path folder : folders) {
            Map<String, List<LabeledSpan>> spans = new LinkedHashMap<>();
            for (JsonNode e : lines(folder.resolve("entities.json"))) {
                String label = goldLabel(e.get("type").asText(), e.get("value").asText());
                if (label != null) {
                    spans.computeIfAbsent(e.get("documentId").asText(), k -> new ArrayList<>())
                            .add(new LabeledSpan(e.get("begin").asInt(), e.get("end").asInt(), label));
                }
            }
            for (JsonNode d : lines(folder.resolve("documents.json"))) {
                String id = d.get("_id").asText();
                NewsDocument doc = new NewsDocument(id, d.get("text").asText(), null, d.path("title").asText(null),
                        d.path("sourceUrl").asText(null), Map.of("corpus", folder.getFileName().toString()));
                documents.add(new GoldDocument(doc, spans.getOrDefault(id, List.of())));
            }
        }
        return documents;
    }

    static String goldLabel(String type, String value) {
        return switch (type) {
            case "Weapon", "Vehicle", "MilitaryPlatform" -> isNamedDesignation(value) ? "SYSTEM" : null;
            default -> {
                String mapped = GOLD_TYPE_MAPPING.get(type);
                yield mapped == null || mapped.startsWith("SYSTEM") ? null : mapped;
            }
        };
    }

    /**
     * A digit or a capitalised word makes a designation ("F-16", "Brimstone"), but not a span
     * starting in lower case (re3d has spans cut mid-word, "st Tobias") nor a ship's name.
     */
    static boolean isNamedDesignation(String value) {
        return !value.isEmpty() && !Character.isLowerCase(value.charAt(0))
                && DESIGNATION.matcher(value).matches() && !HULL_NAME.matcher(value).matches();
    }

    String predictedLabel(Entity entity, Mention mention) {
        return switch (entity.type()) {
            case PERSON -> "PERSON";
            case COMPANY, MILITARY, GOVERNMENT, ORGANIZATION -> "ORGANIZATION";
            case COUNTRY -> LabeledSpan.isDemonym(mention, countries) ? "NATIONALITY" : "LOCATION";
            case LOCATION -> "LOCATION";
            case DATE -> "DATE";
            case MONEY -> "MONEY";
            case SYSTEM -> "SYSTEM";
            default -> null;
        };
    }

    public synchronized void add(GoldDocument gold, ExtractionResult predicted) {
        List<LabeledSpan> spans = LabeledSpan.of(predicted, this::predictedLabel);
        for (String label : LABELS) {
            List<LabeledSpan> g = gold.spans().stream().filter(s -> s.label().equals(label)).toList();
            List<LabeledSpan> p = spans.stream().filter(s -> s.label().equals(label)).toList();
            exact.merge(label, Matching.of(g, p, LabeledSpan::equals).prf(), Prf::plus);
            overlap.merge(label, Matching.of(g, p, LabeledSpan::overlaps).prf(), Prf::plus);
        }
    }

    public synchronized Result result() {
        return new Result(withTotal(exact), withTotal(overlap));
    }

    static Map<String, Prf> withTotal(Map<String, Prf> byLabel) {
        Map<String, Prf> all = new LinkedHashMap<>(byLabel);
        all.put("ALL", byLabel.values().stream().reduce(Prf.ZERO, Prf::plus));
        return all;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    nodes.add(Json.MAPPER.readTree(line));
                }
            }
        }
        return nodes;
    }
}
