package io.newsrel.eval;

import io.newsrel.entities.CountryGazetteer;
import io.newsrel.model.Entity;
import io.newsrel.model.ExtractionResult;
import io.newsrel.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A labelled character span, the unit of span-level scoring (re3d, CoNLL).
 *
 * @param start first character
 * @param end   one past the last character
 * @param label the evaluation label (PERSON, LOC, ...)
 */
record LabeledSpan(int start, int end, String label) {

    boolean overlaps(LabeledSpan other) {
        return start < other.end && other.start < end;
    }

    /**
     * Every top-level mention of every entity, labelled by {@code labeler}; a null label drops the
     * mention. Nested mentions are left out: the span-level gold sets annotate flat spans.
     */
    static List<LabeledSpan> of(ExtractionResult result, BiFunction<Entity, Mention, String> labeler) {
        List<LabeledSpan> spans = new ArrayList<>();
        for (Entity entity : result.entities()) {
            for (Mention mention : entity.mentions()) {
                if (mention.nested()) {
                    continue;
                }
                String label = labeler.apply(entity, mention);
                if (label != null) {
                    spans.add(new LabeledSpan(mention.start(), mention.end(), label));
                }
            }
        }
        return spans;
    }

    /** Whether a COUNTRY mention names the people or adjective ("Israeli") rather than the state. */
    static boolean isDemonym(Mention mention, CountryGazetteer countries) {
        return countries.lookup(mention.text())
                .map(c -> c.kind() == CountryGazetteer.Kind.DEMONYM)
                .orElse(false);
    }
}
