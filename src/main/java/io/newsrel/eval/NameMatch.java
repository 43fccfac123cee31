package io.newsrel.eval;

import io.newsrel.entities.Names;
import io.newsrel.model.Entity;
import io.newsrel.model.Mention;
import java.util.HashSet;
import java.util.Set;

/**
 * How the scorer compares names: case-, space-, hyphen- and punctuation-insensitively
 * ("Barak-MX" = "barak mx"). A predicted entity answers to its canonical name, its kbId and the
 * text of each of its mentions.
 */
final class NameMatch {

    private NameMatch() {
    }

    static String key(String name) {
        return Names.compact(name);
    }

    static Set<String> keys(Entity entity) {
        Set<String> keys = new HashSet<>();
        keys.add(key(entity.name()));
        if (entity.kbId() != null) {
            keys.add(key(entity.kbId()));
        }
        for (Mention mention : entity.mentions()) {
            keys.add(key(mention.text()));
        }
        keys.remove("");
        return keys;
    }
}
