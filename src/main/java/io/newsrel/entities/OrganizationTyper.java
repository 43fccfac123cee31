package io.newsrel.entities;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.model.EntityType;

/**
 * Decides what an organisation span NER found is: a company, an armed force, a state body or
 * another organisation. With a model ({@link OrganizationModel}, the default) the learned
 * classifier decides; without one, the rules ({@link OrganizationFeatures#ruleType}).
 */
public final class OrganizationTyper {

    private final OrganizationFeatures features;
    private final OrganizationModel model;

    private OrganizationTyper(OrganizationFeatures features, OrganizationModel model) {
        this.features = features;
        this.model = model;
    }

    public static OrganizationTyper rules(OrganizationFeatures features) {
        return new OrganizationTyper(features, null);
    }

    public static OrganizationTyper learned(OrganizationFeatures features, OrganizationModel model) {
        return new OrganizationTyper(features, java.util.Objects.requireNonNull(model, "model"));
    }

    public EntityType type(OrganizationSpans.Span span, AnnotatedText text) {
        if (model == null) {
            return features.ruleType(span, text);
        }
        return model.classify(features.of(span, text)).outcome().type();
    }
}
