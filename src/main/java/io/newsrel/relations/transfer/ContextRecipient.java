package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The buyer of a deal sentence that names no country at all, the second sentence of a deal told
 * over two: "The United States is Taiwan's main military supplier. In April 2001, the Bush
 * administration approved a multibillion dollar package that included ... 30 AH-64D ..." (dev
 * g185); "... to the South African Air Force. Altogether these would cost ... The German Frigate
 * Consortium and the German Submarine Consortium would supply three Class 209 ... and four Meko
 * A200SAN corvettes" (g147); "the US-Egyptian security relationship ... In terms of the deal,
 * General Dynamics Land Systems will supply 125 M1A1 Abrams tank kits, ..." (g176); "... the
 * announcement of a R2.2 billion order for 40 Agusta A109" in an article about South Africa's
 * choices (g168). The buyer is the one country other than the supplier named in the closest of
 * the two sentences before that names one; else, when those name none, the document's focus
 * country. Never a supplier of the sentence (its named supplier, its company's country or a
 * system's origin). The caller asks it only for a sentence that counts one of its systems
 * ({@code RuleTransfers.countsASystem}): a bare mention of a system is no buyer's deal.
 */
final class ContextRecipient {

    /** How many sentences back the buyer may be named. */
    static final int LOOKBACK = 2;

    private ContextRecipient() {
    }

    /** @param suppliers the ISO3 codes the sentence's deal may come from */
    static Optional<Entity> of(DocumentReading reading, int s, Set<String> suppliers) {
        if (suppliers.isEmpty() || !TransferCandidates.countries(reading, s).isEmpty()) {
            return Optional.empty();
        }
        for (int back = s - 1; back >= 0 && back >= s - LOOKBACK; back--) {
            List<Entity> buyers = TransferCandidates.countries(reading, back).stream()
                    .filter(c -> !suppliers.contains(c.kbId())).toList();
            Set<String> codes = new HashSet<>();
            buyers.forEach(c -> codes.add(c.kbId()));
            if (codes.size() == 1) {
                return Optional.of(buyers.get(0));
            }
            if (codes.size() > 1) {
                return reading.focus().filter(f -> codes.contains(f.kbId()));
            }
        }
        return reading.focus().filter(f -> !suppliers.contains(f.kbId()));
    }
}
