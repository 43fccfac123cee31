package io.newsrel.review;

import io.newsrel.model.EntityType;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.RelationType;
import io.newsrel.output.DocumentsFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a brat folder back as gold documents: each {@code NAME.ann} with its {@code NAME.txt}
 * (document id NAME), in name order, sub-folders included. Understands what {@link BratExporter}
 * writes ({@code T}, {@code E}, {@code A} and {@code AnnotatorNotes} lines) and also binary
 * {@code R} relations an analyst drew from a relation's trigger to a mention ({@code R1 recipient
 * Arg1:T40 Arg2:T3}). A document that cannot be read goes to the {@link DocumentsFile.BadLine}
 * handler with its file, line and reason.
 */
public final class BratReader {

    private final Function<String, String> countryCode;

    /** @param countryCode ISO3 code of a country name or word, or null (for mentions an analyst added) */
    public BratReader(Function<String, String> countryCode) {
        this.countryCode = countryCode;
    }

    public List<ExtractionResult> read(Path dir, DocumentsFile.BadLine badDocument) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a brat folder: " + dir);
        }
        List<Path> anns;
        try (Stream<Path> files = Files.walk(dir)) {
            anns = files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        List<ExtractionResult> documents = new ArrayList<>();
        for (Path ann : anns) {
            String name = ann.getFileName().toString();
            Path txt = ann.resolveSibling(name.substring(0, name.length() - 4) + ".txt");
            try {
                documents.add(document(txt, ann));
            } catch (IOException | RuntimeException e) {
                badDocument.skipped(ann.toString(), e.getMessage());
            }
        }
        return documents;
    }

    ExtractionResult document(Path txt, Path ann) throws IOException {
        if (!Files.isRegularFile(txt)) {
            throw new IOException("no text file " + txt.getFileName() + " beside it");
        }
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        String name = txt.getFileName().toString();
        NewsDocument doc = NewsDocument.of(name.substring(0, name.length() - 4), text);
        GoldDocumentBuilder gold = new GoldDocumentBuilder(doc, countryCode);
        List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        Map<String, String> triggerOfEvent = new HashMap<>();
        // spans first, then what refers to them
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    read(line, pass, gold, text, triggerOfEvent);
                } catch (RuntimeException | IOException e) {
                    throw new IOException("line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        return gold.build();
    }

    private static void read(String line, int pass, GoldDocumentBuilder gold, String text,
                             Map<String, String> triggerOfEvent) throws IOException {
        String[] fields = line.split("\t", -1);
        String id = fields[0];
        char kind = id.charAt(0);
        if (pass == 0 && kind == 'T') {
            String[] typeAndSpan = fields[1].split(" ", 2);
            int[] span = BratSpans.parse(text, typeAndSpan[1]);
            String type = typeAndSpan[0];
            if (ReviewSchema.isRelationType(type)) {
                gold.anchor(id, RelationType.valueOf(type), span[0], span[1]);
            } else if (ReviewSchema.isEntityType(type)) {
                gold.mention(id, EntityType.valueOf(type), span[0], span[1], null);
            } else {
                throw new IOException("unknown type " + type);
            }
        } else if (pass == 1 && kind == 'E') {
            String[] args = fields[1].split(" ");
            String trigger = args[0].substring(args[0].indexOf(':') + 1);
            triggerOfEvent.put(id, trigger);
            for (int i = 1; i < args.length; i++) {
                String[] roleAndId = args[i].split(":", 2);
                gold.argument(trigger, roleAndId[0].replaceAll("\\d+$", ""), roleAndId[1]);
            }
        } else if (pass == 1 && kind == 'R') {
            String[] parts = fields[1].split(" ");
            String arg1 = parts[1].substring(parts[1].indexOf(':') + 1);
            String arg2 = parts[2].substring(parts[2].indexOf(':') + 1);
            boolean fromAnchor = gold.isAnchor(arg1);
            gold.argument(fromAnchor ? arg1 : arg2, parts[0], fromAnchor ? arg2 : arg1);
        } else if (pass == 2 && kind == 'A') {
            String[] parts = fields[1].split(" ");
            String target = triggerOfEvent.getOrDefault(parts[1], parts[1]);
            gold.attribute(target, parts[0], parts.length > 2 ? parts[2] : Boolean.TRUE);
        } else if (pass == 2 && kind == '#') {
            String[] parts = fields[1].split(" ");
            String target = parts[1];
            String note = fields.length > 2 ? fields[2] : "";
            if (target.startsWith("E") && triggerOfEvent.containsKey(target)) {
                String trigger = triggerOfEvent.get(target);
                gold.attributes(trigger, ReviewSchema.parseAttributes(note));
            } else if (gold.isMention(target)) {
                gold.canonical(target, note);
            }
        }
    }

}
