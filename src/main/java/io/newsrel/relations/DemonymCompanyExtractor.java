package io.newsrel.relations;

import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.annotate.SentenceSelector;
import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Role;
import io.newsrel.model.EntityType;
import io.newsrel.model.RelationType;
import io.newsrel.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ORG_COUNTRY from a country word directly qualifying a company: "Israeli company Elbit Systems",
 * "Israeli drone manufacturer BlueBird Aero Systems". Between the country mention and the company
 * mention only lower-case common nouns and adjectives may stand (at most {@value #MAX_GAP} tokens).
 */
public final class DemonymCompanyExtractor implements RelationExtractor {

    static final String RULE = "org_country.demonym_company";
    private static final int MAX_GAP = 3;
    private static final double CONFIDENCE = 0.9;
    /** Tags where a country and a company are named in one sentence. */
    private static final SentenceNeeds NEEDS = SentenceNeeds.of(Set.of(Capability.POS),
            SentenceSelector.withEntity(Set.of(EntityType.COUNTRY)).and(SentenceSelector.withEntity(Set.of(EntityType.COMPANY))));

    @Override
    public String name() {
        return RULE;
    }

    @Override
    public SentenceNeeds sentenceNeeds() {
        return NEEDS;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.TOKENS, Capability.SENTENCES, Capability.ENTITIES, Capability.POS);
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        List<RelationCandidate> found = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            List<LinkedDocument.EntityMention> mentions = document.mentions(s);
            for (int i = 0; i + 1 < mentions.size(); i++) {
                LinkedDocument.EntityMention country = mentions.get(i);
                LinkedDocument.EntityMention company = mentions.get(i + 1);
                if (country.entity().type() != EntityType.COUNTRY || company.entity().type() != EntityType.COMPANY) {
                    continue;
                }
                List<Token> gap = document.tokensBetween(s, country.mention().end(), company.mention().start());
                if (gap.size() <= MAX_GAP && gap.stream().allMatch(DemonymCompanyExtractor::isCommonWord)) {
                    found.add(new RelationCandidate(RelationType.ORG_COUNTRY,
                            company.entity().id() + "|" + country.entity().kbId(),
                            Arguments.builder().add(Role.COMPANY, company.entity().id())
                                    .add(Role.COUNTRY, country.entity().id()).build(),
                            Attributes.EMPTY, CONFIDENCE, List.of(document.evidence(s)), RULE));
                }
            }
        }
        return found;
    }

    private static boolean isCommonWord(Token token) {
        String pos = token.pos();
        return pos != null && (pos.startsWith("NN") && !pos.startsWith("NNP") || pos.startsWith("JJ"))
                && token.text().equals(token.text().toLowerCase());
    }
}
