package io.newsrel.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.newsrel.model.CharSpan;
import io.newsrel.model.NewsDocument;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A CoreNLP annotation turned into newsrel's {@link AnnotatedText}. */
final class CoreLabels {

    /** Used when CoreNLP gives no probability for a label (rule-based labels such as dates). */
    private static final double DEFAULT_NER_CONFIDENCE = 0.8;

    private CoreLabels() {
    }

    /** The sentences, tokens (with the tags and lemmas they have) and NER mentions of an annotation. */
    static AnnotatedText toText(NewsDocument document, Annotation annotation) {
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            return new AnnotatedText(document, List.of(), List.of());
        }
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        List<NerSpan> spans = new ArrayList<>();
        for (CoreMap coreSentence : coreSentences) {
            int index = sentences.size();
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            Token[] tokens = new Token[labels.size()];
            for (int i = 0; i < tokens.length; i++) {
                CoreLabel label = labels.get(i);
                int start = label.beginPosition();
                int end = label.endPosition();
                tokens[i] = new Token(i, text.substring(start, end), start, end, label.tag(), label.lemma());
            }
            sentences.add(new Sentence(index, tokens[0].start(), tokens[tokens.length - 1].end(), List.of(tokens)));
            List<CoreMap> mentions = coreSentence.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap mention : mentions) {
                    spans.add(nerSpan(index, mention));
                }
            }
        }
        return new AnnotatedText(document, sentences, spans);
    }

    private static NerSpan nerSpan(int sentence, CoreMap mention) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        CoreLabel first = tokens.get(0);
        CoreLabel last = tokens.get(tokens.size() - 1);
        // CoreLabel.index() counts from 1 within the sentence.
        TokenSpan tokenSpan = new TokenSpan(first.index() - 1, last.index());
        CharSpan chars = new CharSpan(first.beginPosition(), last.endPosition());
        String label = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        String normalized = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return new NerSpan(sentence, tokenSpan, chars, label, normalized, confidence(mention, label));
    }

    private static double confidence(CoreMap mention, String label) {
        Map<String, Double> probs = mention.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
        if (probs == null) {
            return DEFAULT_NER_CONFIDENCE;
        }
        Double p = probs.get(label);
        return p == null || p < 0 || p > 1 ? DEFAULT_NER_CONFIDENCE : p;
    }
}
