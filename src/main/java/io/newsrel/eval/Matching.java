package io.newsrel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One-to-one matching of gold items to predictions: each gold item, in order, takes the first
 * prediction that matches it and is still free. A second prediction of the same gold item (a
 * duplicate) therefore counts as a false positive.
 */
final class Matching<G, P> {

    record Pair<G, P>(G gold, P predicted) {
    }

    final List<Pair<G, P>> matched = new ArrayList<>();
    final List<G> missed = new ArrayList<>();
    final List<P> spurious;

    private Matching(List<P> predicted) {
        this.spurious = new ArrayList<>(predicted);
    }

    static <G, P> Matching<G, P> of(List<G> gold, List<P> predicted, BiPredicate<G, P> matches) {
        Matching<G, P> m = new Matching<>(predicted);
        m.add(gold, matches);
        return m;
    }

    /** Matches more gold items against the predictions still free (for a second, looser pass). */
    Matching<G, P> add(List<G> gold, BiPredicate<G, P> matches) {
        for (G g : gold) {
            P found = null;
            for (P p : spurious) {
                if (matches.test(g, p)) {
                    found = p;
                    break;
                }
            }
            if (found == null) {
                missed.add(g);
            } else {
                spurious.remove(found);
                matched.add(new Pair<>(g, found));
            }
        }
        return this;
    }

    Prf prf() {
        return new Prf(matched.size(), spurious.size(), missed.size());
    }
}
