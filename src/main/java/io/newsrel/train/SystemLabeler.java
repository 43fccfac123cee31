package io.newsrel.train;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.entities.GazetteerMentionFinder;
import io.newsrel.entities.MentionCandidate;
import io.newsrel.model.EntityType;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels sentences with the gazetteer (distant supervision): every SYSTEM mention the pipeline's
 * own gazetteer finder accepts, under the same rules (longest match, case rules, ambiguous names
 * only in a defence context), becomes a labelled span.
 */
public final class SystemLabeler {

    private final GazetteerMentionFinder gazetteer;

    public SystemLabeler(GazetteerMentionFinder gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Every sentence of the document that has tokens, with its system labels. */
    public List<LabeledSentence> label(AnnotatedText text) {
        List<MentionCandidate> systems = gazetteer.find(text).stream()
                .filter(c -> c.type() == EntityType.SYSTEM).toList();
        List<LabeledSentence> labeled = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (sentence.tokens().isEmpty()) {
                continue;
            }
            List<LabeledSentence.SystemLabel> labels = new ArrayList<>();
            for (MentionCandidate system : systems) {
                if (system.sentence() == sentence.index()) {
                    labels.add(new LabeledSentence.SystemLabel(tokens(sentence, system), system.span(), system.name()));
                }
            }
            labeled.add(new LabeledSentence(text.document().id(), sentence, labels));
        }
        return labeled;
    }

    /** The tokens a mention covers: those overlapping its characters. */
    private static TokenSpan tokens(Sentence sentence, MentionCandidate mention) {
        List<Token> tokens = sentence.tokens();
        int start = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > mention.span().start() && t.start() < mention.span().end()) {
                start = start < 0 ? i : start;
                end = i + 1;
            }
        }
        return new TokenSpan(start, end);
    }
}
