package io.newsrel.relations;

import io.newsrel.annotate.SentenceNeeds;
import io.newsrel.annotate.SentenceSelector;
import io.newsrel.entities.Lexicon;
import io.newsrel.model.Arguments;
import io.newsrel.model.Attribute;
import io.newsrel.model.Attributes;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Money;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import io.newsrel.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ARMS_TRANSFER: a country acquiring military equipment from a foreign supplier.
 *
 * <p>A sentence qualifies when it holds a trigger from {@code models/relations/arms-transfer-triggers.tsv},
 * a system (or a word naming a kind of system) and a country or company. Roles are read from
 * cues, strongest first:
 * <ol>
 *   <li>prepositions: "from X" and "by X" name the supplier, "to X" and "for X" the recipient;</li>
 *   <li>a possessive names the recipient ("Morocco's order of two Ofek 13");</li>
 *   <li>a country word right before a company is that company's nationality, hence the supplier
 *       country when the company supplies ("Israeli company Elbit Systems");</li>
 *   <li>a country before the trigger is its subject: the recipient of "buy", "select",
 *       "receive", the supplier of "sell", "deliver", "export";</li>
 *   <li>a country left over after the recipient is known is the supplier, and the other way round;</li>
 *   <li>"the kingdom", "the country" stand for the document's focus country.</li>
 * </ol>
 * The supplier country falls back on the supplier company's country, then the system's origin.
 * Every system in the sentence gets its own transfer ("acquisitions: 2 Ofek 13 satellites, Barak
 * MX ..., PULS ..."). A transfer within one country is domestic procurement and is dropped.
 */
public final class ArmsTransferExtractor implements RelationExtractor {

    static final String RULE = "arms_transfer.trigger_roles";
    static final String RULE_SAME_DEAL = "arms_transfer.same_deal_system";
    /** A deal stated in the text, extended to a system of the same origin named apart from it. */
    private static final double SAME_DEAL_CONFIDENCE = 0.5;
    /** Status of a phrase that only blocks a shorter trigger inside it ("technology transfer"). */
    static final String IGNORE = "IGNORE";
    private static final List<String> SUPPLIER_PREPOSITIONS = List.of("from", "by");
    /** "a contract with IAI": with names a supplying company, not a supplying country. */
    private static final List<String> COMPANY_PREPOSITIONS = List.of("from", "by", "with");
    /** A trigger that is a noun ("acquisitions", "contract") carries less than a verb with a subject. */
    private static final double NOUN_TRIGGER_PENALTY = 0.05;
    private static final List<String> RECIPIENT_PREPOSITIONS = List.of("to", "for");
    private static final List<String> EXAMPLE_WORDS = List.of("including", "like", "as");
    private static final Set<String> ANAPHORS = Set.of("kingdom", "country", "nation", "republic");
    private static final int MODIFIER_WINDOW = 4;
    /** "China's state-owned China Shipbuilding": up to five lower-case tokens between. */
    private static final int MAX_QUALIFIER_GAP = 5;

    private final PhraseLexicon triggers;
    private final PhraseLexicon modifiers;
    private final Lexicon categories;
    private final DependencyRoles dependencyRoles;
    private final SentenceNeeds needs;

    /**
     * @param triggers  arms-transfer-triggers.tsv: phrase, subject role, status
     * @param modifiers status-modifiers.tsv: phrase, status it turns the deal into
     * @param categories words naming kinds of system
     * @param dependencyRoles Semgrex rules reading roles off the parse (arms-transfer-roles.semgrex)
     */
    public ArmsTransferExtractor(PhraseLexicon triggers, PhraseLexicon modifiers, Lexicon categories,
                                 DependencyRoles dependencyRoles) {
        this.triggers = triggers;
        this.modifiers = modifiers;
        this.categories = categories;
        this.dependencyRoles = dependencyRoles;
        this.needs = needs(triggers, categories);
    }

    /**
     * The parse on candidate sentences (a trigger and a system or a word naming a kind of system);
     * tags and lemmas on them, on sentences naming a system, next to both (a deal's year may stand
     * there), and on a sentence pricing "the deal"; nothing in a document without a candidate.
     */
    private static SentenceNeeds needs(PhraseLexicon triggers, Lexicon categories) {
        SentenceSelector systems = SentenceSelector.withEntity(Set.of(EntityType.SYSTEM));
        SentenceSelector candidates = triggers.sentencesWithAPhrase().and(systems.or(categories.sentencesWithAWord()));
        SentenceSelector read = candidates.or(systems).withNeighbours(1).or(DealAttributes.PRICING_SENTENCES)
                .onlyIf(candidates);
        return SentenceNeeds.of(Set.of(Capability.POS, Capability.LEMMAS), read)
                .and(Set.of(Capability.PARSE), candidates);
    }

    @Override
    public SentenceNeeds sentenceNeeds() {
        return needs;
    }

    @Override
    public String name() {
        return RULE;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.TOKENS, Capability.SENTENCES, Capability.ENTITIES, Capability.LEMMAS, Capability.POS,
                Capability.PARSE);
    }

    @Override
    public List<RelationCandidate> extract(LinkedDocument document) {
        List<RelationCandidate> found = new ArrayList<>();
        // Deals whose system is only a category and whose roles rest on weak cues are not
        // reported, but they still say who buys from whom in this document.
        List<RelationCandidate> pairsOnly = new ArrayList<>();
        Optional<Entity> focus = document.focusCountry();
        for (int s = 0; s < document.sentences().size(); s++) {
            SentenceFacts sentence = document.facts(s);
            List<PhraseLexicon.Found> found0 = triggers.find(sentence.tokens);
            if (found0.isEmpty()) {
                continue;
            }
            List<SentenceFacts.Placed> systems = sentence.ofType(EntityType.SYSTEM, false);
            boolean category = sentence.tokens.stream().anyMatch(categories::matches);
            if (systems.isEmpty() && !category) {
                continue;
            }
            List<PhraseLexicon.Found> live = found0.stream().filter(f -> !f.phrase().column(1).equals(IGNORE)).toList();
            if (live.isEmpty()) {
                continue;
            }
            PhraseLexicon.Found trigger = live.stream().filter(f -> !f.phrase().column(0).equals("-"))
                    .findFirst().orElse(live.get(0));
            Map<Integer, String> parsed = parsedRoles(document, s, trigger);
            Roles roles = roles(sentence, trigger, focus, document, parsed);
            String triggerPos = sentence.tokens.get(trigger.start()).pos();
            if (triggerPos == null || triggerPos.startsWith("NN")) {
                roles.confidence -= NOUN_TRIGGER_PENALTY;
            }
            if (roles.recipients.isEmpty()) {
                continue;
            }
            Status status = status(sentence, trigger);
            List<Entity> targets = systems.stream().map(SentenceFacts.Placed::entity).distinct().toList();
            for (Entity recipient : roles.recipients) {
            for (Entity system : targets.isEmpty() ? java.util.Collections.<Entity>singletonList(null) : targets) {
                String supplier = roles.supplier != null ? roles.supplier.kbId() : roles.fmsSupplier ? "USA" : null;
                double confidence = roles.confidence;
                String origin = system == null ? null : system.attrs().get("country");
                if (supplier != null && !roles.supplierCued && origin != null && !origin.equals(supplier)) {
                    // A supplier read only from word order loses to what the gazetteer knows of the
                    // system: "China" near "F-16" does not make China the supplier of F-16s.
                    supplier = origin;
                    confidence -= 0.1;
                }
                if (system == null && !(roles.supplierCued && roles.recipientCued)) {
                    if (supplier == null || supplier.equals(recipient.kbId())) {
                        continue;
                    }
                    pairsOnly.add(new RelationCandidate(RelationType.ARMS_TRANSFER, "",
                            Arguments.builder().add(Role.RECIPIENT, recipient.id()).build(),
                            Attributes.builder().put(Attribute.RECIPIENT_COUNTRY, recipient.kbId())
                                    .put(Attribute.SUPPLIER_COUNTRY, supplier).build(), 0, List.of(), RULE));
                    continue;
                }
                if (supplier == null && roles.company != null) {
                    supplier = roles.company.attrs().get("country");
                    confidence -= 0.05;
                }
                if (supplier == null && system != null) {
                    supplier = system.attrs().get("country");
                    confidence -= 0.15;
                }
                if (supplier == null || supplier.equals(recipient.kbId())) {
                    continue;
                }
                Arguments.Builder args = Arguments.builder().add(Role.RECIPIENT, recipient.id());
                document.countryEntity(supplier).ifPresent(e -> args.add(Role.SUPPLIER_COUNTRY, e.id()));
                if (roles.company != null) {
                    args.add(Role.SUPPLIER_COMPANY, roles.company.id());
                }
                Attributes.Builder attrs = Attributes.builder();
                // ISO3 codes also as attributes: the supplier country may be known only from the
                // company or the system, with no mention in the text to point at.
                attrs.put(Attribute.RECIPIENT_COUNTRY, recipient.kbId());
                attrs.put(Attribute.SUPPLIER_COUNTRY, supplier);
                if (system != null) {
                    args.add(Role.SYSTEM, system.id());
                    DealAttributes.quantity(sentence, system)
                            .or(() -> DealAttributes.looseQuantity(sentence, system, categories))
                            .ifPresent(q -> attrs.put(Attribute.QUANTITY, q));
                } else {
                    confidence -= 0.2;
                    attrs.put(Attribute.SYSTEM_DESCRIPTION, DealAttributes.categoryPhrase(sentence, categories));
                }
                attrs.put(Attribute.STATUS, status);
                DealAttributes.addValueAndDate(sentence, document, attrs, true);
                String key = recipient.kbId() + "|" + supplier + "|" + (system == null ? "-" : system.id());
                found.add(new RelationCandidate(RelationType.ARMS_TRANSFER, key, args.build(), attrs.build(),
                        Math.max(0.05, Math.min(0.95, confidence)), List.of(document.evidence(s)), RULE));
            }
            }
        }
        found = new ArrayList<>(withoutRedundantCategories(found));
        List<RelationCandidate> deals = new ArrayList<>(found);
        deals.addAll(pairsOnly);
        found.addAll(sameDealSystems(document, deals));
        return withDealPrice(document, found);
    }

    /**
     * When all transfers of a document are between the same two countries, a sentence pricing
     * "the deal" ("The deal is worth nearly $375 million") gives its value to those that have
     * none, as a package value goes to every system of the package (SPEC-gold.md).
     */
    private static List<RelationCandidate> withDealPrice(LinkedDocument document, List<RelationCandidate> found) {
        Set<String> pairs = new java.util.HashSet<>();
        found.forEach(c -> pairs.add(pair(c)));
        if (pairs.size() != 1) {
            return found;
        }
        Optional<Money> price = Optional.empty();
        for (int s = 0; s < document.sentences().size() && price.isEmpty(); s++) {
            price = DealAttributes.dealPrice(document.facts(s));
        }
        if (price.isEmpty()) {
            return found;
        }
        List<RelationCandidate> priced = new ArrayList<>();
        for (RelationCandidate c : found) {
            if (c.attrs().has(Attribute.VALUE)) {
                priced.add(c);
            } else {
                priced.add(c.withAttrs(c.attrs().toBuilder().put(Attribute.VALUE, price.get())
                        .put(Attribute.VALUE_FROM, "deal price sentence").build()));
            }
        }
        return priced;
    }

    /**
     * Systems the document names in sentences of their own ("The submarines will carry the Club-S
     * missile complex") belong to the document's deal when they come from its supplier: such a
     * system joins the deal of that supplier stated nearest before it (else nearest after), with
     * low confidence and the system's first sentence as evidence. Systems of another origin, or
     * already in a transfer, are left alone.
     */
    private static List<RelationCandidate> sameDealSystems(LinkedDocument document, List<RelationCandidate> found) {
        // supplier → (sentence of the deal, recipient), in text order
        Map<String, List<Map.Entry<Integer, Entity>>> dealsBySupplier = new LinkedHashMap<>();
        Set<String> transferred = new java.util.HashSet<>();
        for (RelationCandidate c : found) {
            String recipientId = c.args().id(Role.RECIPIENT).orElse(null);
            int sentence = c.evidence().isEmpty() ? -1 : c.evidence().get(0).sentence();
            document.entities().stream().filter(e -> e.id().equals(recipientId)).findFirst().ifPresent(r ->
                    dealsBySupplier.computeIfAbsent(c.attrs().get(Attribute.SUPPLIER_COUNTRY).orElse(null),
                            k -> new ArrayList<>()).add(Map.entry(sentence, r)));
            transferred.addAll(c.args().ids(Role.SYSTEM));
        }
        List<RelationCandidate> added = new ArrayList<>();
        for (Entity system : document.entities()) {
            String origin = system.attrs().get("country");
            if (system.type() != EntityType.SYSTEM || origin == null || transferred.contains(system.id())
                    || !dealsBySupplier.containsKey(origin)) {
                continue;
            }
            int sentence = system.mentions().get(0).sentence();
            Entity recipient = nearestDeal(dealsBySupplier.get(origin), sentence);
            Arguments.Builder args = Arguments.builder().add(Role.RECIPIENT, recipient.id());
            document.countryEntity(origin).ifPresent(e -> args.add(Role.SUPPLIER_COUNTRY, e.id()));
            args.add(Role.SYSTEM, system.id());
            Attributes.Builder attrs = Attributes.builder()
                    .put(Attribute.RECIPIENT_COUNTRY, recipient.kbId())
                    .put(Attribute.SUPPLIER_COUNTRY, origin)
                    .put(Attribute.STATUS, Status.ORDERED);
            SentenceFacts facts = document.facts(sentence);
            DealAttributes.quantity(facts, system).ifPresent(q -> attrs.put(Attribute.QUANTITY, q));
            DealAttributes.addValueAndDate(facts, document, attrs, true);
            added.add(new RelationCandidate(RelationType.ARMS_TRANSFER,
                    recipient.kbId() + "|" + origin + "|" + system.id(), args.build(), attrs.build(), SAME_DEAL_CONFIDENCE,
                    List.of(document.evidence(sentence)), RULE_SAME_DEAL));
        }
        return added;
    }

    /** The recipient of the deal stated closest before the sentence, else closest after it. */
    private static Entity nearestDeal(List<Map.Entry<Integer, Entity>> deals, int sentence) {
        Map.Entry<Integer, Entity> best = null;
        for (Map.Entry<Integer, Entity> deal : deals) {
            boolean before = deal.getKey() <= sentence;
            boolean bestBefore = best != null && best.getKey() <= sentence;
            if (best == null
                    || before && (!bestBefore || deal.getKey() > best.getKey())
                    || !before && !bestBefore && deal.getKey() < best.getKey()) {
                best = deal;
            }
        }
        return best.getValue();
    }

    /**
     * A deal naming only a category ("air defence systems") between two countries that also have
     * a deal naming a system is most often that same deal, mentioned loosely: it is dropped.
     */
    private static List<RelationCandidate> withoutRedundantCategories(List<RelationCandidate> found) {
        Set<String> named = new java.util.HashSet<>();
        for (RelationCandidate c : found) {
            if (c.args().has(Role.SYSTEM)) {
                named.add(pair(c));
            }
        }
        return found.stream().filter(c -> c.args().has(Role.SYSTEM) || !named.contains(pair(c))).toList();
    }

    /** "recipient|supplier" in ISO3 codes. */
    private static String pair(RelationCandidate c) {
        return c.attrs().get(Attribute.RECIPIENT_COUNTRY).orElse(null) + "|"
                + c.attrs().get(Attribute.SUPPLIER_COUNTRY).orElse(null);
    }

    /** Who receives and who supplies, and how sure the cues make us. */
    private static final class Roles {
        final List<Entity> recipients = new ArrayList<>();
        Entity supplier;
        Entity company;
        double confidence = 0.55;
        /** Whether a recipient was named by a preposition, a possessive or as subject, not guessed. */
        boolean recipientCued;

        /** Whether the supplier was named by a preposition or as a company's nationality, not guessed. */
        boolean supplierCued;
        /** "under a Foreign Military Sale": the United States supplies, named or not. */
        boolean fmsSupplier;

        void add(String role, Entity country) {
            if (role.equals("recipient") && !isRecipient(country)) {
                recipients.add(country);
            } else if (role.equals("supplier") && supplier == null) {
                supplier = country;
            }
        }

        boolean isRecipient(Entity country) {
            return recipients.stream().anyMatch(r -> r.kbId().equals(country.kbId()));
        }
    }

    /** Cues read off the dependency parse of the sentence, by token; empty when it cannot be parsed. */
    private Map<Integer, String> parsedRoles(LinkedDocument document, int sentence, PhraseLexicon.Found trigger) {
        return document.text().parse(sentence).map(graph -> dependencyRoles.roles(graph, trigger.start())).orElse(Map.of());
    }

    /** The role a parse cue gives, or null. */
    private static String roleOf(String cue, String subjectRole) {
        String subject = subjectRole.equals("-") ? "recipient" : subjectRole;
        return switch (cue) {
            case "subject", "agent", "possessor" -> subject;
            case "patient" -> subjectRole.equals("-") ? null : opposite(subjectRole);
            case "supplier", "recipient" -> cue;
            default -> null;
        };
    }

    private static String parsedCue(Map<Integer, String> parsed, SentenceFacts.Placed mention) {
        for (int i = mention.start(); i < mention.end(); i++) {
            if (parsed.containsKey(i)) {
                return parsed.get(i);
            }
        }
        return null;
    }

    private Roles roles(SentenceFacts sentence, PhraseLexicon.Found trigger, Optional<Entity> focus,
                        LinkedDocument document, Map<Integer, String> parsed) {
        Roles roles = new Roles();
        String subjectRole = trigger.phrase().column(0);
        boolean passive = isPassive(sentence, trigger);
        // armed forces named after their country stand for it: "delivered to the Kenya Defense Force"
        List<SentenceFacts.Placed> countries = sentence.countriesWithStandIns(document, Set.of(EntityType.MILITARY));
        List<SentenceFacts.Placed> companies = sentence.ofType(EntityType.COMPANY, false);
        List<SentenceFacts.Placed> unassigned = new ArrayList<>();
        SentenceFacts.Placed subject = null;
        String previousRole = null;
        int previousEnd = -1;
        boolean parsedSubject = countries.stream().map(c -> parsedCue(parsed, c))
                .anyMatch(c -> c != null && !c.equals("supplier") && !c.equals("recipient"));
        for (SentenceFacts.Placed country : countries) {
            String before = sentence.wordBefore(country);
            String cue = parsedCue(parsed, country);
            String role;
            if (cue != null && roleOf(cue, subjectRole) != null) {
                // the grammar says it: "Morocco bought", "from Israel", "to Egypt", "by India"
                role = roleOf(cue, subjectRole);
                roles.supplierCued |= role.equals("supplier") && roles.supplier == null;
            } else if (previousRole != null && sentence.continuesList(previousEnd, country.start())) {
                role = previousRole;
            } else if (sentence.isPossessive(country) && ownsTrigger(sentence, country, trigger)) {
                // "Morocco's order" → the buyer; "Washington's pledge" → the supplier
                role = subjectRole.equals("-") ? "recipient" : subjectRole;
            } else if (before.equals("by") && passive) {
                role = subjectRole.equals("-") ? "supplier" : subjectRole;
            } else if (SUPPLIER_PREPOSITIONS.contains(before)) {
                role = "supplier";
                roles.supplierCued |= roles.supplier == null;
            } else if (RECIPIENT_PREPOSITIONS.contains(before)
                    || EXAMPLE_WORDS.contains(before) && subjectRole.equals("recipient")) {
                // "to Egypt"; "CH-4 operators including Egypt, Iraq and Jordan"
                role = "recipient";
            } else if (qualifiesCompany(sentence, country, companies)) {
                role = "supplier";
                roles.supplierCued |= roles.supplier == null;
            } else if (passive && country.start() >= trigger.end() && subjectRole.equals("recipient")) {
                // "have been ordered by nine countries -- Turkey, India, Poland"
                role = "recipient";
            } else {
                role = null;
                if (country.end() <= trigger.start() && !parsedSubject) {
                    // the closest country before the trigger is its subject; for a noun ("entered
                    // an agreement for 48 Kaan") the party that enters a deal is the buyer
                    subject = country;
                } else {
                    unassigned.add(country);
                }
            }
            if (role != null) {
                roles.add(role, country.entity());
            }
            previousRole = role;
            previousEnd = country.end();
        }
        if (subject != null) {
            String role = subjectRole.equals("-") ? "recipient" : passive ? opposite(subjectRole) : subjectRole;
            // The subject of a verb says who acts: "The United States donated 12 Bastion".
            boolean verb = !String.valueOf(sentence.tokens.get(trigger.start()).pos()).startsWith("NN");
            roles.supplierCued |= role.equals("supplier") && verb && roles.supplier == null;
            roles.add(role, subject.entity());
        }
        roles.recipientCued = !roles.recipients.isEmpty();
        if (!roles.recipients.isEmpty() || roles.supplier != null) {
            roles.confidence += 0.2;
        }
        for (SentenceFacts.Placed country : unassigned) {
            Entity e = country.entity();
            if (roles.recipients.isEmpty() && roles.supplier != null && !e.kbId().equals(roles.supplier.kbId())) {
                roles.recipients.add(e);
            } else if (roles.supplier == null && !roles.recipients.isEmpty() && !roles.isRecipient(e)) {
                roles.supplier = e;
            }
        }
        if (roles.recipients.isEmpty() && focus.isPresent() && mentionsAnaphor(sentence)
                && (roles.supplier == null || !roles.supplier.kbId().equals(focus.get().kbId()))) {
            roles.recipients.add(focus.get());
            roles.confidence -= 0.1;
        }
        if (roles.supplier == null && mentionsForeignMilitarySales(sentence)) {
            // SPEC-gold.md: Foreign Military Sales are sales by the United States
            roles.fmsSupplier = true;
            roles.supplierCued = true;
        }
        roles.company = supplierCompany(sentence, trigger, companies, roles);
        if (roles.supplier != null) {
            roles.confidence += 0.1;
        }
        return roles;
    }

    /** "Morocco's order": the possessive governs the trigger (adjectives may stand between). */
    private static boolean ownsTrigger(SentenceFacts sentence, SentenceFacts.Placed country, PhraseLexicon.Found trigger) {
        int i = country.end() + 1;
        while (i < trigger.start() && sentence.isDeterminerOrAdjective(i)) {
            i++;
        }
        return i == trigger.start();
    }

    /** "were delivered", "have been ordered": a form of "be" right before a past participle. */
    private static boolean isPassive(SentenceFacts sentence, PhraseLexicon.Found trigger) {
        if (!"VBN".equals(sentence.tokens.get(trigger.start()).pos())) {
            return false;
        }
        for (int i = trigger.start() - 1; i >= 0 && i >= trigger.start() - 3; i--) {
            if (sentence.lemma(i).equals("be")) {
                return true;
            }
        }
        return false;
    }

    private static String opposite(String role) {
        return role.equals("recipient") ? "supplier" : role.equals("supplier") ? "recipient" : role;
    }

    /** The supplying company: named after from/with/by, qualified by a country word, or subject of a supply verb. */
    private static Entity supplierCompany(SentenceFacts sentence, PhraseLexicon.Found trigger,
                                          List<SentenceFacts.Placed> companies, Roles roles) {
        for (SentenceFacts.Placed company : companies) {
            String before = sentence.wordBefore(company);
            boolean cued = makesSystemAfter(sentence, company) || COMPANY_PREPOSITIONS.contains(before) || before.equals("company") || before.equals("firm")
                    || before.equals("manufacturer") || before.equals("maker") || before.equals("select")
                    || trigger.phrase().column(0).equals("supplier") && company.end() <= trigger.start();
            String country = company.entity().attrs().get("country");
            boolean foreign = country == null || roles.recipients.stream().noneMatch(r -> country.equals(r.kbId()));
            if (cued && foreign) {
                return company.entity();
            }
        }
        return null;
    }

    /** "48 Turkish Aerospace (TAI) Kaan fighters": a company naming the system right after it made it. */
    private static boolean makesSystemAfter(SentenceFacts sentence, SentenceFacts.Placed company) {
        return sentence.mentions.stream().anyMatch(m -> m.type() == EntityType.SYSTEM
                && m.start() >= company.end() && m.start() - company.end() <= 3
                && sentence.tokens.subList(company.end(), m.start()).stream()
                        .allMatch(t -> t.text().matches("[()]|['\u2019]s?") || "NNP".equals(t.pos())));
    }

    /**
     * A country word qualifying a company: only lower-case nouns, adjectives, participles or a
     * possessive between them ("Israeli company Elbit Systems", "China's state-owned CSOC"),
     * never a verb or a preposition ("Morocco signed a contract with IAI").
     */
    private static boolean qualifiesCompany(SentenceFacts sentence, SentenceFacts.Placed country,
                                            List<SentenceFacts.Placed> companies) {
        for (SentenceFacts.Placed company : companies) {
            int gap = company.start() - country.end();
            if (gap < 0 || gap > MAX_QUALIFIER_GAP) {
                continue;
            }
            boolean qualifying = true;
            for (int i = country.end(); i < company.start(); i++) {
                String text = sentence.tokens.get(i).text();
                String pos = String.valueOf(sentence.tokens.get(i).pos());
                qualifying &= text.equals(text.toLowerCase(java.util.Locale.ROOT))
                        && (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("POS")
                        || pos.equals("HYPH"));
            }
            if (qualifying) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsForeignMilitarySales(SentenceFacts sentence) {
        for (int i = 0; i < sentence.tokens.size(); i++) {
            String w = sentence.tokens.get(i).text();
            if (w.equals("FMS") || w.equals("Foreign") && i + 2 < sentence.tokens.size()
                    && sentence.tokens.get(i + 1).text().equals("Military")
                    && sentence.tokens.get(i + 2).text().startsWith("Sale")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsAnaphor(SentenceFacts sentence) {
        if (!sentence.tokens.isEmpty() && sentence.tokens.get(0).text().equals("It")) {
            return true;
        }
        for (int i = 1; i < sentence.tokens.size(); i++) {
            if (sentence.lemma(i - 1).equals("the") && ANAPHORS.contains(sentence.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    private Status status(SentenceFacts sentence, PhraseLexicon.Found trigger) {
        int from = Math.max(0, trigger.start() - MODIFIER_WINDOW);
        for (PhraseLexicon.Found modifier : modifiers.find(sentence.tokens.subList(from, trigger.start()))) {
            return Status.valueOf(modifier.phrase().column(0));
        }
        return Status.valueOf(trigger.phrase().column(1));
    }

    private static Entity first(Entity current, Entity candidate) {
        return current != null ? current : candidate;
    }
}
