package io.newsrel.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A relation's arguments: for each {@link Role}, the ids of the entities that fill it, in the
 * order given. Immutable; iterated in the order of {@link Role}. In JSON a role that holds one
 * entity is written as its id, and a role that holds several, or that its relation type declares a
 * list ({@link RelationSchema}: an agreement's parties), as an array.
 */
public final class Arguments {

    public static final Arguments EMPTY = new Arguments(new EnumMap<>(Role.class), EnumSet.noneOf(Role.class));

    private final EnumMap<Role, List<String>> ids;
    /** Roles written as a JSON array even when they hold one id. */
    private final EnumSet<Role> listForm;

    private Arguments(EnumMap<Role, List<String>> ids, EnumSet<Role> listForm) {
        this.ids = ids;
        this.listForm = listForm;
    }

    public static Builder builder() {
        return new Builder(new EnumMap<>(Role.class));
    }

    public Builder toBuilder() {
        return new Builder(new EnumMap<>(ids));
    }

    /** These arguments with the roles a schema declares lists written as arrays. */
    Arguments inListForm(RelationSchema schema) {
        EnumSet<Role> lists = EnumSet.noneOf(Role.class);
        ids.keySet().stream().filter(schema::isList).forEach(lists::add);
        return lists.equals(listForm) ? this : new Arguments(ids, lists);
    }

    /** The arguments as JSON gives them: role name → id or list of ids; unknown roles are errors. */
    @JsonCreator
    public static Arguments fromJson(Map<String, Object> json) {
        Builder builder = builder();
        if (json != null) {
            json.forEach((name, value) -> {
                Role role = Role.ofJsonName(name);
                Collection<?> values = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
                values.forEach(id -> builder.add(role, id.toString()));
            });
        }
        return builder.build();
    }

    /** The entity ids of a role, empty when the role is not filled. */
    public List<String> ids(Role role) {
        return ids.getOrDefault(role, List.of());
    }

    /** The one (first) entity id of a role. */
    public Optional<String> id(Role role) {
        return ids(role).stream().findFirst();
    }

    public boolean has(Role role) {
        return ids.containsKey(role);
    }

    public List<Role> roles() {
        return List.copyOf(ids.keySet());
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /**
     * Role name → id, or list of ids for list roles and roles holding several, sorted by role name
     * as documents.jsonl has always written them.
     */
    @JsonValue
    public Map<String, Object> asJson() {
        Map<String, Object> json = new TreeMap<>();
        ids.forEach((role, list) -> json.put(role.jsonName(),
                list.size() == 1 && !listForm.contains(role) ? list.get(0) : list));
        return json;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Arguments other && ids.equals(other.ids);
    }

    @Override
    public int hashCode() {
        return ids.hashCode();
    }

    @Override
    public String toString() {
        return asJson().toString();
    }

    /** Collects arguments; ids of a role keep the order they were added in, without repeats. */
    public static final class Builder {
        private final EnumMap<Role, List<String>> ids;

        private Builder(EnumMap<Role, List<String>> ids) {
            this.ids = ids;
        }

        /** Adds an entity to a role (a second id makes the role hold several). */
        public Builder add(Role role, String id) {
            java.util.Objects.requireNonNull(id, () -> "entity id of role " + role);
            List<String> list = new java.util.ArrayList<>(ids.getOrDefault(role, List.of()));
            if (!list.contains(id)) {
                list.add(id);
            }
            ids.put(role, List.copyOf(list));
            return this;
        }

        /** Sets a role to exactly these ids (none: the role is removed). */
        public Builder set(Role role, List<String> entityIds) {
            ids.remove(role);
            entityIds.forEach(id -> add(role, id));
            return this;
        }

        /** Every role of {@code other} that this builder lacks. */
        public Builder putAllAbsent(Arguments other) {
            other.ids.forEach(ids::putIfAbsent);
            return this;
        }

        public boolean has(Role role) {
            return ids.containsKey(role);
        }

        public Arguments build() {
            return ids.isEmpty() ? EMPTY : new Arguments(new EnumMap<>(ids), EnumSet.noneOf(Role.class));
        }
    }
}
