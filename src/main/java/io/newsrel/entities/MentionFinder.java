package io.newsrel.entities;

import io.newsrel.Stage;
import io.newsrel.annotate.AnnotatedText;
import java.util.List;
import java.util.Set;

/** Proposes typed mention candidates in an annotated document; thread-safe. */
public interface MentionFinder extends Stage {

    List<MentionCandidate> find(AnnotatedText text);

    @Override
    default Set<Capability> provides() {
        return Set.of(Capability.MENTIONS);
    }
}
