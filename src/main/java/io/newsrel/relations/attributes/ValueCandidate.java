package io.newsrel.relations.attributes;

import java.util.List;

/**
 * A value the text near a deal gives that may be one of the deal's attributes: a year, an amount of
 * money or a count, where it stands and what is around it.
 *
 * @param kind     which attribute it could be
 * @param value    an {@code Integer} year, a {@code Money}, or a {@code Long} count
 * @param date     the finer date it was read from ("2024-04"), or null
 * @param sentence the sentence it stands in
 * @param features the binary features the decision reads
 */
public record ValueCandidate(AttributeKind kind, Object value, String date, int sentence, List<String> features) {

    public ValueCandidate {
        features = List.copyOf(features);
    }
}
