package io.newsrel.relations.attributes;

import io.newsrel.model.Attribute;
import io.newsrel.model.EntityType;
import io.newsrel.model.Money;
import io.newsrel.relations.SentenceFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The features of one candidate value: where it stands (the deal's sentence, a neighbour, the
 * lead), the words before and after it, the nearest verb, cue words around it ("each", "option",
 * "up to", "package", "bringing the total to", "delivered", "signed"), how far it is from the
 * deal's system, whether the rules chose it, and per kind what the value itself says (a year
 * against the publication year, the size of an amount, a count before the system).
 */
final class ValueFeatures {

    /** Tokens either side in which cue words count. */
    private static final int REACH = 5;
    /** Words whose presence near a value tells what it counts or prices. */
    private static final Set<String> CUES = Set.of("each", "per", "apiece", "unit", "option", "optional", "up",
            "spend", "budget", "package", "total", "bring", "fleet", "loan", "credit", "additional", "more", "another",
            "expect", "plan", "since", "ago", "until", "fiscal", "worth", "value", "cost", "already", "first");

    /** Verbs that state a step of a deal: the year or amount after them is the deal's. */
    private static final Set<String> DEAL_VERBS = Set.of("sign", "order", "buy", "purchase", "acquire", "deliver",
            "receive", "award", "select", "approve", "ink", "agree", "conclude", "contract", "procure", "finalize",
            "finalise", "commission", "induct", "place", "announce");
    private final DealContext deal;
    private final SentenceFacts facts;
    private final SentenceFacts.Placed mention;
    private final String where;

    ValueFeatures(DealContext deal, SentenceFacts facts, SentenceFacts.Placed mention, String where) {
        this.deal = deal;
        this.facts = facts;
        this.mention = mention;
        this.where = where;
    }

    List<String> year(int year, boolean written) {
        List<String> f = common(AttributeKind.YEAR);
        String p = AttributeKind.YEAR.prefix();
        f.add(p + (written ? "written" : "resolved"));
        f.add(p + "rule=" + Objects.equals(deal.rules().get(Attribute.YEAR).orElse(null), year));
        int published = deal.publicationYear();
        if (published > 0) {
            int d = year - published;
            String rel = d == 0 ? "pub" : d > 0 ? (d <= 2 ? "soon" : "future") : d >= -1 ? "lastYear" : d >= -5 ? "recent" : "past";
            f.add(p + "rel=" + rel);
            f.add(p + "rel=" + rel + "&" + where);
        }
        f.add(p + (mention.entity().name().length() > 4 ? "fullDate" : "yearOnly"));
        return f;
    }

    List<String> value(Money money) {
        List<String> f = common(AttributeKind.VALUE);
        String p = AttributeKind.VALUE.prefix();
        f.add(p + "rule=" + deal.rules().get(Attribute.VALUE).map(v -> v.amount().compareTo(money.amount()) == 0
                && v.currency().equals(money.currency())).orElse(false));
        double amount = money.amount().doubleValue();
        f.add(p + "size=" + (amount < 1e6 ? "small" : amount < 1e8 ? "millions" : amount < 1e9 ? "hundredsMillions" : "billions"));
        f.add(p + "usd=" + money.currency().equals("USD"));
        f.add(p + "moneyInSentence=" + Math.min(3, facts.ofType(EntityType.MONEY, true).size()));
        return f;
    }

    List<String> quantity(long n) {
        List<String> f = common(AttributeKind.QUANTITY);
        String p = AttributeKind.QUANTITY.prefix();
        f.add(p + "rule=" + Objects.equals(deal.rules().get(Attribute.QUANTITY).orElse(null), n));
        f.add(p + "size=" + (n == 1 ? "one" : n < 10 ? "few" : n < 100 ? "tens" : n < 1000 ? "hundreds" : "thousands"));
        int next = mention.end();
        while (next < facts.tokens.size() && facts.isDeterminerOrAdjective(next)) {
            next++;
        }
        int after = next;
        if (deal.system() != null && facts.mentions.stream().anyMatch(m -> m.entity().id().equals(deal.system().id())
                && m.start() >= mention.end() && m.start() <= after + 2)) {
            f.add(p + "beforeSystem");
        }
        if (after < facts.tokens.size()) {
            String pos = String.valueOf(facts.tokens.get(after).pos());
            f.add(p + "nextPos=" + pos);
            if (pos.startsWith("NN")) {
                f.add(p + "next=" + facts.lemma(after));
            }
        }
        return f;
    }

    /** Features every kind has, prefixed by the kind. */
    private List<String> common(AttributeKind kind) {
        String p = kind.prefix();
        List<String> f = new ArrayList<>();
        f.add(p + "bias");
        f.add(p + "where=" + where);
        f.add(p + "w-1=" + lemmaAt(mention.start() - 1));
        f.add(p + "w+1=" + lemmaAt(mention.end()));
        for (int i = Math.max(0, mention.start() - REACH); i < Math.min(facts.tokens.size(), mention.end() + REACH); i++) {
            if (i < mention.start() || i >= mention.end()) {
                String lemma = facts.lemma(i);
                if (CUES.contains(lemma)) {
                    f.add(p + "cue" + (i < mention.start() ? "<" : ">") + "=" + lemma);
                }
            }
        }
        verbBefore().ifPresent(v -> {
            f.add(p + "verb=" + v);
            f.add(p + "dealVerb=" + DEAL_VERBS.contains(v));
        });
        f.add(p + "system=" + systemDistance());
        f.add(p + "firstOfKind=" + facts.mentions.stream().filter(m -> m.type() == mention.type())
                .findFirst().map(m -> m == mention).orElse(false));
        return f;
    }

    private java.util.Optional<String> verbBefore() {
        for (int i = mention.start() - 1; i >= Math.max(0, mention.start() - 2 * REACH); i--) {
            if (String.valueOf(facts.tokens.get(i).pos()).startsWith("VB")) {
                return java.util.Optional.of(facts.lemma(i));
            }
        }
        return java.util.Optional.empty();
    }

    /** How far the deal's system is from the value in its sentence, in tokens, bucketed. */
    private String systemDistance() {
        if (deal.system() == null) {
            return "unnamed";
        }
        int best = Integer.MAX_VALUE;
        for (SentenceFacts.Placed m : facts.mentions) {
            if (m.entity().id().equals(deal.system().id())) {
                best = Math.min(best, m.start() >= mention.end() ? m.start() - mention.end() : mention.start() - m.end());
            }
        }
        return best == Integer.MAX_VALUE ? "absent" : best <= 3 ? "adjacent" : best <= 10 ? "near" : "far";
    }

    private String lemmaAt(int i) {
        return i < 0 ? "<s>" : i >= facts.tokens.size() ? "</s>" : facts.lemma(i);
    }
}
