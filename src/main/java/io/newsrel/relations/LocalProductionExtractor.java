package io.newsrel.relations;

import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.annotate.SentenceSelector;
import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * LOCAL_PRODUCTION: a foreign company sets up production, assembly, technology transfer or a joint
 * venture in a host country. A sentence qualifies with a phrase from
 * {@code models/relations/local-production-triggers.tsv}, a company and a country other than the
 * company's own; the hosts are the countries after "in" and those listed with them ("facilities in
 * Pakistan and Myanmar"), else the first such country; a ministry or armed force named after its
 * country stands for it. Systems in the sentence are the ones produced.
 */
public final class LocalProductionExtractor implements RelationExtractor {

    static final String RULE = "local_production.trigger_company_host";

    private final PhraseLexicon triggers;
    private final DefenceContext defence;
    private final SentenceNeeds needs;

    public LocalProductionExtractor(PhraseLexicon triggers) {
        this(triggers, DefenceContext.shipped());
    }

    /** @param defence the military words one of which the production sentence or a neighbour must hold */
    public LocalProductionExtractor(PhraseLexicon triggers, DefenceContext defence) {
        this.triggers = triggers;
        this.defence = defence;
        // A trigger and a company; a year may stand next to it.
        this.needs = SentenceNeeds.of(requires(), triggers.sentencesWithAPhrase()
                .and(SentenceSelector.withEntity(Set.of(EntityType.COMPANY))).withNeighbours(1));
    }

    @Override
    public SentenceNeeds sentenceNeeds() {
        return needs;
    }

    @Override
    public String name() {
        return RULE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.TOKENS, Capability.SENTENCES, Capability.ENTITIES, Capability.LEMMAS, Capability.POS);
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        List<RelationCandidate> found = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            SentenceFacts sentence = document.facts(s);
            if (triggers.find(sentence.tokens).isEmpty() || !aboutDefence(document, s)) {
                continue;
            }
            // a ministry or armed force named after its country stands for it as host; a country
            // that qualifies a company ("France's Airbus") names the company's nationality
            List<SentenceFacts.Placed> places = sentence.countriesWithStandIns(document,
                    Set.of(EntityType.GOVERNMENT, EntityType.MILITARY)).stream()
                    .filter(p -> !sentence.qualifiesCompany(p)).toList();
            List<SentenceFacts.Placed> companies = sentence.ofType(EntityType.COMPANY, false).stream()
                    .filter(c -> ProductionCues.home(sentence, c).isPresent()).toList();
            if (companies.isEmpty()) {
                companyNamedElsewhere(document, s, sentence, places, found);
                continue;
            }
            for (SentenceFacts.Placed company : companies) {
                String home = ProductionCues.home(sentence, company).orElseThrow();
                List<Entity> hosts = hostsAfterIn(sentence, places, home);
                double confidence = 0.75;
                if (hosts.isEmpty()) {
                    hosts.addAll(ProductionCues.partnerHosts(document, sentence, company, home));
                    confidence = 0.6;
                }
                if (hosts.isEmpty()) {
                    places.stream().filter(p -> !sentence.isDateline(p)).map(SentenceFacts.Placed::entity)
                            .filter(e -> !e.kbId().equals(home)).findFirst().ifPresent(hosts::add);
                    confidence = 0.55;
                }
                for (Entity host : hosts) {
                    found.add(candidate(document, s, sentence, company.entity(), host, confidence));
                }
            }
        }
        return ProductionCues.withoutParents(found, document);
    }

    /**
     * Whether the production is of defence equipment: the sentence or the one before or after it
     * names a system or holds a military word. A document about the military also reports civil
     * ventures: a supercomputer joint venture of Honeywell and NEC (reuters-17497), software for
     * Toshiba's milling machines (reuters-19425); every dev production names its system or a
     * military word there (g068's drones, g101's factory next to the Lynx).
     */
    private boolean aboutDefence(LinkedDocument document, int s) {
        for (int near = Math.max(0, s - 1); near <= Math.min(document.sentences().size() - 1, s + 1); near++) {
            SentenceFacts facts = document.facts(near);
            if (!facts.ofType(EntityType.SYSTEM, false).isEmpty() || defence.holds(facts.tokens)) {
                return true;
            }
        }
        return false;
    }

    /** Hosts named after "in" and the countries listed with them ("facilities in Pakistan and Myanmar"). */
    private static List<Entity> hostsAfterIn(SentenceFacts sentence, List<SentenceFacts.Placed> places, String home) {
        List<Entity> hosts = new ArrayList<>();
        int previousEnd = -1;
        for (SentenceFacts.Placed place : places) {
            boolean inPhrase = sentence.wordBefore(place).equals("in")
                    || previousEnd >= 0 && sentence.continuesList(previousEnd, place.start());
            if (!place.entity().kbId().equals(home) && inPhrase && !hosts.contains(place.entity())) {
                hosts.add(place.entity());
                previousEnd = place.end();
            }
        }
        return hosts;
    }

    /**
     * A sentence that states production "in" a country but names no company ("The agreement also
     * covers technology transfer ensuring the production of rockets in Poland") takes its company
     * from elsewhere in the document ({@link ProductionCues#companyFor}); the other countries the
     * sentence names ("Indo-Russian", "China will construct") say whose company it is.
     */
    private static void companyNamedElsewhere(LinkedDocument document, int s, SentenceFacts sentence,
                                              List<SentenceFacts.Placed> places, List<RelationCandidate> found) {
        List<Entity> hosts = hostsAfterIn(sentence, places, null);
        Set<String> foreign = new HashSet<>();
        sentence.ofType(EntityType.COUNTRY, true).forEach(c -> foreign.add(c.entity().kbId()));
        hosts.forEach(h -> foreign.remove(h.kbId()));
        for (Entity host : hosts) {
            // "four will be manufactured in Israel ... and four built in a shipyard in the
            // Philippines": when every country is a host, each host's company is the other's, and
            // the story must lean to the host ("to produce helicopters in Russia and India")
            Set<String> owners = new HashSet<>(foreign);
            boolean mutual = owners.isEmpty() && hosts.size() > 1;
            if (mutual) {
                hosts.stream().map(Entity::kbId).filter(h -> !h.equals(host.kbId())).forEach(owners::add);
            }
            ProductionCues.companyFor(document, s, host.kbId(), owners)
                    .filter(company -> ProductionCues.hostable(document, host.kbId(), company.attrs().get("country"), mutual))
                    .ifPresent(company -> found.add(candidate(document, s, sentence, company, host, 0.5)));
        }
    }

    private static RelationCandidate candidate(LinkedDocument document, int s, SentenceFacts sentence, Entity company,
                                               Entity host, double confidence) {
        Arguments args = Arguments.builder()
                .add(Role.COMPANY, company.id())
                .add(Role.HOST_COUNTRY, host.id())
                .set(Role.SYSTEM, sentence.ofType(EntityType.SYSTEM, false).stream()
                        .map(m -> m.entity().id()).distinct().toList())
                .build();
        Attributes.Builder attrs = Attributes.builder().put(Attribute.HOST_COUNTRY, host.kbId());
        DealAttributes.addValueAndDate(sentence, document, attrs, false);
        return new RelationCandidate(RelationType.LOCAL_PRODUCTION, company.id() + "|" + host.kbId(), args,
                attrs.build(), confidence, List.of(document.evidence(s)), RULE);
    }
}
