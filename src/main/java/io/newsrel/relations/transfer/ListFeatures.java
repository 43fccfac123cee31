package io.newsrel.relations.transfer;

import io.newsrel.relations.SentenceFacts;
import io.newsrel.relations.transfer.TransferCandidate.Context;
import java.util.List;
import java.util.Optional;

/**
 * Lists of countries: buyers or operators named together ("in service in India, Australia,
 * Romania and Poland", "customers include", "ordered by nine countries -- Turkey, India, ...").
 * Whether the recipient stands in a list, how long it is, and what comes before it: a trigger, a
 * cue word, a preposition.
 */
final class ListFeatures implements FeatureFamily {

    /** How many tokens before a list its introducing word may stand. */
    private static final int INTRO_WINDOW = 6;

    @Override
    public void addContext(TransferCandidate candidate, Context context, DocumentReading reading, Features out) {
        int s = context.sentence();
        SentenceFacts sentence = reading.sentence(s);
        List<SentenceFacts.Placed> countries = Mentions.allCountries(reading, s);
        for (SentenceFacts.Placed m : Mentions.ofCountry(reading, s, candidate.recipient().kbId())) {
            int index = countries.indexOf(m);
            int first = index;
            while (first > 0 && sentence.continuesList(countries.get(first - 1).end(), countries.get(first).start())) {
                first--;
            }
            int last = index;
            while (last + 1 < countries.size()
                    && sentence.continuesList(countries.get(last).end(), countries.get(last + 1).start())) {
                last++;
            }
            int size = last - first + 1;
            if (size < 2) {
                continue;
            }
            out.add("list", "recipientInList=" + Features.bucket(size));
            introduction(reading, s, countries.get(first).start())
                    .ifPresent(intro -> out.add("list", "after=" + intro));
        }
    }

    /** What introduces a list starting at token {@code start}: a cue class, a trigger or a preposition. */
    private static Optional<String> introduction(DocumentReading reading, int s, int start) {
        SentenceFacts sentence = reading.sentence(s);
        for (int i = start - 1; i >= 0 && i >= start - INTRO_WINDOW; i--) {
            String cue = reading.cue(s, i);
            if (cue != null) {
                return Optional.of(cue);
            }
            int token = i;
            if (reading.triggers(s).stream().anyMatch(t -> t.start() <= token && token < t.end())) {
                return Optional.of("trigger");
            }
            String lemma = sentence.lemma(i);
            if (lemma.equals("to") || lemma.equals("by") || lemma.equals("in") || lemma.equals("with")
                    || lemma.equals("including") || lemma.equals("--") || lemma.equals(":")) {
                return Optional.of("word=" + lemma);
            }
        }
        return Optional.empty();
    }
}
