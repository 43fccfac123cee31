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
 * Candidates that overlap nothing accepted so far are all kept. A candidate marked nested (a
 * country word inside an organisation name) is kept when it lies inside a winner and overlaps
 * no other nested winner; when it overlaps nothing at all it stands as an ordinary mention.
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
            if (!candidate.nested() && accepted.stream().noneMatch(a -> a.span().overlaps(candidate.span()))) {
                accepted.add(candidate);
            }
        }
        List<MentionCandidate> nested = new ArrayList<>();
        for (MentionCandidate candidate : ordered) {
            if (!candidate.nested() || nested.stream().anyMatch(n -> n.span().overlaps(candidate.span()))) {
                continue;
            }
            List<MentionCandidate> overlapped = accepted.stream()
                    .filter(a -> a.span().overlaps(candidate.span())).toList();
            if (overlapped.isEmpty()) {
                accepted.add(asTopLevel(candidate));
            } else if (overlapped.size() == 1 && overlapped.get(0).span().contains(candidate.span())
                    && !overlapped.get(0).span().equals(candidate.span())) {
                nested.add(candidate);
            }
        }
        accepted.addAll(nested);
        accepted.sort(Comparator.comparingInt((MentionCandidate c) -> c.span().start())
                .thenComparing(c -> -c.span().length()));
        return accepted;
    }

    private static MentionCandidate asTopLevel(MentionCandidate c) {
        return new MentionCandidate(c.sentence(), c.span(), c.type(), c.name(), c.kbId(), c.attrs(), c.confidence(),
                c.source(), false);
    }

    private int rank(String source) {
        Integer rank = rankBySource.get(source);
        if (rank == null) {
            throw new IllegalArgumentException("finder '" + source + "' is not in the overlap policy " + rankBySource.keySet());
        }
        return rank;
    }
}
