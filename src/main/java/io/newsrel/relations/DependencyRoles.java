package io.newsrel.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import io.newsrel.util.DataFile;
import io.newsrel.util.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the roles of a trigger's arguments off a dependency parse with the Semgrex patterns of
 * {@code models/relations/arms-transfer-roles.semgrex}: which token heads the subject, the "from"
 * phrase, the "to" phrase, and so on. A pattern that does not compile fails at load with its file
 * and line.
 */
public final class DependencyRoles {

    /** The cues a pattern file may use. */
    public static final Set<String> CUES = Set.of("subject", "agent", "patient", "supplier", "recipient", "possessor");

    private record Rule(String cue, SemgrexPattern pattern) {
    }

    private final List<Rule> rules;

    private DependencyRoles(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DependencyRoles resource(String path) {
        List<Rule> rules = new ArrayList<>();
        for (DataFile.Line line : DataFile.lines(Resources.open(path, "rule file"), path)) {
            String[] cols = line.text().split("\t", 2);
            if (cols.length != 2 || !CUES.contains(cols[0])) {
                throw line.error("expected '<cue>\\t<semgrex>' with a cue of " + CUES + ", got '" + line.text() + "'");
            }
            try {
                rules.add(new Rule(cols[0], SemgrexPattern.compile(cols[1].strip())));
            } catch (SemgrexParseException e) {
                throw new IllegalArgumentException(line.where() + ": bad Semgrex pattern: " + e.getMessage(), e);
            }
        }
        return new DependencyRoles(rules);
    }

    /**
     * Token index (0-based) → cue, for the arguments of the trigger at token {@code trigger}.
     * Words conjoined to an argument take its cue; the first rule to claim a token wins.
     */
    public Map<Integer, String> roles(SemanticGraph graph, int trigger) {
        Map<Integer, String> roles = new LinkedHashMap<>();
        for (Rule rule : rules) {
            SemgrexMatcher matcher = rule.pattern().matcher(graph);
            while (matcher.find()) {
                IndexedWord triggerNode = matcher.getNode("trigger");
                IndexedWord arg = matcher.getNode("arg");
                if (triggerNode == null || arg == null || triggerNode.index() - 1 != trigger) {
                    continue;
                }
                roles.putIfAbsent(arg.index() - 1, rule.cue());
                for (IndexedWord conjunct : graph.getChildrenWithReln(arg,
                        edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONJUNCT)) {
                    roles.putIfAbsent(conjunct.index() - 1, rule.cue());
                }
            }
        }
        return roles;
    }
}
