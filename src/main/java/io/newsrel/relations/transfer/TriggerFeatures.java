package io.newsrel.relations.transfer;

import io.newsrel.relations.transfer.TransferCandidate.Context;
import java.util.Optional;

/** The trigger of the context sentence (or of the sentence next to it): its words, side and status. */
final class TriggerFeatures implements FeatureFamily {

    @Override
    public void addContext(TransferCandidate candidate, Context context, DocumentReading reading, Features out) {
        int s = context.sentence();
        Optional<TransferTrigger> here = reading.mainTrigger(s);
        if (here.isPresent()) {
            TransferTrigger t = here.get();
            out.add("trigger", "here");
            out.add("trigger", "lemma=" + t.lemma());
            out.add("trigger", "side=" + t.subject().map(Enum::name).orElse("none"));
            out.add("trigger", "status=" + t.status());
            out.add("trigger", "noun", t.isNoun(reading.sentence(s)));
            out.add("trigger", "passive", t.isPassive(reading.sentence(s)));
            out.add("trigger", "here&" + context.system());
            return;
        }
        boolean adjacent = s > 0 && !reading.triggers(s - 1).isEmpty()
                || s + 1 < reading.sentenceCount() && !reading.triggers(s + 1).isEmpty();
        out.add("trigger", adjacent ? "adjacent" : "none");
    }
}
