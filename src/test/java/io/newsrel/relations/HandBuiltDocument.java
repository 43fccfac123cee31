package io.newsrel.relations;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Mention;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document written by hand, token by token, with its entities: what the relation stages read,
 * without loading CoreNLP. Tokens are "word/POS/lemma" ("ordered/VBD/order"; POS and lemma
 * default to NN and the lower-cased word); an entity is named by its tokens' positions.
 */
public final class HandBuiltDocument {

    private final List<List<String[]>> sentences = new ArrayList<>();
    private final Map<String, EntitySpec> entities = new LinkedHashMap<>();

    private record EntitySpec(EntityType type, String name, String kbId, Map<String, String> attrs, List<int[]> spans) {
    }

    /** Adds a sentence of space-separated "word/POS/lemma" tokens. */
    public HandBuiltDocument sentence(String tokens) {
        List<String[]> parsed = new ArrayList<>();
        for (String token : tokens.split(" ")) {
            String[] parts = token.split("/");
            String word = parts[0];
            parsed.add(new String[] {word, parts.length > 1 ? parts[1] : "NN", parts.length > 2 ? parts[2] : word.toLowerCase()});
        }
        sentences.add(parsed);
        return this;
    }

    /** Names an entity at tokens [from, to) of a sentence; call again with the same name for another mention. */
    public HandBuiltDocument entity(EntityType type, String name, String kbId, Map<String, String> attrs,
                                    int sentence, int from, int to) {
        entities.computeIfAbsent(name, n -> new EntitySpec(type, name, kbId, attrs, new ArrayList<>()))
                .spans().add(new int[] {sentence, from, to});
        return this;
    }

    public LinkedDocument build() {
        StringBuilder text = new StringBuilder();
        List<Sentence> built = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int sentenceStart = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String[] t : sentences.get(s)) {
                if (text.length() > sentenceStart) {
                    text.append(' ');
                }
                tokens.add(new Token(tokens.size(), t[0], text.length(), text.length() + t[0].length(), t[1], t[2]));
                text.append(t[0]);
            }
            built.add(new Sentence(s, sentenceStart, text.length(), tokens));
            text.append(' ');
        }
        List<Entity> found = new ArrayList<>();
        for (EntitySpec spec : entities.values()) {
            List<Mention> mentions = new ArrayList<>();
            for (int[] span : spec.spans()) {
                List<Token> tokens = built.get(span[0]).tokens();
                int start = tokens.get(span[1]).start();
                int end = tokens.get(span[2] - 1).end();
                mentions.add(new Mention(start, end, text.substring(start, end), span[0]));
            }
            found.add(new Entity("e" + (found.size() + 1), spec.type(), spec.name(), spec.kbId(), spec.attrs(), mentions, 0.9, "gazetteer"));
        }
        NewsDocument document = NewsDocument.of("hand-built", text.toString());
        return new LinkedDocument(new AnnotatedText(document, built, List.of()), found);
    }
}
