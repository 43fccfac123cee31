package io.newsrel.entities;

import io.newsrel.model.CharSpan;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Mention;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups accepted mention candidates into document-level entities.
 *
 * <p>Candidates with the same type and link (ISO3 code, else normalised name) are one entity. A
 * short form is then folded into the one longer name it abbreviates within the same document:
 * "IAI" into "Israel Aerospace Industries", "Elbit" into "Elbit Systems", "Nadir" into "Ronen
 * Nadir". A short form that fits several longer names is left alone. A company or system left
 * with a fragment for a name is dropped ({@link #isFragment}).
 */
public final class EntityGrouper {

    private static final Set<EntityType> ORGANIZATIONS = EnumSet.of(
            EntityType.COMPANY, EntityType.MILITARY, EntityType.GOVERNMENT, EntityType.ORGANIZATION);
    private static final java.util.regex.Pattern BARE_MARK =
            java.util.regex.Pattern.compile("(?i)(mk|mark)[\\s.-]*\\d");
    /** Entities named by a value or by the country gazetteer, never by a fragment of text. */
    private static final Set<EntityType> VALUES = EnumSet.of(
            EntityType.COUNTRY, EntityType.DATE, EntityType.MONEY, EntityType.QUANTITY);
    private static final Set<String> STOP_WORDS = Set.of("of", "and", "the", "for", "&", "de");
    private static final java.util.Comparator<MentionCandidate> REPRESENTATIVE_ORDER =
            java.util.Comparator.<MentionCandidate>comparingInt(c -> c.name().length())
                    .thenComparing(c -> !c.nested())
                    .thenComparingDouble(MentionCandidate::confidence);

    /** Candidates of one entity while it is being assembled. */
    private static final class Group {
        final List<MentionCandidate> members = new ArrayList<>();

        MentionCandidate first() {
            return members.get(0);
        }

        /**
         * The member that names the entity: the longest name; among equals a top-level mention
         * before a nested one, then the most confident, then the first.
         */
        MentionCandidate representative() {
            MentionCandidate best = members.get(0);
            for (MentionCandidate c : members) {
                if (REPRESENTATIVE_ORDER.compare(c, best) > 0) {
                    best = c;
                }
            }
            return best;
        }
    }

    public List<Entity> group(List<MentionCandidate> candidates, String text) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (MentionCandidate candidate : candidates) {
            groups.computeIfAbsent(candidate.groupKey(), k -> new Group()).members.add(candidate);
        }
        foldShortForms(groups, text);
        foldSystemVariants(groups, text);
        foldPronouns(groups);
        List<Entity> entities = new ArrayList<>();
        for (Group group : groups.values()) {
            MentionCandidate rep = group.representative();
            if (!isFragment(rep.type(), rep.name())) {
                entities.add(toEntity("e" + (entities.size() + 1), group, text));
            }
        }
        return entities;
    }

    /**
     * An entity whose name, after short forms were folded into longer names and known short forms
     * given their full names ({@link OrganizationShortNames}), is a single character or two letters
     * ("F", "GE", "GD", "Rs"): a fragment of a word, or an acronym the text never writes out, not a
     * name the output can stand by. "K9" and "M2" (a digit) are designations. Dates, amounts and
     * counts are values, not names; a country is named by its gazetteer name.
     * A system named by a one-digit mark alone ("Mk5", "Mark 2") is the version of a name the text
     * gives before it ("Shaldag MK5", "Mirage 2000-5 Mk 2"), or of none.
     */
    static boolean isFragment(EntityType type, String name) {
        if (VALUES.contains(type)) {
            return false;
        }
        if (type == EntityType.SYSTEM && BARE_MARK.matcher(name.strip()).matches()) {
            return true;
        }
        String compact = Names.compact(name);
        return compact.length() <= 1 || compact.length() == 2 && compact.chars().noneMatch(Character::isDigit);
    }

    private static Entity toEntity(String id, Group group, String text) {
        MentionCandidate rep = group.representative();
        List<Mention> mentions = new ArrayList<>();
        double confidence = 0;
        for (MentionCandidate c : group.members) {
            mentions.add(new Mention(c.span().start(), c.span().end(), c.span().of(text), c.sentence(), c.nested()));
            confidence = Math.max(confidence, c.confidence());
        }
        // Three decimals are all a reader can use, and keep the output stable across platforms.
        double rounded = Math.round(confidence * 1000) / 1000.0;
        return new Entity(id, rep.type(), rep.name(), rep.kbId(), attrs(group, rep), mentions, rounded, rep.source());
    }

    /**
     * The representative's facts, else those of the most confident member that has any: a variant
     * the pattern finder named ("T-80UD") keeps the category and maker of its gazetteer family.
     */
    private static Map<String, String> attrs(Group group, MentionCandidate rep) {
        if (!rep.attrs().isEmpty()) {
            return rep.attrs();
        }
        return group.members.stream().filter(c -> !c.attrs().isEmpty())
                .max(java.util.Comparator.comparingDouble(MentionCandidate::confidence))
                .map(MentionCandidate::attrs).orElse(rep.attrs());
    }

    /**
     * A system one of whose names or written forms names the family of exactly one other system
     * of the document ("T-80" beside "T-80UD", "Mirage" beside "Mirage F1") joins it
     * ({@link SystemFamilies}); two systems the gazetteer files under different categories
     * ("Spike" the anti-tank missile, "Spike Firefly" the loitering munition) stay apart.
     */
    private static void foldSystemVariants(Map<String, Group> groups, String text) {
        List<Map.Entry<String, Group>> entries = new ArrayList<>(groups.entrySet());
        for (Map.Entry<String, Group> familyEntry : entries) {
            Group family = familyEntry.getValue();
            if (family.first().type() != EntityType.SYSTEM) {
                continue;
            }
            Group target = null;
            int matches = 0;
            for (Map.Entry<String, Group> memberEntry : entries) {
                Group member = memberEntry.getValue();
                if (member != family && member.first().type() == EntityType.SYSTEM
                        && groups.containsKey(memberEntry.getKey()) && sameCategory(family, member)
                        && SystemFamilies.anyMember(forms(family, text), forms(member, text))
                        && !SystemFamilies.anyMember(forms(member, text), forms(family, text))) {
                    target = member;
                    matches++;
                }
            }
            if (matches == 1) {
                target.members.addAll(family.members);
                groups.remove(familyEntry.getKey());
            }
        }
    }

    private static Set<String> forms(Group group, String text) {
        Set<String> forms = new java.util.LinkedHashSet<>();
        for (MentionCandidate c : group.members) {
            forms.add(c.name());
            forms.add(c.span().of(text));
        }
        return forms;
    }

    private static boolean sameCategory(Group a, Group b) {
        String categoryA = category(a);
        String categoryB = category(b);
        return categoryA == null || categoryB == null || categoryA.equals(categoryB);
    }

    private static String category(Group group) {
        return group.members.stream().map(c -> c.attrs().get(GazetteerEntry.CATEGORY)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /**
     * A group all of whose mentions abbreviate one other group's name joins it. The mention texts
     * count, not the canonical name: a gazetteer may link "Hanwha" to "Hanwha Group", yet in an
     * article about Hanwha Aerospace the short form means the latter.
     */
    private static void foldShortForms(Map<String, Group> groups, String text) {
        List<Map.Entry<String, Group>> entries = new ArrayList<>(groups.entrySet());
        for (Map.Entry<String, Group> shortEntry : entries) {
            MentionCandidate shortForm = shortEntry.getValue().first();
            if (shortForm.kbId() != null || namedInFull(shortEntry.getValue(), text)) {
                continue;
            }
            List<MentionCandidate> asWritten = shortEntry.getValue().members.stream()
                    .map(c -> new MentionCandidate(c.sentence(), c.span(), c.type(), c.span().of(text), null,
                            c.attrs(), c.confidence(), c.source()))
                    .toList();
            Group target = null;
            int matches = 0;
            for (Map.Entry<String, Group> longEntry : entries) {
                MentionCandidate longForm = longEntry.getValue().representative();
                if (longEntry != shortEntry && groups.containsKey(longEntry.getKey())
                        && asWritten.stream().allMatch(written -> abbreviates(written, longForm))) {
                    target = longEntry.getValue();
                    matches++;
                }
            }
            if (matches == 1) {
                target.members.addAll(shortEntry.getValue().members);
                groups.remove(shortEntry.getKey());
            }
        }
    }

    /** Pronouns CoreNLP may tag as a PERSON ("he said"): mentions of a person, never a name. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "we", "us", "our", "you", "your", "he", "him",
            "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "it", "its");

    /**
     * A PERSON "entity" named only by pronouns is a mention of the person named closest before it
     * (else of the first named after it: "He arrived. Justin Trudeau said"), and joins that person
     * (the spans stay, as re3d's gold marks them). In a text naming no person they are no entity:
     * one named "he" is no name the output can stand by.
     */
    private static void foldPronouns(Map<String, Group> groups) {
        List<Map.Entry<String, Group>> pronounGroups = groups.entrySet().stream()
                .filter(e -> e.getValue().first().type() == EntityType.PERSON && e.getValue().members.stream()
                        .allMatch(c -> PRONOUNS.contains(c.name().toLowerCase(java.util.Locale.ROOT))))
                .toList();
        List<Group> named = groups.values().stream()
                .filter(g -> g.first().type() == EntityType.PERSON && pronounGroups.stream().noneMatch(e -> e.getValue() == g))
                .toList();
        for (Map.Entry<String, Group> pronouns : pronounGroups) {
            for (MentionCandidate pronoun : pronouns.getValue().members) {
                Group person = namedNearest(named, pronoun.span());
                if (person != null) {
                    person.members.add(pronoun);
                }
            }
            groups.remove(pronouns.getKey());
        }
    }

    /** The person whose mention ends closest before the span, else the one named first after it, or null. */
    private static Group namedNearest(List<Group> persons, CharSpan span) {
        Group before = null;
        Group after = null;
        int bestEnd = -1;
        int bestStart = Integer.MAX_VALUE;
        for (Group person : persons) {
            for (MentionCandidate c : person.members) {
                if (c.span().end() <= span.start() && c.span().end() > bestEnd) {
                    before = person;
                    bestEnd = c.span().end();
                } else if (c.span().start() >= span.end() && c.span().start() < bestStart) {
                    after = person;
                    bestStart = c.span().start();
                }
            }
        }
        return before != null ? before : after;
    }

    /**
     * A gazetteer entity named by its own canonical name ("MBDA" beside "MBDA France") is a
     * company of its own, parent or sibling, not a short form.
     */
    private static boolean namedInFull(Group group, String text) {
        return group.members.stream().anyMatch(c -> !c.source().equals(NerMentionFinder.SOURCE)
                && Names.compact(c.span().of(text)).equals(Names.compact(c.name())));
    }

    static boolean abbreviates(MentionCandidate shortForm, MentionCandidate longForm) {
        String shortName = shortForm.name();
        String longName = longForm.name();
        if (shortName.length() >= longName.length()) {
            return false;
        }
        boolean bothOrgs = ORGANIZATIONS.contains(shortForm.type()) && ORGANIZATIONS.contains(longForm.type());
        boolean bothPersons = shortForm.type() == EntityType.PERSON && longForm.type() == EntityType.PERSON;
        List<String> longWords = List.of(Names.normalize(longName).split("[\\s-]+"));
        List<String> shortWords = List.of(Names.normalize(shortName).split("[\\s-]+"));
        if (shortForm.type() == EntityType.MISC && ORGANIZATIONS.contains(longForm.type())) {
            // NER tags an organisation's initials MISC as well as ORGANIZATION: "GD will also
            // supply" after "General Dynamics" (dev g176)
            return isAcronym(shortName, longWords);
        }
        if (bothOrgs) {
            return isAcronym(shortName, longWords)
                    || longWords.size() > shortWords.size() && longWords.subList(0, shortWords.size()).equals(shortWords);
        }
        if (bothPersons) {
            // a surname ("Nadir" for "Ronen Nadir"), or a family name written first ("Li" for
            // "Li Peng", "Xi" for "Xi Jinping"); only a person named once that way takes it
            return longWords.size() > shortWords.size()
                    && (longWords.subList(longWords.size() - shortWords.size(), longWords.size()).equals(shortWords)
                    || shortWords.size() == 1 && longWords.get(0).equals(shortWords.get(0)));
        }
        return false;
    }

    private static boolean isAcronym(String shortName, List<String> longWords) {
        if (shortName.length() < 2 || !shortName.equals(shortName.toUpperCase()) || shortName.contains(" ")) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : longWords) {
            if (!STOP_WORDS.contains(word) && !word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().equalsIgnoreCase(shortName.replace(".", ""));
    }
}
