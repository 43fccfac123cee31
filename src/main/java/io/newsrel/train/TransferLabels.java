package io.newsrel.train;

import io.newsrel.entities.Names;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.model.Entity;
import io.newsrel.model.Mention;
import io.newsrel.model.RelationType;
import io.newsrel.relations.transfer.TransferCandidate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which candidate deals a gold article states, as the scorer counts them: same recipient, same
 * supplier country, and a system whose name or one of whose mentions is among the gold names
 * (compared as the scorer compares them: letters and digits only); a gold deal with no system
 * (only a kind of system) is stated by any candidate between the same two countries.
 */
public final class TransferLabels {

    private final List<DefnewsGold.GoldRelation> transfers;

    public TransferLabels(DefnewsGold.Article article) {
        this.transfers = article.relations().stream().filter(r -> r.type() == RelationType.ARMS_TRANSFER).toList();
    }

    public int goldCount() {
        return transfers.size();
    }

    public boolean isDeal(TransferCandidate candidate) {
        return transfers.stream().anyMatch(g -> states(g, candidate));
    }

    /** How many gold transfers some candidate states. */
    public int covered(List<TransferCandidate> candidates) {
        return (int) transfers.stream().filter(g -> candidates.stream().anyMatch(c -> states(g, c))).count();
    }

    private static boolean states(DefnewsGold.GoldRelation gold, TransferCandidate candidate) {
        return states(gold, candidate.recipient().kbId(), candidate.supplier(), candidate.system());
    }

    /** The gold transfer a deal of these parties and system is, preferring one that names the system. */
    public Optional<DefnewsGold.GoldRelation> goldOf(String recipient, String supplier, Entity system) {
        return transfers.stream().filter(g -> states(g, recipient, supplier, system))
                .min(java.util.Comparator.comparing(g -> g.system() == null));
    }

    private static boolean states(DefnewsGold.GoldRelation gold, String recipient, String supplier, Entity system) {
        if (!Objects.equals(gold.recipient(), recipient) || !Objects.equals(gold.supplierCountry(), supplier)) {
            return false;
        }
        if (gold.system() == null) {
            return true;
        }
        if (system == null) {
            return false;
        }
        Set<String> names = names(system);
        return gold.system().stream().map(Names::compact).anyMatch(names::contains);
    }

    private static Set<String> names(Entity system) {
        Set<String> names = new HashSet<>();
        names.add(Names.compact(system.name()));
        for (Mention m : system.mentions()) {
            names.add(Names.compact(m.text()));
        }
        return names;
    }
}
