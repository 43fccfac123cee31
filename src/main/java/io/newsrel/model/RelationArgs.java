package io.newsrel.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reading a relation's arguments against the entities of its document. */
public final class RelationArgs {

    private RelationArgs() {
    }

    /** The entity ids of a role: one for most roles, several for list roles such as {@code parties}. */
    public static List<String> ids(Relation relation, String role) {
        Object arg = relation.args().get(role);
        Collection<?> ids = arg instanceof Collection<?> c ? c : arg == null ? List.of() : List.of(arg);
        return ids.stream().map(Object::toString).toList();
    }

    /** The entities of a role that exist in {@code doc}. */
    public static List<Entity> entities(Relation relation, String role, ExtractionResult doc) {
        List<Entity> found = new ArrayList<>();
        for (String id : ids(relation, role)) {
            doc.entity(id).ifPresent(found::add);
        }
        return found;
    }

    /**
     * The ISO3 code of a role: its entity's kbId, else the code newsrel keeps in attrs for a country
     * known only from a company or system ({@code recipientCountry}, {@code supplierCountry}, {@code hostCountry}).
     */
    public static String countryCode(Relation relation, String role, ExtractionResult doc) {
        List<Entity> found = entities(relation, role, doc);
        if (!found.isEmpty()) {
            return found.get(0).kbId();
        }
        Object code = relation.attrs().get(role.endsWith("Country") ? role : role + "Country");
        return code == null ? null : code.toString();
    }
}
