package io.newsrel.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsrel.entities.CountryGazetteer;
import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.EntityGazetteers;
import io.newsrel.entities.GazetteerEntry;
import io.newsrel.model.EntityType;
import io.newsrel.model.Token;
import io.newsrel.model.TokenSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionReplacementTest {

    private static final List<GazetteerEntry> ENTRIES =
            EntityGazetteers.load(List.of(), List.of(), CountryGazetteer.load(List.of()));
    private static final SystemLabeler LABELER = new SystemLabeler(EntityFinders.gazetteerFinder(ENTRIES));
    /** Splits at spaces and around hyphens, as the pipeline's tokenizer splits "J-10C". */
    private static final Function<String, List<String>> TOKENIZER =
            s -> Arrays.stream(s.replace("-", " - ").trim().split("\\s+")).filter(t -> !t.isEmpty()).toList();

    @Test
    void replacedSpansLineUpWithTheNewTokensAndTheContextIsKept() {
        ReplacementNames names = ReplacementNames.of(List.of(
                system("Type 054A", "frigate", "Jiangkai II"), system("K9 Thunder", "artillery", "K9"),
                system("Su-35", "fighter", "Su-35S")), TOKENIZER);
        String text = "The navy ordered two Jiangkai frigates and 30 Rafale fighters .";
        LabeledSentence sentence = new LabeledSentence("d", Texts.annotated("d", text).sentences().get(0), List.of(
                new LabeledSentence.SystemLabel(new TokenSpan(4, 5), null, "Type 054A"),
                new LabeledSentence.SystemLabel(new TokenSpan(8, 9), null, "Rafale")));

        for (long seed = 0; seed < 20; seed++) {
            LabeledSentence copy = new MentionReplacement(names, 1, seed).replace(sentence, "d~copy1", new java.util.Random(seed));
            List<Token> tokens = copy.sentence().tokens();
            List<String> words = tokens.stream().map(Token::text).toList();
            LabeledSentence.SystemLabel frigate = copy.systems().get(0);
            LabeledSentence.SystemLabel fighter = copy.systems().get(1);
            assertEquals(List.of("The", "navy", "ordered", "two"), words.subList(0, frigate.tokens().start()));
            assertEquals("frigates", words.get(frigate.tokens().end()));
            assertEquals(List.of("frigates", "and", "30"), words.subList(frigate.tokens().end(), fighter.tokens().start()));
            assertEquals(List.of("fighters", "."), words.subList(fighter.tokens().end(), words.size()));
            // "Type 054A" is a frigate: a frigate's name replaces it; "Rafale" is in no category here: any name.
            assertEquals("Type 054A", frigate.entry());
            List<String> fighterWords = words.subList(fighter.tokens().start(), fighter.tokens().end());
            assertTrue(names.all().stream().anyMatch(n -> n.entry().equals(fighter.entry()) && n.tokens().equals(fighterWords)),
                    "the span holds a name of the entry it is labelled with: " + words);
            assertTrue(names.all().stream().anyMatch(n -> n.entry().equals("Type 054A")
                    && n.tokens().equals(words.subList(frigate.tokens().start(), frigate.tokens().end()))), words.toString());
            String joined = String.join(" ", words);
            for (LabeledSentence.SystemLabel label : copy.systems()) {
                assertEquals(String.join(" ", words.subList(label.tokens().start(), label.tokens().end())),
                        label.chars().of(joined), "characters of the label are its tokens");
            }
            for (int i = 0; i < tokens.size(); i++) {
                assertEquals(i, tokens.get(i).index());
                assertEquals(tokens.get(i).text(), tokens.get(i).span().of(joined));
            }
            assertEquals("d~copy1", copy.documentId());
        }
    }

    /**
     * The names drawn for a split come from its training side only, and a training-side name that
     * holds a held-out one ("Anka 3" when "Anka" is held out) is dropped as the split drops such
     * sentences: no copy names a held-out system.
     */
    @Test
    void copiesForASplitNeverNameAHeldOutSystem() {
        HoldoutSplit split = HoldoutSplit.of(ENTRIES, 0.2, 7);
        ReplacementNames names = ReplacementNames.of(split.trainingEntries(ENTRIES), TOKENIZER);
        assertTrue(names.all().stream().noneMatch(n -> split.heldOut().contains(n.entry())));

        MentionReplacement.Copies copies = new MentionReplacement(names, 40, 1)
                .augment(trainingSentences(split), split::namesHeldOut);

        Set<String> drawn = new HashSet<>();
        for (LabeledSentence copy : copies.sentences()) {
            assertFalse(split.namesHeldOut(copy), "a copy names a held-out system: " + text(copy));
            copy.systems().forEach(l -> drawn.add(l.entry()));
        }
        assertTrue(drawn.size() > 200, "the copies draw on many systems: " + drawn.size());
    }

    /** Should a name of a held-out system be drawn, the guard drops the copy. */
    @Test
    void theGuardDropsCopiesThatNameAHeldOutSystem() {
        HoldoutSplit split = HoldoutSplit.of(ENTRIES, 0.2, 7);
        ReplacementNames everyName = ReplacementNames.of(ENTRIES, TOKENIZER);

        MentionReplacement.Copies copies = new MentionReplacement(everyName, 20, 1)
                .augment(trainingSentences(split), split::namesHeldOut);

        assertTrue(copies.rejected() > 20, "held-out names were drawn and dropped: " + copies.rejected());
        assertTrue(copies.sentences().stream().noneMatch(split::namesHeldOut));
        assertTrue(copies.sentences().stream().flatMap(s -> s.systems().stream())
                .noneMatch(l -> split.heldOut().contains(l.entry())));
    }

    @Test
    void theSameSeedGivesTheSameCopies() {
        HoldoutSplit split = HoldoutSplit.of(ENTRIES, 0.2, 7);
        ReplacementNames names = ReplacementNames.of(split.trainingEntries(ENTRIES), TOKENIZER);
        List<LabeledSentence> sentences = trainingSentences(split);

        List<String> first = texts(new MentionReplacement(names, 3, 5).augment(sentences, s -> false));
        assertEquals(first, texts(new MentionReplacement(names, 3, 5).augment(sentences, s -> false)));
        assertNotEquals(first, texts(new MentionReplacement(names, 3, 6).augment(sentences, s -> false)));
        assertEquals(3 * sentences.size(), first.size());
    }

    /** Labelled sentences of a training document, each naming a training-side system of one token. */
    private static List<LabeledSentence> trainingSentences(HoldoutSplit split) {
        StringBuilder text = new StringBuilder();
        ENTRIES.stream().filter(e -> e.type() == EntityType.SYSTEM && !e.ambiguous() && !split.heldOut().contains(e.name())
                        && e.name().matches("[A-Z][A-Za-z0-9]*"))
                .limit(40).forEach(e -> text.append("The army ordered 12 ").append(e.name()).append(" this year .\n"));
        List<LabeledSentence> sentences = new ArrayList<>();
        for (int i = 0; ; i++) {
            if (!split.isEvaluationDocument("train" + i)) {
                sentences.addAll(LABELER.label(Texts.annotated("train" + i, text.toString())).stream()
                        .filter(s -> !s.systems().isEmpty()).toList());
                break;
            }
        }
        assertTrue(sentences.size() >= 20, "enough labelled sentences: " + sentences.size());
        assertTrue(sentences.stream().allMatch(split::isTraining));
        return sentences;
    }

    private static GazetteerEntry system(String name, String category, String... aliases) {
        return new GazetteerEntry(EntityType.SYSTEM, name, List.of(aliases), Map.of("category", category), false, "test");
    }

    private static String text(LabeledSentence s) {
        return s.sentence().tokens().stream().map(Token::text).collect(Collectors.joining(" "));
    }

    private static List<String> texts(MentionReplacement.Copies copies) {
        return copies.sentences().stream().map(MentionReplacementTest::text).toList();
    }
}
