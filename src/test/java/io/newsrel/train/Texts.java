package io.newsrel.train;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Annotated texts for tests without CoreNLP: one sentence per line, tokens split at spaces. */
final class Texts {

    private Texts() {
    }

    static AnnotatedText annotated(String id, String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < line.length()) {
                if (line.charAt(i) == ' ') {
                    i++;
                    continue;
                }
                int end = line.indexOf(' ', i) < 0 ? line.length() : line.indexOf(' ', i);
                String word = line.substring(i, end);
                String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
                tokens.add(new Token(tokens.size(), word, lineStart + i, lineStart + end, pos, word.toLowerCase()));
                i = end;
            }
            sentences.add(new Sentence(sentences.size(), lineStart, lineStart + line.length(), tokens));
            lineStart += line.length() + 1;
        }
        return new AnnotatedText(new NewsDocument(id, text, null, null, null, Map.of()), sentences, List.of());
    }
}
