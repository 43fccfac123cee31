package io.newsrel.relations;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.RelationType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LOCAL_PRODUCTION: a foreign company sets up production, assembly, technology transfer or a joint
 * venture in a host country. A sentence qualifies with a phrase from
 * {@code models/relations/local-production-triggers.tsv}, a company and a country other than the
 * company's own; the host is the country after "in" when there is one, else the first such
 * country. Systems in the sentence are the ones produced.
 */
public final class LocalProductionExtractor implements RelationExtractor {

    static final String RULE = "local_production.trigger_company_host";

    private final PhraseLexicon triggers;

    public LocalProductionExtractor(PhraseLexicon triggers) {
        this.triggers = triggers;
    }

    @Override
    public String name() {
        return RULE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.ENTITIES, Capability.LEMMAS);
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        List<RelationCandidate> found = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            SentenceFacts sentence = new SentenceFacts(document, s);
            if (triggers.find(sentence.tokens).isEmpty()) {
                continue;
            }
            for (SentenceFacts.Placed company : sentence.ofType(EntityType.COMPANY, false)) {
                String home = company.entity().attrs().get("country");
                Entity host = null;
                double confidence = 0.55;
                for (SentenceFacts.Placed country : sentence.ofType(EntityType.COUNTRY, false)) {
                    if (country.entity().kbId().equals(home)) {
                        continue;
                    }
                    if (sentence.wordBefore(country).equals("in")) {
                        host = country.entity();
                        confidence = 0.75;
                        break;
                    }
                    host = host == null ? country.entity() : host;
                }
                if (host == null || home == null) {
                    continue;
                }
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("company", company.entity().id());
                args.put("hostCountry", host.id());
                List<String> systems = sentence.ofType(EntityType.SYSTEM, false).stream()
                        .map(m -> m.entity().id()).distinct().toList();
                if (!systems.isEmpty()) {
                    args.put("system", systems);
                }
                Map<String, Object> attrs = new LinkedHashMap<>();
                attrs.put("hostCountry", host.kbId());
                DealAttributes.addValueAndDate(sentence, document, attrs);
                found.add(new RelationCandidate(RelationType.LOCAL_PRODUCTION, company.entity().id() + "|" + host.kbId(),
                        args, attrs, confidence, List.of(document.evidence(s)), RULE));
            }
        }
        return found;
    }
}
