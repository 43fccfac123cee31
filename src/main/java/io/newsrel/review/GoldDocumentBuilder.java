package io.newsrel.review;

import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Evidence;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rebuilds a document's entities and relations from reviewed annotations, whatever the tool:
 * labelled spans (entity mentions and relation anchors) and role links from anchors to mentions.
 * Mentions with the same type and canonical form become one entity; a mention without a canonical
 * form is named by its text, and a country mention without a code gets one from
 * {@code countryCode} (the country gazetteer). Gold carries confidence 1 and source "review";
 * sentence indices are unknown to the tools and set to 0.
 */
final class GoldDocumentBuilder {

    static final String SOURCE = "review";

    private final NewsDocument document;
    private final Function<String, String> countryCode;
    private final Map<String, Span> mentions = new LinkedHashMap<>();
    private final Map<String, Anchor> anchors = new LinkedHashMap<>();

    private record Span(EntityType type, int start, int end, String canonical) {
    }

    private static final class Anchor {
        final RelationType type;
        final int start;
        final int end;
        final Attributes.Builder attrs = Attributes.builder();
        final Map<Role, List<String>> roles = new LinkedHashMap<>();

        Anchor(RelationType type, int start, int end) {
            this.type = type;
            this.start = start;
            this.end = end;
        }
    }

    GoldDocumentBuilder(NewsDocument document, Function<String, String> countryCode) {
        this.document = document;
        this.countryCode = countryCode;
    }

    /** Whether a span id is a relation anchor. */
    boolean isAnchor(String id) {
        return anchors.containsKey(id);
    }

    boolean isMention(String id) {
        return mentions.containsKey(id);
    }

    /** Sets the canonical form of a mention ("Morocco [MAR]"). */
    void canonical(String mentionId, String canonical) {
        Span s = mentions.get(mentionId);
        mentions.put(mentionId, new Span(s.type(), s.start(), s.end(), canonical));
    }

    void mention(String id, EntityType type, int start, int end, String canonical) {
        checkSpan(id, start, end);
        mentions.put(id, new Span(type, start, end, canonical));
    }

    void anchor(String id, RelationType type, int start, int end) {
        checkSpan(id, start, end);
        anchors.put(id, new Anchor(type, start, end));
    }

    /** Adds an attribute to an anchor by its JSON name, e.g. brat's status attribute. */
    void attribute(String anchorId, String name, Object value) {
        anchor(anchorId).attrs.putParsed(Attribute.ofJsonName(name), value);
    }

    /** Adds the attributes an analyst wrote for an anchor. */
    void attributes(String anchorId, Attributes attrs) {
        anchor(anchorId).attrs.putAll(attrs);
    }

    /** Links an anchor to a mention by the role's JSON name; an unknown role is an error naming it. */
    void argument(String anchorId, String roleName, String mentionId) {
        Role role = Role.ofJsonName(roleName);
        if (!mentions.containsKey(mentionId)) {
            throw new IllegalArgumentException("role " + role + " of " + anchorId + " points at " + mentionId
                    + ", which is not an entity mention");
        }
        anchor(anchorId).roles.computeIfAbsent(role, r -> new ArrayList<>()).add(mentionId);
    }

    private Anchor anchor(String id) {
        Anchor a = anchors.get(id);
        if (a == null) {
            throw new IllegalArgumentException(id + " is not a relation span");
        }
        return a;
    }

    private void checkSpan(String id, int start, int end) {
        if (start < 0 || end <= start || end > document.text().length()) {
            throw new IllegalArgumentException("span " + id + " [" + start + ", " + end + ") lies outside the text of "
                    + document.text().length() + " characters");
        }
    }

    ExtractionResult build() {
        Map<String, String> entityOfMention = new LinkedHashMap<>();
        Map<String, EntityDraft> entities = new LinkedHashMap<>();
        mentions.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end)))
                .forEach(e -> {
                    Span s = e.getValue();
                    String text = document.text().substring(s.start(), s.end());
                    ReviewSchema.Canonical c = ReviewSchema.parseCanonical(s.canonical() == null || s.canonical().isBlank()
                            ? text : s.canonical());
                    String kbId = c.kbId() != null ? c.kbId()
                            : s.type() == EntityType.COUNTRY ? countryCode.apply(c.name()) : null;
                    String key = s.type() + "|" + (kbId != null ? kbId : c.name());
                    EntityDraft draft = entities.computeIfAbsent(key,
                            k -> new EntityDraft("e" + (entities.size() + 1), s.type(), c.name(), kbId));
                    draft.mentions.add(new Mention(s.start(), s.end(), text, 0));
                    entityOfMention.put(e.getKey(), draft.id);
                });
        List<Entity> entityList = entities.values().stream()
                .map(d -> new Entity(d.id, d.type, d.name, d.kbId, Map.of(), d.mentions, 1.0, SOURCE)).toList();
        List<Relation> relations = new ArrayList<>();
        for (Anchor a : anchors.values()) {
            if (a.roles.isEmpty()) {
                continue; // an anchor whose arguments the analyst removed: no relation
            }
            Arguments.Builder args = Arguments.builder();
            a.roles.forEach((role, ids) -> args.set(role, ids.stream().map(entityOfMention::get).distinct().toList()));
            Evidence evidence = new Evidence(0, a.start, a.end, document.text().substring(a.start, a.end));
            relations.add(new Relation("r" + (relations.size() + 1), a.type, args.build(), a.attrs.build(), 1.0,
                    List.of(evidence), SOURCE));
        }
        return new ExtractionResult(document, List.of(), entityList, relations);
    }

    private static final class EntityDraft {
        final String id;
        final EntityType type;
        final String name;
        final String kbId;
        final List<Mention> mentions = new ArrayList<>();

        EntityDraft(String id, EntityType type, String name, String kbId) {
            this.id = id;
            this.type = type;
            this.name = name;
            this.kbId = kbId;
        }
    }
}
