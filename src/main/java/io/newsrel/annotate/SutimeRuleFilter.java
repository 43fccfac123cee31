package io.newsrel.annotate;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lets SUTime skip, on a sentence, every rule that cannot match there: a rule whose pattern needs
 * a token (a month name, "ago", a number of a given kind...) that no token of the sentence is, or
 * starts with one of several tokens none of which is there.
 *
 * <p>SUTime tries each of its several hundred TokensRegex rules at every token of the sentence,
 * building a matcher state each time; that was a third of newsrel's time on news. A rule skipped
 * here would have found nothing, so the output is the stock one ({@code TimeGatedNerAnnotatorTest}
 * compares it on sentences full of time expressions): the test uses the very token patterns the
 * rule's automaton would try ({@link RequiredNodes}), only earlier and once per sentence.
 *
 * <p>The rules are reached through CoreNLP 4.5.10's private fields
 * ({@code CoreMapExpressionExtractor.stages}, {@code Stage.basicExtractRule} and
 * {@code compositeExtractRule}, {@code ListExtractRule.rules}); rules of another shape are left
 * as they are.
 */
final class SutimeRuleFilter {

    private SutimeRuleFilter() {
    }

    /**
     * Wraps every token-pattern rule of the extractor that needs a token pattern to match.
     *
     * @return how many rules were wrapped
     */
    static int install(CoreMapExpressionExtractor<?> extractor) {
        Map<?, ?> stages = CoreNlpFields.read(CoreMapExpressionExtractor.class, "stages", extractor, Map.class);
        int wrapped = 0;
        for (Object stage : stages.values()) {
            for (String kind : List.of("basicExtractRule", "compositeExtractRule")) {
                wrapped += wrapAll(
                        CoreNlpFields.read(CoreMapExpressionExtractor.Stage.class, kind, stage, Object.class));
            }
        }
        return wrapped;
    }

    private static int wrapAll(Object rule) {
        if (rule instanceof SequenceMatchRules.ListExtractRule<?, ?> list) {
            int wrapped = 0;
            List<?> rules = CoreNlpFields.read(SequenceMatchRules.ListExtractRule.class, "rules", list, List.class);
            for (Object each : rules) {
                wrapped += wrapAll(each);
            }
            return wrapped;
        }
        if (rule instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> annotationRule) {
            return wrap(annotationRule) ? 1 : 0;
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean wrap(SequenceMatchRules.AnnotationExtractRule rule) {
        if (!(rule.pattern instanceof SequencePattern<?> pattern) || rule.extractRule instanceof Skipping) {
            return false;
        }
        Function<Object, List<?>> elements = elementsOf(rule);
        List<List<NodePattern<?>>> needed = new ArrayList<>();
        RequiredNodes.required(pattern).forEach(node -> needed.add(List.of(node)));
        List<NodePattern<?>> first = RequiredNodes.first(pattern);
        if (!first.isEmpty()) {
            needed.add(first);
        }
        if (elements == null || needed.isEmpty()) {
            return false;
        }
        rule.extractRule = new Skipping(rule.extractRule, needed, elements, rule.matchWithResults);
        return true;
    }

    /** What the rule's matcher runs over, given what the rule is applied to; null when unknown. */
    private static Function<Object, List<?>> elementsOf(SequenceMatchRules.AnnotationExtractRule<?, ?> rule) {
        if (rule.isComposite) {
            return in -> (List<?>) in;
        }
        if (rule.extractRule instanceof SequenceMatchRules.CoreMapExtractRule<?, ?>) {
            Class<?> field = rule.annotationField;
            return in -> (List<?>) ((CoreMap) in).get((Class) field);
        }
        if (rule.extractRule instanceof SequenceMatchRules.CoreMapToListExtractRule<?>) {
            return List::of;
        }
        return null;
    }

    /**
     * A rule run only where, for each group of token patterns it needs, one of the group matches
     * some element: a required pattern is a group of one, the patterns a match starts with one group.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private record Skipping(SequenceMatchRules.ExtractRule rule, List<List<NodePattern<?>>> needed,
                            Function<Object, List<?>> elements, boolean withResults)
            implements SequenceMatchRules.ExtractRule {

        @Override
        public boolean extract(Object in, List out) {
            return mayMatch(in) && rule.extract(in, out);
        }

        private boolean mayMatch(Object in) {
            try {
                List<?> sequence = elements.apply(in);
                if (sequence == null) {
                    return true;
                }
                for (List<NodePattern<?>> group : needed) {
                    if (!anyMatches(group, sequence)) {
                        return false;
                    }
                }
                return true;
            } catch (RuntimeException e) {
                // Testing a token pattern out of its place failed: let the rule run as CoreNLP would.
                return true;
            }
        }

        private boolean anyMatches(List<NodePattern<?>> group, List<?> sequence) {
            for (Object element : sequence) {
                if (element != null) {
                    for (NodePattern node : group) {
                        if (withResults ? node.matchWithResult(element) != null : node.match(element)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }
}
