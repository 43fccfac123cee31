package io.newsrel.relations.attributes;

import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.relations.LinkedDocument;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the attribute decision knows of one deal: the document, the sentences the deal was read
 * from, its system (null when only a kind of system is named), its parties and the attributes the
 * rules gave it.
 *
 * @param recipient ISO3 of the recipient
 * @param supplier  ISO3 of the supplier country
 * @param rules     the attributes the hand-written rules read
 */
public record DealContext(LinkedDocument document, SortedSet<Integer> sentences, Entity system, String recipient,
                          String supplier, Attributes rules) {

    public DealContext {
        sentences = new TreeSet<>(sentences);
    }

    /** The publication year, or 0 when the document has no date. */
    int publicationYear() {
        return document.text().document().publicationDate().map(d -> d.getYear()).orElse(0);
    }
}
