package io.newsrel.relations.transfer;

import io.newsrel.model.Attribute;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import io.newsrel.relations.DealQuantity;
import io.newsrel.relations.RelationCandidate;
import io.newsrel.relations.SentenceFacts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hand-written decision of earlier versions: a sentence with a trigger, a system (or a word
 * naming a kind of system) and a recipient read by {@link TriggerRoles} states a transfer of each
 * of its systems. The supplier country falls back on the supplying company's country, then the
 * system's origin; a supplier read only from word order gives way to the system's known origin.
 * A transfer within one country is domestic procurement and is dropped. Deals that name only a
 * kind of system speak of the document's one system of that kind when it has one
 * ({@link SystemKinds}); else they are kept only when both sides are cued, and dropped when the same
 * two countries have a deal naming a system ({@link #withoutRedundantCategories}). Used as the "rules alone"
 * decision and, through its verdict, as features of the learned one.
 */
public final class RuleTransfers {

    public static final String RULE = "arms_transfer.trigger_roles";
    private static final double ORIGIN_OVERRIDE_PENALTY = 0.1;
    private static final double COMPANY_SUPPLIER_PENALTY = 0.05;
    private static final double ORIGIN_SUPPLIER_PENALTY = 0.15;
    private static final double CATEGORY_PENALTY = 0.2;
    /** A buyer named only in the sentences before is a guess. */
    private static final double CONTEXT_RECIPIENT_PENALTY = 0.15;

    private RuleTransfers() {
    }

    /** The transfers the rules find, and the country pairs of category deals they do not report. */
    public record Found(List<RelationCandidate> transfers, List<RelationCandidate> pairsOnly) {
    }

    public static Found find(DocumentReading reading) {
        List<StatedSuppliers.Sourced> found = new ArrayList<>();
        List<RelationCandidate> pairsOnly = new ArrayList<>();
        List<Integer> kindOnly = new ArrayList<>();
        List<StatedSuppliers.Sourced> fromContext = new ArrayList<>();
        for (int s = 0; s < reading.sentenceCount(); s++) {
            SentenceFacts sentence = reading.sentence(s);
            List<Entity> systems = TransferCandidates.systemsNamed(reading, s).stream()
                    .filter(sys -> !BackgroundMentions.onlyBackground(sentence, sys)).toList();
            if (reading.triggers(s).isEmpty() || systems.isEmpty() && !reading.hasCategoryWord(s)) {
                continue;
            }
            if (systems.isEmpty()) {
                kindOnly.add(s);
            } else {
                deals(reading, s, systems, found, fromContext, pairsOnly);
            }
        }
        // Sentences naming only a kind of system come last: whether "the aircraft" is the
        // document's Rafale depends on the deals the document states by name.
        Set<String> dealtIn = new HashSet<>();
        found.forEach(c -> dealtIn.addAll(c.transfer().args().ids(Role.SYSTEM)));
        for (int s : kindOnly) {
            RoleReading roles = reading.roles(s).orElseThrow();
            List<Entity> system = reading.systemOfKind(s).filter(sys -> fits(sys, roles, dealtIn)).stream().toList();
            deals(reading, s, system, found, fromContext, pairsOnly);
        }
        found.addAll(newDeals(fromContext, found));
        return new Found(withoutRedundantCategories(StatedSuppliers.prefer(found)), pairsOnly);
    }

    /** The deals of one sentence: each recipient read, each system (none: a deal in a kind of system). */
    private static void deals(DocumentReading reading, int s, List<Entity> systems,
                              List<StatedSuppliers.Sourced> found, List<StatedSuppliers.Sourced> fromContext,
                              List<RelationCandidate> pairsOnly) {
        RoleReading roles = reading.roles(s).orElseThrow();
        Status status = reading.stage(s).orElseThrow();
        List<Entity> recipients = roles.recipients();
        List<StatedSuppliers.Sourced> into = found;
        if (recipients.isEmpty() && countsASystem(reading, s, systems)) {
            into = fromContext;
            // a sentence naming no country: the buyer of the sentences before (ContextRecipient)
            recipients = ContextRecipient.of(reading, s, suppliers(reading.sentence(s), roles, systems)).stream().toList();
            roles = new RoleReading(recipients, roles.supplier(), roles.fmsSupplier(), roles.company(), false,
                    roles.supplierCued(), roles.confidence() - CONTEXT_RECIPIENT_PENALTY, roles.cues());
        }
        for (Entity recipient : recipients) {
            for (Entity system : systems.isEmpty() ? Collections.<Entity>singletonList(null) : systems) {
                transfer(reading, s, roles, recipient, system, status, into, pairsOnly);
            }
        }
    }

    /**
     * The deals read with a buyer from the sentences before that no sentence states with its own
     * buyer: a guessed buyer adds no stage, year or money to a deal stated plainly ("Sailors prepare
     * to transfer it" in a photo caption is no delivery of the helicopters a sale was approved for).
     */
    private static List<StatedSuppliers.Sourced> newDeals(List<StatedSuppliers.Sourced> fromContext,
                                                          List<StatedSuppliers.Sourced> found) {
        Set<String> stated = new HashSet<>();
        found.forEach(c -> stated.add(key(c.transfer())));
        return fromContext.stream().filter(c -> !stated.contains(key(c.transfer()))).toList();
    }

    /** "recipient|supplier|system entity id" of a transfer. */
    private static String key(RelationCandidate c) {
        return pair(c) + "|" + c.args().id(Role.SYSTEM).orElse("-");
    }

    /**
     * Whether the sentence counts one of its systems ("30 AH-64D Apache Longbow attack helicopters",
     * "four Meko A200SAN corvettes", "125 M1A1 Abrams tank kits"): the second sentence of a deal
     * lists what was bought; a sentence that only names a system ("a contract for Patriot
     * air-defense missiles", "a proposal ... to modify its F-16 jet", Reuters-21578) is no deal of
     * the buyer named before, nor is one counting a kind of system only ("the firm will produce
     * 4,491 missiles", Reuters-21578).
     */
    private static boolean countsASystem(DocumentReading reading, int s, List<Entity> systems) {
        SentenceFacts sentence = reading.sentence(s);
        return systems.stream().anyMatch(system -> DealQuantity.quantity(sentence, system).isPresent());
    }

    /** The countries a sentence's deal may come from: its named supplier, its company's, its systems' origins. */
    private static Set<String> suppliers(SentenceFacts sentence, RoleReading roles, List<Entity> systems) {
        Set<String> suppliers = new HashSet<>();
        if (roles.supplierCode() != null) {
            suppliers.add(roles.supplierCode());
        }
        if (roles.company() != null && roles.company().attrs().get("country") != null) {
            suppliers.add(roles.company().attrs().get("country"));
        }
        for (Entity system : systems) {
            String origin = origin(sentence, system);
            if (origin != null) {
                suppliers.add(origin);
            }
        }
        return suppliers;
    }

    /**
     * A system's origin as the sentence allows it: none when it calls the system Soviet, else the
     * gazetteer's, else its maker's named right before it, else the one its package shares
     * ({@link PackageOrigin}).
     */
    static String origin(SentenceFacts sentence, Entity system) {
        if (system == null || sovietMade(sentence, system)) {
            return null;
        }
        String known = system.attrs().get("country");
        if (known != null) {
            return known;
        }
        String maker = PackageOrigin.maker(sentence, system);
        return maker != null ? maker : PackageOrigin.shared(sentence, system);
    }

    /**
     * Whether the document's system of the kind a sentence names can be that sentence's deal: it
     * comes from the supplier the sentence reads (or the sentence cues a supplier of its own: a
     * re-export); or the sentence reads no supplier and the system's origin is known (it becomes
     * the supplier), or the document states a deal in that system by name. "A British air defence
     * system" is not the American Patriot of a photo caption.
     */
    private static boolean fits(Entity system, RoleReading roles, Set<String> dealtIn) {
        String origin = system.attrs().get("country");
        if (roles.supplierCode() == null) {
            return origin != null || dealtIn.contains(system.id());
        }
        return roles.supplierCode().equals(origin) || roles.supplierCued();
    }

    private static void transfer(DocumentReading reading, int s, RoleReading roles, Entity recipient, Entity system,
                                 Status status, List<StatedSuppliers.Sourced> found,
                                 List<RelationCandidate> pairsOnly) {
        String supplier = roles.supplierCode();
        StatedSuppliers.Source source = roles.supplierCued() ? StatedSuppliers.Source.STATED : StatedSuppliers.Source.READ;
        double confidence = roles.confidence();
        String origin = origin(reading.sentence(s), system);
        String named = system == null ? null : namedOrigin(reading.sentence(s), system);
        if (named != null && !named.equals(recipient.kbId())) {
            origin = named; // "French Heron (Harfang)" is France's, whatever the gazetteer's Heron
        }
        StatedSuppliers.Source fromOrigin = origin != null && origin.equals(named) ? StatedSuppliers.Source.STATED
                : roles.company() != null || origin != null
                && StatedSuppliers.namedLoosely(reading.sentence(s), reading.document(), origin)
                ? StatedSuppliers.Source.READ : StatedSuppliers.Source.ORIGIN;
        if (supplier != null && !roles.supplierCued() && origin != null && !origin.equals(supplier)) {
            // A supplier read only from word order loses to what the gazetteer knows of the
            // system: "China" near "F-16" does not make China the supplier of F-16s.
            supplier = origin;
            source = fromOrigin;
            confidence -= ORIGIN_OVERRIDE_PENALTY;
        }
        if (system == null && !(roles.supplierCued() && roles.recipientCued())) {
            if (supplier != null && !supplier.equals(recipient.kbId())) {
                pairsOnly.add(TransferFacts.candidate(new TransferFacts.Deal(recipient, supplier, null, null), status, s,
                        reading.document(), reading.categories(), 0, RULE));
            }
            return;
        }
        if (supplier == null && roles.company() != null) {
            supplier = roles.company().attrs().get("country");
            source = StatedSuppliers.Source.STATED;
            confidence -= COMPANY_SUPPLIER_PENALTY;
        }
        if (supplier == null && system != null) {
            supplier = origin;
            source = fromOrigin;
            confidence -= ORIGIN_SUPPLIER_PENALTY;
        }
        if (supplier == null || supplier.equals(recipient.kbId())
                || source == StatedSuppliers.Source.ORIGIN && BackgroundMentions.onlyReplaced(reading.sentence(s), system)) {
            return;
        }
        if (system == null) {
            confidence -= CATEGORY_PENALTY;
        }
        found.add(new StatedSuppliers.Sourced(TransferFacts.candidate(
                new TransferFacts.Deal(recipient, supplier, roles.company(), system), status, s, reading.document(),
                reading.categories(), Math.max(0.05, Math.min(0.95, confidence)), RULE), source));
    }

    /**
     * The country a nationality word right before the system names ("French Heron (Harfang) and US
     * MQ-1 Predator drones", dev g146; "24 U.S. F-35 fighter jets", g110; "the American Patriot"):
     * the text's word on the system's origin beats the gazetteer's. A buyer's own ("Egyptian
     * F-16s") is left to the caller.
     */
    static String namedOrigin(SentenceFacts sentence, Entity system) {
        for (SentenceFacts.Placed m : sentence.ofType(EntityType.SYSTEM, true)) {
            if (m.entity().equals(system)) {
                for (SentenceFacts.Placed c : sentence.mentions) {
                    if (c.type() == EntityType.COUNTRY && c.end() == m.start() && c.entity().kbId() != null) {
                        return c.entity().kbId();
                    }
                }
            }
        }
        return null;
    }

    /** How many words before a system may call it Soviet ("Soviet-era MiG-29", "Soviet-made T-55 tanks"). */
    private static final int SOVIET_REACH = 3;

    /**
     * Whether the sentence calls the system Soviet-made: its origin then is the Soviet Union, which
     * SPEC-gold.md does not code, and not the Russia of the gazetteer; the supplier must be read
     * from the text ("13 Soviet-era MiG-29 fighter jets that Slovakia decided to give Ukraine").
     */
    static boolean sovietMade(SentenceFacts sentence, Entity system) {
        for (SentenceFacts.Placed m : sentence.ofType(EntityType.SYSTEM, true)) {
            if (m.entity().equals(system)) {
                for (int i = Math.max(0, m.start() - SOVIET_REACH); i < m.start(); i++) {
                    if (sentence.tokens.get(i).text().toLowerCase(java.util.Locale.ROOT).startsWith("soviet")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A deal naming only a category ("air defence systems") between two countries that also have
     * a deal naming a system is most often that same deal, mentioned loosely: it is dropped.
     */
    static List<RelationCandidate> withoutRedundantCategories(List<RelationCandidate> found) {
        Set<String> named = new HashSet<>();
        for (RelationCandidate c : found) {
            if (c.args().has(Role.SYSTEM)) {
                named.add(pair(c));
            }
        }
        return found.stream().filter(c -> c.args().has(Role.SYSTEM) || !named.contains(pair(c))).toList();
    }

    /** "recipient|supplier" in ISO3 codes. */
    static String pair(RelationCandidate c) {
        return c.attrs().get(Attribute.RECIPIENT_COUNTRY).orElse(null) + "|"
                + c.attrs().get(Attribute.SUPPLIER_COUNTRY).orElse(null);
    }
}
