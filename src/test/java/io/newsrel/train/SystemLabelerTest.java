package io.newsrel.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsrel.entities.CountryGazetteer;
import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.EntityGazetteers;
import io.newsrel.model.TokenSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemLabelerTest {

    private static final SystemLabeler LABELER = new SystemLabeler(EntityFinders.gazetteerFinder(
            EntityGazetteers.load(List.of(), List.of(), CountryGazetteer.load(List.of()))));

    @Test
    void gazetteerSystemsBecomeTokenSpansNamingTheirEntry() {
        String text = "Morocco ordered 36 Atmos 2000 howitzers and Hermes-900 drones from Elbit Systems .\n"
                + "The weather was fine .";
        List<LabeledSentence> sentences = LABELER.label(Texts.annotated("d1", text));

        assertEquals(2, sentences.size());
        LabeledSentence first = sentences.get(0);
        assertEquals(List.of("ATMOS 2000", "Hermes 900"),
                first.systems().stream().map(LabeledSentence.SystemLabel::entry).toList(), "companies are not labelled");
        assertEquals(new TokenSpan(3, 5), first.systems().get(0).tokens());
        assertEquals(new TokenSpan(7, 8), first.systems().get(1).tokens());
        assertEquals("Atmos 2000", first.systems().get(0).chars().of(text));
        assertEquals(List.of(), sentences.get(1).systems());
    }

    @Test
    void anAmbiguousNameIsLabelledOnlyInADefenceContext() {
        String text = "The Patriot batteries and missiles arrived .\nPatriot Bank shares rose .";
        List<LabeledSentence> sentences = LABELER.label(Texts.annotated("d2", text));

        assertEquals(List.of("Patriot"), sentences.get(0).systems().stream().map(LabeledSentence.SystemLabel::entry).toList());
        assertEquals(List.of(), sentences.get(1).systems());
    }
}
