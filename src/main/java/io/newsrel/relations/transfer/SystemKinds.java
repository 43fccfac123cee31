package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.relations.LinkedDocument;
import io.newsrel.relations.PhraseLexicon;
import io.newsrel.relations.RelationExtractors;
import io.newsrel.relations.SentenceFacts;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words naming a kind of system ("helicopters", "the aircraft", "an air defence system") and the
 * gazetteer categories each covers ({@code system-kinds.tsv}). A deal sentence that names only a
 * kind speaks of the document's system of that kind when the document names exactly one: "The
 * United States gave Jordan eight refurbished helicopters" in an article about Black Hawks.
 */
public final class SystemKinds {

    private final PhraseLexicon kinds;

    /** @param kinds phrase, comma-separated categories of {@code systems.tsv} */
    public SystemKinds(PhraseLexicon kinds) {
        this.kinds = kinds;
    }

    public static SystemKinds shipped() {
        return new SystemKinds(PhraseLexicon.resource(RelationExtractors.DIR + "system-kinds.tsv", 1));
    }

    /** The categories the sentence's kind words cover. */
    Set<String> categoriesIn(SentenceFacts sentence) {
        Set<String> categories = new HashSet<>();
        for (PhraseLexicon.Found found : kinds.find(sentence.tokens)) {
            categories.addAll(Arrays.asList(found.phrase().column(0).split(",")));
        }
        return categories;
    }

    /** The one system of the document whose category the sentence's kind words name, if exactly one. */
    public Optional<Entity> referent(LinkedDocument document, SentenceFacts sentence) {
        Set<String> categories = categoriesIn(sentence);
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        List<Entity> ofKind = document.entities().stream()
                .filter(e -> e.type() == EntityType.SYSTEM && categories.contains(e.attrs().get("category")))
                .toList();
        return ofKind.size() == 1 ? Optional.of(ofKind.get(0)) : Optional.empty();
    }
}
