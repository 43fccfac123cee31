package io.newsrel.train;

import io.newsrel.model.CharSpan;
import io.newsrel.model.Sentence;
import io.newsrel.model.TokenSpan;
import java.util.List;

/**
 * A sentence with the military systems the gazetteer finds in it: distant supervision, the
 * training and scoring data of the learned recognizer.
 *
 * @param documentId the document it belongs to
 * @param sentence   the sentence with its tokens
 * @param systems    the systems named in it, left to right
 */
public record LabeledSentence(String documentId, Sentence sentence, List<SystemLabel> systems) {

    public LabeledSentence {
        systems = List.copyOf(systems);
    }

    /**
     * One gazetteer system mention.
     *
     * @param tokens tokens of the mention within the sentence
     * @param chars  characters of the mention in the document
     * @param entry  canonical name of the gazetteer entry it names
     */
    public record SystemLabel(TokenSpan tokens, CharSpan chars, String entry) {
    }

    public String[] tokenTexts() {
        return sentence.tokens().stream().map(io.newsrel.model.Token::text).toArray(String[]::new);
    }
}
