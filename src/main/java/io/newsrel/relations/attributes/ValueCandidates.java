package io.newsrel.relations.attributes;

import io.newsrel.model.EntityType;
import io.newsrel.model.Money;
import io.newsrel.relations.DealAttributes;
import io.newsrel.relations.SentenceFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every year, amount of money and count the text gives in a deal's sentences and their neighbours
 * (years also in the lead sentences, counts also in sentences naming the deal's system, amounts
 * anywhere in the document), each a
 * {@link ValueCandidate} with the features of its place ({@link ValueFeatures}).
 */
public final class ValueCandidates {

    /** The headline and lead, where news states its deal and its year. */
    private static final int LEAD_SENTENCES = 3;

    private ValueCandidates() {
    }

    public static List<ValueCandidate> of(DealContext deal) {
        List<ValueCandidate> found = new ArrayList<>();
        int count = deal.document().sentences().size();
        TreeSet<Integer> window = new TreeSet<>();
        for (int s : deal.sentences()) {
            for (int t = Math.max(0, s - 1); t <= Math.min(count - 1, s + 1); t++) {
                window.add(t);
            }
        }
        TreeSet<Integer> read = new TreeSet<>();
        for (int t = 0; t < Math.min(LEAD_SENTENCES, count); t++) {
            read.add(t);
        }
        for (int t = 0; t < count; t++) {
            SentenceFacts facts = deal.document().facts(t);
            boolean system = deal.system() != null && facts.mentions.stream()
                    .anyMatch(m -> m.entity().id().equals(deal.system().id()));
            String where = deal.sentences().contains(t) ? "same" : window.contains(t) ? "near"
                    : system ? "system" : read.contains(t) ? "lead" : "far";
            for (SentenceFacts.Placed m : facts.mentions) {
                // a year away from the deal and the lead is another event's (most years in sentences that
                // only name the system are); amounts are read anywhere, as a package's value may be
                if (m.type() != EntityType.DATE || where.equals("same") || where.equals("near") || where.equals("lead")) {
                    candidate(deal, facts, m, where).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static Optional<ValueCandidate> candidate(DealContext deal, SentenceFacts facts, SentenceFacts.Placed m,
                                                      String where) {
        ValueFeatures features = new ValueFeatures(deal, facts, m, where);
        if (m.type() == EntityType.DATE && m.entity().name().matches("\\d{4}.*")) {
            if (m.start() == 1 && facts.lemma(0).equals("date")) {
                return Optional.empty(); // the page's " date 2022-03-11 " marker: the publication, never a deal
            }
            int year = Integer.parseInt(m.entity().name().substring(0, 4));
            String date = m.entity().name().length() > 4 ? m.entity().name() : null;
            return Optional.of(new ValueCandidate(AttributeKind.YEAR, year, date, facts.index,
                    features.year(year, DealAttributes.statesYear(facts, m))));
        }
        if (m.type() == EntityType.MONEY && m.entity().attrs().containsKey("amount")
                && m.entity().attrs().containsKey("currency")) {
            Money money = new Money(new BigDecimal(m.entity().attrs().get("amount")), m.entity().attrs().get("currency"));
            return Optional.of(new ValueCandidate(AttributeKind.VALUE, money, null, facts.index, features.value(money)));
        }
        if (m.type() == EntityType.QUANTITY && (where.equals("same") || where.equals("near") || where.equals("system"))) {
            return count(m).map(n -> new ValueCandidate(AttributeKind.QUANTITY, n, null, facts.index, features.quantity(n)));
        }
        return Optional.empty();
    }

    /** A whole count from 1 to a million, as deals count items. */
    private static Optional<Long> count(SentenceFacts.Placed m) {
        try {
            double d = Double.parseDouble(m.entity().attrs().getOrDefault("value", ""));
            return d >= 1 && d < 1e6 && d == Math.rint(d) ? Optional.of((long) d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
