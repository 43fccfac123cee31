package io.newsrel.review;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.model.Arguments;
import io.newsrel.model.Attributes;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Relation;
import io.newsrel.model.Role;
import io.newsrel.output.DocumentsFile;
import io.newsrel.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gold from the review page's file ({@value #FORMAT}): an analyst's verdict on relations of an
 * extract run, read against that run's documents. A verdict is {@code accept} (the relation is
 * right), {@code reject} (it is wrong) or {@code correct} with the relation's right arguments
 * (role → entity ids of the document, as documents.jsonl writes them) and attributes (as
 * documents.jsonl writes them). A document becomes gold when every one of its relations has a
 * verdict: it keeps its entities, its accepted relations and its corrected ones; a document
 * reviewed only in part is left out (named through {@code badLine}), since its other relations
 * could be right or wrong. Relations the run missed cannot be added in the page.
 *
 * <p>The file: {@code {"format": "newsrel-review-1", "reviews": [{"document": ID, "relation": ID,
 * "verdict": ..., "args": {...}, "attrs": {...}}, ...]}}; the last verdict on a relation counts.
 */
public final class ReviewedGold {

    public static final String FORMAT = "newsrel-review-1";

    /** The verdicts the page gives. */
    enum Verdict { ACCEPT, REJECT, CORRECT }

    private record Review(Verdict verdict, Arguments args, Attributes attrs) {
    }

    private ReviewedGold() {
    }

    /** The file is JSON but not what the page saves. */
    public static final class NotAReviewFileException extends IOException {
        NotAReviewFileException(String message) {
            super(message);
        }
    }

    /**
     * The gold documents of {@code reviewFile}, each paired with the run's own document in the
     * same order: {@code gold.get(i)} was reviewed from {@code predicted.get(i)}.
     */
    public record Pairs(List<ExtractionResult> gold, List<ExtractionResult> predicted) {
    }

    public static Pairs read(Path reviewFile, Path outputFolder, DocumentsFile.BadLine badLine) throws IOException {
        Map<String, Map<String, Review>> byDocument = reviews(reviewFile, badLine);
        List<ExtractionResult> gold = new ArrayList<>();
        List<ExtractionResult> predicted = new ArrayList<>();
        try (DocumentsFile.Reader docs = DocumentsFile.openFolder(outputFolder, badLine)) {
            while (docs.hasNext()) {
                ExtractionResult doc = docs.next();
                Map<String, Review> reviews = byDocument.remove(doc.document().id());
                if (reviews == null) {
                    continue;
                }
                ExtractionResult reviewed = goldOf(doc, reviews, reviewFile, badLine);
                if (reviewed != null) {
                    gold.add(reviewed);
                    predicted.add(doc);
                }
            }
        }
        byDocument.keySet().forEach(id -> badLine.skipped(reviewFile + " document " + id,
                "no document with this id in " + outputFolder));
        return new Pairs(gold, predicted);
    }

    private static Map<String, Map<String, Review>> reviews(Path file, DocumentsFile.BadLine badLine) throws IOException {
        JsonNode root = Json.MAPPER.readTree(Files.readString(file));
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new NotAReviewFileException(file + " is not a review file of the report (\"format\": \"" + FORMAT + "\" expected)");
        }
        Map<String, Map<String, Review>> byDocument = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode item : root.path("reviews")) {
            String where = file + " review #" + n++;
            try {
                Verdict verdict = Verdict.valueOf(item.path("verdict").asText().toUpperCase(Locale.ROOT));
                Arguments args = verdict == Verdict.CORRECT
                        ? Arguments.fromJson(Json.MAPPER.convertValue(item.path("args"), new TypeReference<>() { }))
                        : null;
                Attributes attrs = verdict == Verdict.CORRECT
                        ? Attributes.fromJson(Json.MAPPER.convertValue(item.path("attrs"), new TypeReference<>() { }))
                        : null;
                byDocument.computeIfAbsent(text(item, "document"), d -> new HashMap<>())
                        .put(text(item, "relation"), new Review(verdict, args, attrs));
            } catch (IllegalArgumentException e) {
                badLine.skipped(where, e.getMessage());
            }
        }
        return byDocument;
    }

    private static String text(JsonNode item, String field) {
        String value = item.path(field).asText("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("no \"" + field + "\"");
        }
        return value;
    }

    /** The reviewed document, or null when a relation has no verdict or a correction does not fit. */
    private static ExtractionResult goldOf(ExtractionResult doc, Map<String, Review> reviews, Path file,
                                           DocumentsFile.BadLine badLine) {
        String where = file + " document " + doc.document().id();
        List<Relation> relations = new ArrayList<>();
        for (Relation r : doc.relations()) {
            Review review = reviews.remove(r.id());
            if (review == null) {
                badLine.skipped(where, "relation " + r.id() + " has no verdict (a document counts when all its "
                        + doc.relations().size() + " relations are reviewed)");
                return null;
            }
            try {
                switch (review.verdict()) {
                    case ACCEPT -> relations.add(asGold(r, r.args(), r.attrs()));
                    case CORRECT -> relations.add(asGold(r, checked(review.args(), doc), review.attrs()));
                    case REJECT -> { }
                }
            } catch (IllegalArgumentException e) {
                badLine.skipped(where, "relation " + r.id() + ": " + e.getMessage());
                return null;
            }
        }
        if (!reviews.isEmpty()) {
            badLine.skipped(where, "no relation " + String.join(", ", reviews.keySet()) + " in the document");
            return null;
        }
        return new ExtractionResult(doc.document(), doc.sentences(), doc.entities(), relations);
    }

    private static Arguments checked(Arguments args, ExtractionResult doc) {
        for (Role role : args.roles()) {
            for (String id : args.ids(role)) {
                if (doc.entity(id).isEmpty()) {
                    throw new IllegalArgumentException("the correction names entity " + id + " as "
                            + role.jsonName() + ", which the document does not have");
                }
            }
        }
        return args;
    }

    private static Relation asGold(Relation r, Arguments args, Attributes attrs) {
        return new Relation(r.id(), r.type(), args, attrs, 1.0, r.evidence(), GoldDocumentBuilder.SOURCE);
    }
}
