package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import java.util.List;
import java.util.Map;

/**
 * Who receives and who supplies in one trigger sentence, as the word-order and grammar cues read
 * it ({@link TriggerRoles}).
 *
 * @param recipients    recipient countries, in text order
 * @param supplier      the supplier country named in the sentence, or null
 * @param fmsSupplier   "under a Foreign Military Sale": the United States supplies, named or not
 * @param company       the supplying company, or null
 * @param recipientCued whether a recipient was named by a preposition, a possessive or as subject, not guessed
 * @param supplierCued  whether the supplier was named by a preposition, as subject of a supply verb
 *                      or as a company's nationality, not guessed
 * @param confidence    how sure the cues make the hand-written rules, in [0, 1]
 * @param cues          country ISO3 → the cue that gave it its side ("parse:subject", "prep:from", ...)
 */
public record RoleReading(List<Entity> recipients, Entity supplier, boolean fmsSupplier, Entity company,
                          boolean recipientCued, boolean supplierCued, double confidence, Map<String, String> cues) {

    public RoleReading {
        recipients = List.copyOf(recipients);
        cues = Map.copyOf(cues);
    }

    /** The supplier's ISO3 code as the sentence gives it: the named country, else the United States for FMS. */
    public String supplierCode() {
        return supplier != null ? supplier.kbId() : fmsSupplier ? "USA" : null;
    }

    /** The side a country takes in this reading, or null. */
    public Side sideOf(String iso3) {
        if (recipients.stream().anyMatch(r -> r.kbId().equals(iso3))) {
            return Side.RECIPIENT;
        }
        return iso3.equals(supplierCode()) ? Side.SUPPLIER : null;
    }
}
