package io.newsrel.relations;

import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Role;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ORG_COUNTRY from what the company gazetteer knows: a company whose country the document also
 * names. The evidence is the company's first mention; the demonym rule, when it fires on the
 * same pair, adds its own sentence.
 */
public final class GazetteerOrgCountryExtractor implements RelationExtractor {

    static final String RULE = "org_country.gazetteer";
    private static final double CONFIDENCE = 0.7;

    @Override
    public String name() {
        return RULE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.SENTENCES, Capability.ENTITIES);
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        List<RelationCandidate> found = new ArrayList<>();
        for (Entity company : document.entities()) {
            String iso3 = company.attrs().get("country");
            if (company.type() != EntityType.COMPANY || iso3 == null) {
                continue;
            }
            document.countryEntity(iso3).ifPresent(country -> found.add(new RelationCandidate(RelationType.ORG_COUNTRY,
                    company.id() + "|" + iso3, Arguments.builder().add(Role.COMPANY, company.id()).add(Role.COUNTRY, country.id()).build(),
                    Attributes.EMPTY,
                    CONFIDENCE, List.of(document.evidence(company.mentions().get(0).sentence())), RULE)));
        }
        return found;
    }
}
