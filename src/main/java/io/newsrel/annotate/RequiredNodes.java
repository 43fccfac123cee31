package io.newsrel.annotate;

import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The token patterns a match of a TokensRegex pattern cannot do without: those every match uses
 * (nodes of its automaton that every path from the start to the accepting state passes through),
 * and those a match starts with. A sequence none of whose tokens matches a required pattern, or
 * any of the first ones, holds no match of the pattern.
 *
 * <p>CoreNLP keeps the automaton private ({@code SequencePattern.root}, {@code State.next}); it
 * is read by reflection, as in CoreNLP 4.5.10. The reading is conservative: a repeated part
 * ({@code RepeatState}, reached through a field other than {@code next}) and a state of a kind
 * not known here give no required node, so a pattern read wrongly is only filtered less.
 */
final class RequiredNodes {

    /** The automaton's states whose transitions are all in {@code State.next}. */
    private static final Set<String> KNOWN_STATES = Set.of("State", "NodePatternState", "MultiNodePatternState",
            "MatchState", "ValueState", "BackRefState", "GroupStartState", "GroupEndState", "ConjStartState",
            "ConjEndState", "SeqStartState", "SeqEndState");
    /** Leaves its body through {@code repeatStart}, which is not followed: the body is never required. */
    private static final String REPEAT_STATE = "RepeatState";

    private static final Field ROOT = CoreNlpFields.field(SequencePattern.class, "root");
    private static final Field NEXT = CoreNlpFields.field(ROOT.getType(), "next");

    private RequiredNodes() {
    }

    /**
     * The node patterns a match of {@code pattern} can start with: one of them matches its first
     * token. Empty when a match can be empty, or start with something else than one token pattern
     * (several tokens at once, a back reference, a state this class does not know).
     */
    static List<NodePattern<?>> first(SequencePattern<?> pattern) {
        List<NodePattern<?>> first = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.add(CoreNlpFields.read(ROOT, pattern));
        while (!todo.isEmpty()) {
            Object state = todo.poll();
            if (!seen.add(state)) {
                continue;
            }
            String kind = state.getClass().getSimpleName();
            switch (kind) {
                case "NodePatternState" -> first.add(nodeOf(state));
                case "State", "GroupStartState", "GroupEndState", "ConjStartState", "ConjEndState", "ValueState" ->
                        todo.addAll(next(state));
                case REPEAT_STATE -> {
                    todo.addAll(next(state));
                    todo.add(CoreNlpFields.read(CoreNlpFields.field(state.getClass(), "repeatStart"), state));
                }
                default -> {
                    // the accepting state (an empty match), or a state that consumes otherwise
                    return List.of();
                }
            }
        }
        return first;
    }

    /**
     * The node patterns every match of {@code pattern} uses, in the automaton's order; empty when
     * none is (or when the automaton holds a state this class does not know).
     */
    static List<NodePattern<?>> required(SequencePattern<?> pattern) {
        Object root = CoreNlpFields.read(ROOT, pattern);
        Map<Object, List<Object>> graph = new IdentityHashMap<>();
        List<Object> order = new ArrayList<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.add(root);
        graph.put(root, null);
        while (!todo.isEmpty()) {
            Object state = todo.poll();
            String kind = state.getClass().getSimpleName();
            if (!KNOWN_STATES.contains(kind) && !REPEAT_STATE.equals(kind)) {
                return List.of();
            }
            order.add(state);
            List<Object> next = next(state);
            graph.put(state, next);
            for (Object n : next) {
                if (!graph.containsKey(n)) {
                    graph.put(n, null);
                    todo.add(n);
                }
            }
        }
        Object accept = order.stream().filter(s -> s.getClass().getSimpleName().equals("MatchState")).findFirst()
                .orElse(null);
        if (accept == null) {
            return List.of();
        }
        List<NodePattern<?>> required = new ArrayList<>();
        for (Object state : order) {
            if (state.getClass().getSimpleName().equals("NodePatternState") && !reaches(root, accept, state, graph)) {
                required.add(nodeOf(state));
            }
        }
        return required;
    }

    /** Whether {@code accept} can be reached from {@code root} without passing through {@code avoided}. */
    private static boolean reaches(Object root, Object accept, Object avoided, Map<Object, List<Object>> graph) {
        if (root == avoided) {
            return false;
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.add(root);
        seen.add(root);
        while (!todo.isEmpty()) {
            Object state = todo.poll();
            if (state == accept) {
                return true;
            }
            for (Object n : graph.getOrDefault(state, List.of())) {
                if (n != avoided && seen.add(n)) {
                    todo.add(n);
                }
            }
        }
        return false;
    }

    /** The token pattern of a {@code NodePatternState}. */
    private static NodePattern<?> nodeOf(Object state) {
        return (NodePattern<?>) CoreNlpFields.read(CoreNlpFields.field(state.getClass(), "pattern"), state);
    }

    private static List<Object> next(Object state) {
        Object next = CoreNlpFields.read(NEXT, state);
        return next == null ? List.of() : new ArrayList<>((Collection<?>) next);
    }
}
