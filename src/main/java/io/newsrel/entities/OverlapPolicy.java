package io.newsrel.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Who wins when candidates overlap. One policy for the whole pipeline:
 * <ol>
 *   <li>a candidate of a finder listed earlier wins (finders are listed from most to least
 *       trusted: gazetteer before pattern before NER);</li>
 *   <li>among candidates of the same finder, the longer span wins;</li>
 *   <li>then the one that starts first.</li>
 * </ol>
 * Candidates that overlap nothing accepted so far are all kept.
 */
public final class OverlapPolicy {

    private final Map<String, Integer> rankBySource;

    /** @param sourcesByTrust finder names, most trusted first */
    public OverlapPolicy(List<String> sourcesByTrust) {
        Map<String, Integer> ranks = new java.util.HashMap<>();
        for (int i = 0; i < sourcesByTrust.size(); i++) {
            ranks.putIfAbsent(sourcesByTrust.get(i), i);
        }
        this.rankBySource = Map.copyOf(ranks);
    }

    /** The winners, in text order. */
    public List<MentionCandidate> resolve(List<MentionCandidate> candidates) {
        List<MentionCandidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.<MentionCandidate>comparingInt(c -> rank(c.source()))
                .thenComparing(c -> -c.span().length())
                .thenComparingInt(c -> c.span().start()));
        List<MentionCandidate> accepted = new ArrayList<>();
        for (MentionCandidate candidate : ordered) {
            boolean free = accepted.stream().noneMatch(a -> a.span().overlaps(candidate.span()));
            if (free) {
                accepted.add(candidate);
            }
        }
        accepted.sort(Comparator.comparingInt((MentionCandidate c) -> c.span().start()));
        return accepted;
    }

    private int rank(String source) {
        Integer rank = rankBySource.get(source);
        if (rank == null) {
            throw new IllegalArgumentException("finder '" + source + "' is not in the overlap policy " + rankBySource.keySet());
        }
        return rank;
    }
}
