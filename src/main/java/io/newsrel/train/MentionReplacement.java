package io.newsrel.train;

import io.newsrel.model.CharSpan;
import io.newsrel.model.Sentence;
import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Mention-replacement augmentation. The labelled corpora name about a hundred distinct systems,
 * so a model trained on them learns those names rather than what a designation looks like. For
 * each sentence with system labels this adds copies in which every labelled mention is replaced
 * by another gazetteer name (of the same category, drawn with a seeded generator): the same
 * defence contexts, with hundreds of designation shapes in them.
 *
 * <p>A copy is a new sentence of a new document ({@code <id>~copy<k>}) whose tokens have made-up
 * offsets (one space apart): it is training data only and points into no text. Copies that
 * {@code rejected} refuses (one naming a held-out system) are dropped, so the held-out protocol
 * holds for augmented data too.
 */
public final class MentionReplacement {

    /** What an augmentation produced. */
    public record Copies(List<LabeledSentence> sentences, int rejected) {
        public Copies {
            sentences = List.copyOf(sentences);
        }
    }

    private final ReplacementNames names;
    private final int copies;
    private final long seed;

    /**
     * @param names  the names to draw from: training-side entries only when measuring generalisation
     * @param copies copies per labelled sentence (0: none)
     * @param seed   seed of the draws
     */
    public MentionReplacement(ReplacementNames names, int copies, long seed) {
        if (copies < 0) {
            throw new IllegalArgumentException("copies must not be negative: " + copies);
        }
        this.names = names;
        this.copies = copies;
        this.seed = seed;
    }

    /** The copies of the labelled sentences among {@code sentences}, in their order. */
    public Copies augment(List<LabeledSentence> sentences, Predicate<LabeledSentence> rejected) {
        Random random = new Random(seed);
        List<LabeledSentence> out = new ArrayList<>();
        int dropped = 0;
        for (LabeledSentence sentence : sentences) {
            if (sentence.systems().isEmpty()) {
                continue;
            }
            for (int k = 1; k <= copies; k++) {
                LabeledSentence copy = replace(sentence, sentence.documentId() + "~copy" + k, random);
                if (rejected.test(copy)) {
                    dropped++;
                } else {
                    out.add(copy);
                }
            }
        }
        return new Copies(out, dropped);
    }

    /** The sentence with each labelled mention replaced by a drawn name, labels moved onto the new tokens. */
    LabeledSentence replace(LabeledSentence sentence, String documentId, Random random) {
        List<Token> original = sentence.sentence().tokens();
        List<String> words = new ArrayList<>();
        List<TokenSpan> spans = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        int next = 0;
        List<LabeledSentence.SystemLabel> labels = sentence.systems().stream()
                .sorted(Comparator.comparingInt(l -> l.tokens().start())).toList();
        for (LabeledSentence.SystemLabel label : labels) {
            for (int i = next; i < label.tokens().start(); i++) {
                words.add(original.get(i).text());
            }
            ReplacementNames.Name name = names.draw(label.entry(), random);
            int start = words.size();
            words.addAll(name.tokens());
            spans.add(new TokenSpan(start, words.size()));
            entries.add(name.entry());
            next = label.tokens().end();
        }
        for (int i = next; i < original.size(); i++) {
            words.add(original.get(i).text());
        }
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : words) {
            tokens.add(new Token(tokens.size(), word, offset, offset + word.length(), null, null));
            offset += word.length() + 1;
        }
        Sentence copy = new Sentence(sentence.sentence().index(), 0, offset - 1, tokens);
        List<LabeledSentence.SystemLabel> moved = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            CharSpan chars = copy.charSpan(spans.get(i));
            moved.add(new LabeledSentence.SystemLabel(spans.get(i), chars, entries.get(i)));
        }
        return new LabeledSentence(documentId, copy, moved);
    }
}
