package io.newsrel.relations.transfer;

import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.relations.SentenceFacts;
import io.newsrel.relations.transfer.TransferCandidate.Context;
import io.newsrel.relations.transfer.TransferCandidate.RecipientLink;
import io.newsrel.relations.transfer.TransferCandidate.SupplierLink;
import io.newsrel.relations.transfer.TransferCandidate.SystemLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates every deal a document allows, generously, so that the decision can be learned: for
 * each sentence that names a system (or, holding a trigger or a word about operators, speaks of a
 * system named just before: "the howitzer is in service in India, ...", "It now has six foreign
 * clients including ..."), every recipient among the countries of the sentence, of the sentences
 * next to it when one of them holds a trigger, and the countries the document names most; every
 * supplier among the system's origin, the nationality of the companies in and next to the
 * sentence, the countries named there and the document's main countries. A sentence with a
 * trigger and a word naming a kind of system also gives deals with no system. Armed forces and
 * ministries named after a country stand for it ("the Indian Navy").
 */
public final class TransferCandidates {

    /** How many sentences back a system may be named for "the howitzer" to mean it. */
    private static final int KIND_LOOKBACK = 2;
    private static final Set<EntityType> STAND_INS = Set.of(EntityType.MILITARY, EntityType.GOVERNMENT,
            EntityType.LOCATION);
    /** The cue class of words about operators and customers (transfer-cue-words.tsv). */
    static final String OPERATORS = "operators";

    private TransferCandidates() {
    }

    public static List<TransferCandidate> generate(DocumentReading reading) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (int s = 0; s < reading.sentenceCount(); s++) {
            for (Entity system : systemsNamed(reading, s)) {
                addDeals(reading, s, system, SystemLink.NAMED, byKey);
            }
            boolean triggered = !reading.triggers(s).isEmpty();
            if (systemsNamed(reading, s).isEmpty() && (triggered || reading.cues(s).contains(OPERATORS))) {
                for (Entity system : systemsNamedBefore(reading, s)) {
                    addDeals(reading, s, system, SystemLink.EARLIER, byKey);
                }
            }
            if (triggered && reading.hasCategoryWord(s)) {
                addDeals(reading, s, null, SystemLink.NONE, byKey);
            }
        }
        return byKey.values().stream().map(Builder::build).toList();
    }

    private static void addDeals(DocumentReading reading, int s, Entity system, SystemLink link,
                                 Map<String, Builder> byKey) {
        for (Map.Entry<Entity, RecipientLink> recipient : recipients(reading, s).entrySet()) {
            for (Supplier supplier : suppliers(reading, s, system)) {
                if (supplier.code().equals(recipient.getKey().kbId())) {
                    continue;
                }
                String key = TransferCandidate.key(recipient.getKey(), supplier.code(), system);
                byKey.computeIfAbsent(key, k -> new Builder(recipient.getKey(), supplier.code(), system))
                        .contexts.add(new Context(s, link, recipient.getValue(), supplier.link(), supplier.company()));
            }
        }
    }

    /** The distinct systems a sentence names (nested mentions left out), in text order. */
    static List<Entity> systemsNamed(DocumentReading reading, int s) {
        return reading.sentence(s).ofType(EntityType.SYSTEM, false).stream()
                .map(SentenceFacts.Placed::entity).distinct().toList();
    }

    private static List<Entity> systemsNamedBefore(DocumentReading reading, int s) {
        for (int back = s - 1; back >= 0 && back >= s - KIND_LOOKBACK; back--) {
            List<Entity> named = systemsNamed(reading, back);
            if (!named.isEmpty()) {
                return named;
            }
        }
        return List.of();
    }

    /** The countries a sentence names, armed forces, ministries and a capital after "to" standing for theirs. */
    static List<Entity> countries(DocumentReading reading, int s) {
        return reading.sentence(s).countriesWithStandIns(reading.document(), STAND_INS).stream()
                .map(SentenceFacts.Placed::entity).distinct().toList();
    }

    private static Map<Entity, RecipientLink> recipients(DocumentReading reading, int s) {
        Map<Entity, RecipientLink> recipients = new LinkedHashMap<>();
        countries(reading, s).forEach(c -> recipients.putIfAbsent(c, RecipientLink.SAME_SENTENCE));
        for (int near : new int[] {s - 1, s + 1}) {
            boolean triggered = !reading.triggers(s).isEmpty()
                    || near >= 0 && near < reading.sentenceCount() && !reading.triggers(near).isEmpty();
            if (near >= 0 && near < reading.sentenceCount() && triggered) {
                countries(reading, near).forEach(c -> recipients.putIfAbsent(c, RecipientLink.ADJACENT_SENTENCE));
            }
        }
        reading.mainCountries().forEach(c -> recipients.putIfAbsent(c, RecipientLink.DOCUMENT));
        return recipients;
    }

    /** A way to know the supplier: its code, how it is known, and a company of that nationality nearby. */
    private record Supplier(String code, SupplierLink link, Entity company) {
    }

    private static List<Supplier> suppliers(DocumentReading reading, int s, Entity system) {
        Map<String, Supplier> suppliers = new LinkedHashMap<>();
        for (int near = Math.max(0, s - 1); near <= Math.min(reading.sentenceCount() - 1, s + 1); near++) {
            for (SentenceFacts.Placed company : reading.sentence(near).ofType(EntityType.COMPANY, false)) {
                String code = company.entity().attrs().get("country");
                if (code != null) {
                    suppliers.putIfAbsent(code, new Supplier(code, SupplierLink.COMPANY, company.entity()));
                }
            }
        }
        if (system != null && system.attrs().get("country") != null) {
            String origin = system.attrs().get("country");
            suppliers.put(origin, new Supplier(origin, SupplierLink.SYSTEM_ORIGIN, companyOf(suppliers.get(origin))));
        }
        for (int near : new int[] {s, s - 1, s + 1}) {
            if (near >= 0 && near < reading.sentenceCount()) {
                SupplierLink link = near == s ? SupplierLink.NAMED_HERE : SupplierLink.NAMED_ADJACENT;
                for (Entity country : countries(reading, near)) {
                    Supplier known = suppliers.get(country.kbId());
                    if (known == null || known.link() != SupplierLink.NAMED_HERE) {
                        suppliers.put(country.kbId(), new Supplier(country.kbId(), link, companyOf(known)));
                    }
                }
            }
        }
        for (Entity country : reading.mainCountries()) {
            suppliers.putIfAbsent(country.kbId(), new Supplier(country.kbId(), SupplierLink.DOCUMENT, null));
        }
        return List.copyOf(suppliers.values());
    }

    private static Entity companyOf(Supplier supplier) {
        return supplier == null ? null : supplier.company();
    }

    private static final class Builder {
        final Entity recipient;
        final String supplier;
        final Entity system;
        final List<Context> contexts = new ArrayList<>();

        Builder(Entity recipient, String supplier, Entity system) {
            this.recipient = recipient;
            this.supplier = supplier;
            this.system = system;
        }

        TransferCandidate build() {
            return new TransferCandidate(recipient, supplier, system, contexts);
        }
    }
}
