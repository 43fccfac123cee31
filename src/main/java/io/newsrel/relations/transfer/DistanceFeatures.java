package io.newsrel.relations.transfer;

import io.newsrel.relations.SentenceFacts;
import io.newsrel.relations.transfer.TransferCandidate.Context;
import java.util.List;
import java.util.Optional;

/**
 * Word order in the context sentence: how far the recipient and supplier stand from the system,
 * and on which side of the trigger.
 */
final class DistanceFeatures implements FeatureFamily {

    @Override
    public void addContext(TransferCandidate candidate, Context context, DocumentReading reading, Features out) {
        int s = context.sentence();
        List<SentenceFacts.Placed> systems = candidate.system() == null ? List.of() : Mentions.of(reading, s, candidate.system());
        List<SentenceFacts.Placed> recipients = Mentions.ofCountry(reading, s, candidate.recipient().kbId());
        List<SentenceFacts.Placed> suppliers = Mentions.ofCountry(reading, s, candidate.supplier());
        out.add("distance", "recipientToSystem=" + bucket(gap(recipients, systems)));
        out.add("distance", "supplierToSystem=" + bucket(gap(suppliers, systems)));
        out.add("distance", "recipientToSupplier=" + bucket(gap(recipients, suppliers)));
        Optional<TransferTrigger> trigger = reading.mainTrigger(s);
        if (trigger.isPresent()) {
            int t = trigger.get().start();
            out.add("order", "recipient=" + side(recipients, t));
            out.add("order", "supplier=" + side(suppliers, t));
            out.add("order", "system=" + side(systems, t));
        }
        out.add("sentence", "countries=" + Features.bucket(TransferCandidates.countries(reading, s).size()));
        out.add("sentence", "systems=" + Features.bucket(TransferCandidates.systemsNamed(reading, s).size()));
    }

    /** The fewest tokens between a mention of one list and one of the other; -1 when either is empty. */
    private static int gap(List<SentenceFacts.Placed> a, List<SentenceFacts.Placed> b) {
        int best = -1;
        for (SentenceFacts.Placed x : a) {
            for (SentenceFacts.Placed y : b) {
                int gap = Math.max(0, Math.max(x.start() - y.end(), y.start() - x.end()));
                best = best < 0 ? gap : Math.min(best, gap);
            }
        }
        return best;
    }

    private static String bucket(int gap) {
        return gap < 0 ? "absent" : gap <= 3 ? "0-3" : gap <= 8 ? "4-8" : gap <= 15 ? "9-15" : "16+";
    }

    private static String side(List<SentenceFacts.Placed> mentions, int trigger) {
        if (mentions.isEmpty()) {
            return "absent";
        }
        return mentions.get(0).end() <= trigger ? "before" : "after";
    }
}
