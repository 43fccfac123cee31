package io.newsrel.review;

import io.newsrel.batch.FactsAggregator;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Evidence;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Relation;
import io.newsrel.model.RelationType;
import io.newsrel.model.Attribute;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import io.newsrel.review.ReportData.Argument;
import io.newsrel.review.ReportData.DocumentEntry;
import io.newsrel.review.ReportData.DocumentView;
import io.newsrel.review.ReportData.EntityView;
import io.newsrel.review.ReportData.EvidenceView;
import io.newsrel.review.ReportData.Mark;
import io.newsrel.review.ReportData.RelationRow;
import io.newsrel.review.ReportData.Summary;
import io.newsrel.util.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * Writes the review report: {@code index.html}, one static page with its style and script inlined,
 * and {@code data/*.js}, the relations and documents it shows. Everything is read once, document
 * by document, so a batch of any size streams through.
 *
 * <p>Data files are scripts ({@code NEWSREL.add(kind, chunk, [...])}) rather than JSON fetched by
 * the page, because browsers load {@code <script src>} from {@code file://} but refuse
 * {@code fetch}. Relations come in chunks of {@link #relationsPerChunk} that the page loads at
 * start (the filters and the summary need them all); document texts come in chunks of about
 * {@link #documentCharsPerChunk} characters, loaded only when a document is opened. Article text
 * is data, never markup: it is JSON-escaped for scripts ({@link ScriptJson}) and the page puts it
 * into the DOM as text.
 */
public final class ReportWriter {

    public static final String INDEX = "index.html";
    public static final String DATA = "data";

    private final int relationsPerChunk;
    private final int documentCharsPerChunk;

    public ReportWriter() {
        this(5_000, 1_000_000);
    }

    ReportWriter(int relationsPerChunk, int documentCharsPerChunk) {
        this.relationsPerChunk = relationsPerChunk;
        this.documentCharsPerChunk = documentCharsPerChunk;
    }

    /** What was written. */
    public record Written(Path index, int documents, int relations, int relationChunks, int documentChunks) {
    }

    /**
     * Writes the report for {@code documents} into {@code dir} (created; old data files removed).
     *
     * @param title        what the page calls the batch (e.g. the output folder)
     * @param skippedLines how many input lines could not be read, asked once reading is over and shown on the page
     */
    public Written write(Iterator<ExtractionResult> documents, Path dir, String title, IntSupplier skippedLines)
            throws IOException {
        return write(documents, dir, title, skippedLines, Map.of());
    }

    /**
     * As above, with the SIPRI check of the run: fact key ({@link FactsAggregator#key}) of an arms
     * transfer → whether it is in the register, so the page can show only the deals not in it.
     */
    public Written write(Iterator<ExtractionResult> documents, Path dir, String title, IntSupplier skippedLines,
                         Map<String, Boolean> inRegisterByKey) throws IOException {
        Path dataDir = dir.resolve(DATA);
        Files.createDirectories(dataDir);
        clearOldData(dataDir);
        Chunks relations = new Chunks(dataDir, "relations");
        Chunks texts = new Chunks(dataDir, "docs");
        List<DocumentEntry> index = new ArrayList<>();
        Map<String, Long> entitiesByType = new TreeMap<>();
        Map<String, String> countryNames = new TreeMap<>();
        int relationCount = 0;
        int textChars = 0;
        while (documents.hasNext()) {
            ExtractionResult doc = documents.next();
            int docIndex = index.size();
            for (Entity e : doc.entities()) {
                entitiesByType.merge(e.type().name(), 1L, Long::sum);
                if (e.type() == EntityType.COUNTRY && e.kbId() != null) {
                    countryNames.putIfAbsent(e.kbId(), e.name());
                }
            }
            for (Relation r : doc.relations()) {
                relations.add(row(r, docIndex, doc, inRegisterByKey));
                relationCount++;
                if (relations.size() >= relationsPerChunk) {
                    relations.flush();
                }
            }
            if (textChars > 0 && textChars + doc.document().text().length() > documentCharsPerChunk) {
                texts.flush();
                textChars = 0;
            }
            texts.add(view(doc, docIndex));
            textChars += doc.document().text().length();
            NewsDocument d = doc.document();
            index.add(new DocumentEntry(d.id(), d.title(), d.date() == null ? null : d.date().toString(),
                    texts.chunk(), doc.relations().size()));
        }
        relations.flush();
        texts.flush();
        Summary summary = new Summary(title, index.size(), relationCount, skippedLines.getAsInt(), entitiesByType,
                countryNames, relations.chunk(), Arrays.stream(Status.values()).map(Status::name).toList(), rolesByType(),
                ReviewedGold.FORMAT);
        writeScript(dataDir.resolve("summary.js"), "NEWSREL.add(\"summary\", 0, " + ScriptJson.of(summary) + ");\n"
                + "NEWSREL.add(\"index\", 0, " + ScriptJson.of(index) + ");\n");
        Path page = dir.resolve(INDEX);
        writeScript(page, page(title, relations.chunk()));
        return new Written(page, index.size(), relationCount, relations.chunk(), texts.chunk());
    }

    static RelationRow row(Relation r, int docIndex, ExtractionResult doc, Map<String, Boolean> inRegisterByKey) {
        List<Argument> args = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        List<String> systems = new ArrayList<>();
        List<Mention> argMentions = new ArrayList<>();
        List<String> argRoles = new ArrayList<>();
        for (Role role : r.args().roles()) {
            for (Entity e : r.entities(role, doc)) {
                args.add(new Argument(role.jsonName(), e.id(), e.name(), e.type().name(), e.kbId()));
                if (e.type() == EntityType.COUNTRY && e.kbId() != null) {
                    countries.add(e.kbId());
                }
                if (e.type() == EntityType.SYSTEM) {
                    systems.add(e.name());
                }
                for (Mention m : e.mentions()) {
                    argMentions.add(m);
                    argRoles.add(role.jsonName());
                }
            }
        }
        for (Role role : r.type().schema().roleList()) {
            role.codeAttribute().flatMap(r.attrs()::get).ifPresent(countries::add);
        }
        r.attrs().get(Attribute.PARTY_COUNTRIES).ifPresent(countries::addAll);
        List<EvidenceView> evidence = new ArrayList<>();
        for (Evidence ev : r.evidence()) {
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < argMentions.size(); i++) {
                Mention m = argMentions.get(i);
                if (m.start() >= ev.start() && m.end() <= ev.end()) {
                    marks.add(new Mark(m.start() - ev.start(), m.end() - ev.start(), argRoles.get(i)));
                }
            }
            evidence.add(new EvidenceView(ev.text(), Marks.flat(marks)));
        }
        return new RelationRow(r.id(), docIndex, r.type().name(), r.confidence(), r.rule(), args, r.attrs().asMap(),
                evidence, List.copyOf(countries), systems, r.countryCode(Role.SUPPLIER_COUNTRY, doc),
                r.countryCode(Role.RECIPIENT, doc), bestFirst(r, Attribute.YEAR, Attribute.YEARS),
                bestFirst(r, Attribute.STATUS, Attribute.STATUSES).stream().map(Status::name).toList(),
                r.type() == RelationType.ARMS_TRANSFER ? inRegisterByKey.get(FactsAggregator.key(r, doc)) : null);
    }

    private static Map<String, List<String>> rolesByType() {
        Map<String, List<String>> roles = new TreeMap<>();
        for (RelationType type : RelationType.values()) {
            roles.put(type.name(), type.schema().roleList().stream().map(Role::jsonName).toList());
        }
        return roles;
    }

    /** Every value of an attribute, the relation's best one first: the timeline places a deal at the first. */
    private static <T> List<T> bestFirst(Relation r, Attribute<T> best, Attribute<List<T>> every) {
        Set<T> values = new LinkedHashSet<>();
        r.attrs().get(best).ifPresent(values::add);
        values.addAll(r.attrs().all(best, every));
        return List.copyOf(values);
    }

    static DocumentView view(ExtractionResult doc, int docIndex) {
        List<EntityView> entities = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < doc.entities().size(); i++) {
            Entity e = doc.entities().get(i);
            entities.add(new EntityView(e.id(), e.type().name(), e.name(), e.kbId()));
            for (Mention m : e.mentions()) {
                marks.add(new Mark(m.start(), m.end(), Integer.toString(i)));
            }
        }
        NewsDocument d = doc.document();
        return new DocumentView(docIndex, d.id(), d.title(), d.date() == null ? null : d.date().toString(), d.url(),
                d.text(), entities, Marks.flat(marks));
    }

    private static String page(String title, int relationChunks) {
        StringBuilder scripts = new StringBuilder();
        scripts.append("<script src=\"data/summary.js\"></script>\n");
        for (int i = 0; i < relationChunks; i++) {
            scripts.append("<script src=\"data/relations-").append(i).append(".js\"></script>\n");
        }
        return resource("/review/report.html")
                .replace("{{title}}", Html.escape(title))
                .replace("/*{{css}}*/", resource("/review/report.css"))
                .replace("/*{{boot}}*/", resource("/review/boot.js"))
                .replace("<!--{{data}}-->", scripts.toString())
                .replace("/*{{charts}}*/", resource("/review/charts.js"))
                .replace("/*{{review}}*/", resource("/review/review.js"))
                .replace("/*{{app}}*/", resource("/review/report.js"));
    }

    private static String resource(String path) {
        try (InputStream in = Resources.open(path, "report template")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static void clearOldData(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".js")) {
                    Files.delete(f);
                }
            }
        }
    }

    private static void writeScript(Path file, String content) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(content);
        }
    }

    /** Items gathered into numbered data files {@code NAME-N.js}. */
    private static final class Chunks {
        private final Path dir;
        private final String name;
        private final List<Object> items = new ArrayList<>();
        private int chunk;

        Chunks(Path dir, String name) {
            this.dir = dir;
            this.name = name;
        }

        void add(Object item) {
            items.add(item);
        }

        int size() {
            return items.size();
        }

        /** The number of the chunk being filled (= the number of chunks written so far). */
        int chunk() {
            return chunk;
        }

        void flush() throws IOException {
            if (items.isEmpty()) {
                return;
            }
            writeScript(dir.resolve(name + "-" + chunk + ".js"),
                    "NEWSREL.add(\"" + name + "\", " + chunk + ", " + ScriptJson.of(items) + ");\n");
            items.clear();
            chunk++;
        }
    }
}
