package io.newsrel.relations;

import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.Lexicon;
import java.util.List;

/** The built-in relation extractors, with their rule files from {@code models/relations/}. */
public final class RelationExtractors {

    public static final String DIR = "/models/relations/";

    private RelationExtractors() {
    }

    public static List<RelationExtractor> create() {
        Lexicon categories = Lexicon.resource(EntityFinders.CATEGORY_WORDS);
        return List.of(
                new ArmsTransferExtractor(PhraseLexicon.resource(DIR + "arms-transfer-triggers.tsv", 2),
                        PhraseLexicon.resource(DIR + "status-modifiers.tsv", 1), categories,
                        DependencyRoles.resource(DIR + "arms-transfer-roles.semgrex")),
                new CooperationExtractor(PhraseLexicon.resource(DIR + "cooperation-triggers.tsv", 1)),
                new LocalProductionExtractor(PhraseLexicon.resource(DIR + "local-production-triggers.tsv", 0)),
                new PersonRoleExtractor(PhraseLexicon.resource(DIR + "titles.txt", 0)),
                new DemonymCompanyExtractor(),
                new GazetteerOrgCountryExtractor());
    }
}
