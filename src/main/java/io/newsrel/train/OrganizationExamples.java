package io.newsrel.train;

import io.newsrel.annotate.AnnotatedText;
import io.newsrel.annotate.TextAnnotator;
import io.newsrel.entities.EntityFinders;
import io.newsrel.entities.Names;
import io.newsrel.entities.OrganizationModel.Outcome;
import io.newsrel.entities.OrganizationSpans;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The training examples of the organisation classifier: every organisation span the pipeline
 * reads in a gold article ({@link OrganizationSpans}), with its features and a label.
 *
 * <p>How spans are labelled, and what that means. The gold data list each article's COMPANY
 * entities and nothing else about organisations. A span is COMPANY when it names one of them: the
 * same name (case, spaces and punctuation aside), the name without its legal form, or a short form
 * of it the spec counts as the same company (its first words, "Hanwha" for "Hanwha Aerospace", or
 * its acronym, "IAI"). Every other span is not a company by the gold data: armed forces, state
 * bodies, news outlets, associations, companies outside defence and industry. The gold data do not
 * say which of these it is, so MILITARY and GOVERNMENT come from the head-noun rules
 * ({@link io.newsrel.entities.OrganizationClassifier}) and the rest is OTHER: the classifier learns
 * from the gold data where a span is a company and where it is not, and only copies the rules on
 * what the others are.
 */
public final class OrganizationExamples {

    private static final Set<String> LEGAL = Set.of("ltd", "limited", "inc", "corp", "corporation", "co", "company",
            "plc", "gmbh", "ag", "sa", "llc", "jsc", "pjsc", "pvt", "private", "sac");
    private static final Set<String> STOP = Set.of("of", "and", "the", "for", "&", "de");

    /** One organisation span of a gold article. */
    public record Example(String article, String text, Outcome label, Outcome rule, String[] features) {
    }

    private OrganizationExamples() {
    }

    /** The examples of the articles, read with the pipeline's annotator and organisation reader. */
    public static List<Example> of(List<DefnewsGold.Article> gold, TextAnnotator annotator,
                                   EntityFinders.OrganizationReader reader) {
        List<Example> examples = new ArrayList<>();
        for (DefnewsGold.Article article : gold) {
            AnnotatedText text = annotator.annotate(article.document());
            List<String> companies = article.entities().getOrDefault("COMPANY", List.of());
            for (OrganizationSpans.Span span : reader.spans().find(text)) {
                String surface = span.text(text);
                Outcome rule = Outcome.of(reader.features().ruleType(span, text));
                examples.add(new Example(article.document().id(), surface, label(surface, companies, rule), rule,
                        reader.features().of(span, text)));
            }
        }
        return examples;
    }

    /** COMPANY when the span names a gold company; else the rules' MILITARY or GOVERNMENT; else OTHER. */
    static Outcome label(String span, List<String> goldCompanies, Outcome rule) {
        for (String company : goldCompanies) {
            if (names(span, company)) {
                return Outcome.COMPANY;
            }
        }
        return rule == Outcome.MILITARY || rule == Outcome.GOVERNMENT ? rule : Outcome.OTHER;
    }

    /** Whether a span names a company: the same name, without legal forms, or a short form of it. */
    static boolean names(String span, String company) {
        List<String> spanWords = words(span);
        List<String> companyWords = words(company);
        if (spanWords.isEmpty() || companyWords.isEmpty()) {
            return false;
        }
        if (spanWords.equals(companyWords)) {
            return true;
        }
        boolean prefix = spanWords.size() < companyWords.size()
                && companyWords.subList(0, spanWords.size()).equals(spanWords);
        return prefix || isAcronym(span, companyWords);
    }

    private static boolean isAcronym(String span, List<String> companyWords) {
        String letters = span.replace(".", "").strip();
        if (letters.length() < 2 || letters.contains(" ") || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : companyWords) {
            if (!STOP.contains(w)) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equalsIgnoreCase(letters);
    }

    /** The name's words, lower case, without punctuation and legal forms. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : Names.normalize(name).split("[\\s\\-]+")) {
            String word = w.replaceAll("[^\\p{L}\\p{N}&]", "");
            if (!word.isEmpty() && !LEGAL.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The entity type a label stands for (OTHER: an organisation of no kind the spec extracts). */
    static EntityType type(Outcome outcome) {
        return outcome.type();
    }
}
