package io.newsrel.relations;

import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.annotate.SentenceSelector;
import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Role;
import io.newsrel.model.EntityType;
import io.newsrel.model.RelationType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PERSON_ROLE: a person, their title and the organisation they hold it in, from two shapes:
 * "ORG TITLE PERSON" ("BlueBird CEO Ronen Nadir") and "PERSON, TITLE of ORG" ("Ronen Nadir, chief
 * executive of BlueBird"). Titles come from {@code models/relations/titles.txt}.
 */
public final class PersonRoleExtractor implements RelationExtractor {

    static final String RULE = "person_role.title_pattern";
    private static final Set<EntityType> ORGANIZATIONS = Set.of(EntityType.COMPANY, EntityType.MILITARY,
            EntityType.GOVERNMENT, EntityType.ORGANIZATION);

    private final PhraseLexicon titles;
    private final SentenceNeeds needs;

    public PersonRoleExtractor(PhraseLexicon titles) {
        this.titles = titles;
        this.needs = SentenceNeeds.of(requires(), titles.sentencesWithAPhrase()
                .and(SentenceSelector.withEntity(Set.of(EntityType.PERSON))));
    }

    /** Lemmas where a title stands in a sentence naming a person. */
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
        return Set.of(Capability.TOKENS, Capability.SENTENCES, Capability.ENTITIES, Capability.LEMMAS);
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        List<RelationCandidate> found = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            SentenceFacts sentence = document.facts(s);
            for (PhraseLexicon.Found title : titles.find(sentence.tokens)) {
                SentenceFacts.Placed person = at(sentence, title.end(), EntityType.PERSON);
                SentenceFacts.Placed org = endingAt(sentence, title.start());
                double confidence = 0.85;
                if (person == null || org == null) {
                    // "PERSON , TITLE of ORG"
                    person = endingAt(sentence, title.start() - 1, EntityType.PERSON);
                    org = title.end() + 1 < sentence.tokens.size() && sentence.lemma(title.end()).equals("of")
                            ? at(sentence, title.end() + 1, null) : null;
                    confidence = 0.75;
                    if (person == null || org == null || !sentence.tokens.get(title.start() - 1).text().equals(",")) {
                        continue;
                    }
                }
                String titleText = sentence.tokens.subList(title.start(), title.end()).stream()
                        .map(t -> t.text()).reduce((a, b) -> a + " " + b).orElse("");
                Arguments args = Arguments.builder().add(Role.PERSON, person.entity().id())
                        .add(Role.ORGANIZATION, org.entity().id()).build();
                found.add(new RelationCandidate(RelationType.PERSON_ROLE,
                        person.entity().id() + "|" + org.entity().id() + "|" + titleText.toLowerCase(),
                        args, Attributes.builder().put(Attribute.TITLE, titleText).build(), confidence, List.of(document.evidence(s)), RULE));
            }
        }
        return found;
    }

    private static SentenceFacts.Placed at(SentenceFacts sentence, int start, EntityType type) {
        for (SentenceFacts.Placed m : sentence.mentions) {
            if (m.start() == start && !m.nested() && (type == null ? ORGANIZATIONS.contains(m.type()) : m.type() == type)) {
                return m;
            }
        }
        return null;
    }

    private static SentenceFacts.Placed endingAt(SentenceFacts sentence, int end) {
        for (SentenceFacts.Placed m : sentence.mentions) {
            if (m.end() == end && !m.nested() && ORGANIZATIONS.contains(m.type())) {
                return m;
            }
        }
        return null;
    }

    private static SentenceFacts.Placed endingAt(SentenceFacts sentence, int end, EntityType type) {
        for (SentenceFacts.Placed m : sentence.mentions) {
            if (m.end() == end && !m.nested() && m.type() == type) {
                return m;
            }
        }
        return null;
    }
}
