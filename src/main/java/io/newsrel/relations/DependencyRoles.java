package io.newsrel.relations;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
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
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Resources.open(path, "rule file"),
                StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                if (cols.length != 2 || !CUES.contains(cols[0])) {
                    throw new IllegalArgumentException(path + ":" + number + ": expected '<cue>\\t<semgrex>' with a cue of "
                            + CUES + ", got '" + line + "'");
                }
                try {
                    rules.add(new Rule(cols[0], SemgrexPattern.compile(cols[1].strip())));
                } catch (SemgrexParseException e) {
                    throw new IllegalArgumentException(path + ":" + number + ": bad Semgrex pattern: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
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
