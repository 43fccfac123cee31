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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final SentenceNeeds needs;

    public LocalProductionExtractor(PhraseLexicon triggers) {
        this.triggers = triggers;
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
            if (triggers.find(sentence.tokens).isEmpty()) {
                continue;
            }
            // a ministry or armed force named after its country stands for it as host
            List<SentenceFacts.Placed> places = sentence.countriesWithStandIns(document,
                    Set.of(EntityType.GOVERNMENT, EntityType.MILITARY));
            for (SentenceFacts.Placed company : sentence.ofType(EntityType.COMPANY, false)) {
                String home = company.entity().attrs().get("country");
                if (home == null) {
                    continue;
                }
                // hosts named after "in" (and the countries listed with them) are sure; else the first foreign country
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
                double confidence = 0.75;
                if (hosts.isEmpty()) {
                    places.stream().map(SentenceFacts.Placed::entity).filter(e -> !e.kbId().equals(home))
                            .findFirst().ifPresent(hosts::add);
                    confidence = 0.55;
                }
                for (Entity host : hosts) {
                    Arguments args = Arguments.builder()
                            .add(Role.COMPANY, company.entity().id())
                            .add(Role.HOST_COUNTRY, host.id())
                            .set(Role.SYSTEM, sentence.ofType(EntityType.SYSTEM, false).stream()
                                    .map(m -> m.entity().id()).distinct().toList())
                            .build();
                    Attributes.Builder attrs = Attributes.builder().put(Attribute.HOST_COUNTRY, host.kbId());
                    DealAttributes.addValueAndDate(sentence, document, attrs, false);
                    found.add(new RelationCandidate(RelationType.LOCAL_PRODUCTION,
                            company.entity().id() + "|" + host.kbId(), args, attrs.build(), confidence,
                            List.of(document.evidence(s)), RULE));
                }
            }
        }
        return found;
    }
}
