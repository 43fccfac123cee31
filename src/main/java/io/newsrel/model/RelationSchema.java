package io.newsrel.model;

import java.util.List;
import java.util.Set;

/**
 * What a relation type is made of (SPEC-gold.md): its roles, which of them form the key that
 * makes two statements the same fact, which hold a list of entities, and the attributes it may
 * carry. One per {@link RelationType}; extractors, the merger, facts, exports, the review report
 * and eval all read roles and attributes from here.
 *
 * @param roles      the roles, in the order they are shown
 * @param attributes the attributes a relation of the type may carry
 */
public record RelationSchema(List<RoleSpec> roles, Set<Attribute<?>> attributes) {

    /**
     * One role of a type.
     *
     * @param role the role
     * @param key  whether it is part of the type's key
     * @param list whether it holds a list of entities even when it holds one
     */
    public record RoleSpec(Role role, boolean key, boolean list) {
    }

    public RelationSchema {
        roles = List.copyOf(roles);
        attributes = Set.copyOf(attributes);
    }

    static RoleSpec key(Role role) {
        return new RoleSpec(role, true, false);
    }

    static RoleSpec keyList(Role role) {
        return new RoleSpec(role, true, true);
    }

    static RoleSpec other(Role role) {
        return new RoleSpec(role, false, false);
    }

    static RoleSpec otherList(Role role) {
        return new RoleSpec(role, false, true);
    }

    /** The roles, in the order they are shown. */
    public List<Role> roleList() {
        return roles.stream().map(RoleSpec::role).toList();
    }

    /** The roles that form the key, in schema order. */
    public List<Role> keyRoles() {
        return roles.stream().filter(RoleSpec::key).map(RoleSpec::role).toList();
    }

    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.role() == role);
    }

    public boolean isKey(Role role) {
        return roles.stream().anyMatch(r -> r.role() == role && r.key());
    }

    public boolean isList(Role role) {
        return roles.stream().anyMatch(r -> r.role() == role && r.list());
    }

    public boolean allows(Attribute<?> attribute) {
        return attributes.contains(attribute);
    }
}
