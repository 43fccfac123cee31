package io.newsrel.review;

import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import java.util.Optional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes brat standoff: per document {@code NAME.txt} (the text, unchanged) and {@code NAME.ann},
 * plus one {@code annotation.conf} for the folder. In the {@code .ann}:
 * <ul>
 *   <li>{@code T} lines: entity mentions, typed by entity type; their canonical form
 *       ("Morocco [MAR]") in an {@code AnnotatorNotes} line;</li>
 *   <li>an n-ary relation is a brat <em>event</em>: a {@code T} trigger typed by the relation type
 *       over the evidence sentence, and an {@code E} line linking it to the mentions by role
 *       ({@code E1 ARMS_TRANSFER:T40 recipient:T3 supplierCountry:T2 system:T12}; a repeated role
 *       is numbered as brat does: {@code parties:T1 parties2:T4});</li>
 *   <li>{@code status} is an {@code A} attribute of the event; the other attributes are a JSON
 *       object in the event's {@code AnnotatorNotes} line.</li>
 * </ul>
 * Offsets are counted in Unicode code points, as brat counts them; a span over a line break is
 * written as fragments. File names are the document ids with characters other than letters,
 * digits, '.', '_' and '-' replaced by '_'.
 */
public final class BratExporter {

    public static final String CONF = "annotation.conf";

    /** How many documents and relations were written. */
    public record Written(int documents, int relations) {
    }

    public Written write(Iterator<ExtractionResult> documents, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<RelationType, Set<String>> roles = new TreeMap<>();
        for (RelationType type : RelationType.values()) {
            roles.put(type, new TreeSet<>(type.schema().roleList().stream().map(Role::jsonName).toList()));
        }
        Set<String> names = new HashSet<>();
        int docs = 0;
        int relations = 0;
        while (documents.hasNext()) {
            ExtractionResult result = documents.next();
            ExportPlan plan = ExportPlan.of(result);
            String name = fileName(result.document().id(), names);
            Files.writeString(dir.resolve(name + ".txt"), result.document().text(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(name + ".ann"), ann(plan), StandardCharsets.UTF_8);
            docs++;
            relations += result.relations().size();
        }
        Files.writeString(dir.resolve(CONF), conf(roles), StandardCharsets.UTF_8);
        return new Written(docs, relations);
    }

    static String fileName(String id, Set<String> taken) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    static String ann(ExportPlan plan) {
        String text = plan.result().document().text();
        StringBuilder out = new StringBuilder();
        Map<String, String> tOf = new HashMap<>();
        int t = 0;
        int note = 0;
        for (ExportPlan.MentionSpan m : plan.mentions()) {
            String id = "T" + (++t);
            tOf.put(m.id(), id);
            out.append(id).append('\t').append(m.entity().type().name()).append(' ')
                    .append(BratSpans.format(text, m.mention().start(), m.mention().end())).append('\t')
                    .append(BratSpans.fragmentText(text, m.mention().start(), m.mention().end())).append('\n');
            out.append('#').append(++note).append("\tAnnotatorNotes ").append(id).append('\t')
                    .append(oneLine(m.canonical())).append('\n');
        }
        int e = 0;
        int a = 0;
        for (ExportPlan.AnchorSpan anchor : plan.anchors()) {
            Relation r = anchor.relation();
            String trigger = "T" + (++t);
            String event = "E" + (++e);
            out.append(trigger).append('\t').append(r.type().name()).append(' ')
                    .append(BratSpans.format(text, anchor.evidence().start(), anchor.evidence().end())).append('\t')
                    .append(BratSpans.fragmentText(text, anchor.evidence().start(), anchor.evidence().end())).append('\n');
            out.append(event).append('\t').append(r.type().name()).append(':').append(trigger);
            Map<String, Integer> seen = new HashMap<>();
            for (ExportPlan.Link link : anchor.links()) {
                int n = seen.merge(link.role().jsonName(), 1, Integer::sum);
                out.append(' ').append(link.role().jsonName()).append(n > 1 ? Integer.toString(n) : "").append(':')
                        .append(tOf.get(link.mentionId()));
            }
            out.append('\n');
            Optional<Status> status = r.attrs().get(Attribute.STATUS);
            if (status.isPresent()) {
                out.append('A').append(++a).append('\t').append(Attribute.STATUS.jsonName()).append(' ')
                        .append(event).append(' ').append(status.get()).append('\n');
            }
            // the stage is the analyst's to change, in the status attribute alone: every stage the
            // text states (statuses) would otherwise come back from the notes and outvote the change
            Attributes notes = r.attrs().toBuilder().remove(Attribute.STATUS).remove(Attribute.STATUSES).build();
            if (!notes.isEmpty()) {
                out.append('#').append(++note).append("\tAnnotatorNotes ").append(event).append('\t')
                        .append(ReviewSchema.attributes(notes)).append('\n');
            }
        }
        return out.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }

    static String conf(Map<RelationType, Set<String>> roles) {
        StringBuilder out = new StringBuilder("# brat configuration for newsrel exports (see ReviewSchema)\n[entities]\n");
        for (EntityType t : EntityType.values()) {
            out.append(t.name()).append('\n');
        }
        out.append("\n[relations]\n<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n");
        out.append("\n[events]\n");
        roles.forEach((type, list) -> {
            out.append(type.name()).append('\t');
            out.append(String.join(", ", list.stream()
                    .map(role -> role + "*:<ENTITY>").toList()));
            out.append('\n');
        });
        out.append("\n[attributes]\n").append(Attribute.STATUS.jsonName()).append("\tArg:ARMS_TRANSFER, Value:")
                .append(String.join("|", java.util.Arrays.stream(Status.values()).map(Status::name).toList())).append('\n');
        return out.toString();
    }
}
