package io.newsrel.relations;

import io.newsrel.model.Attribute;
import io.newsrel.model.Entity;
import io.newsrel.model.EntityType;
import io.newsrel.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where local production reads its company and host when the sentence does not give both: a
 * company's nationality from the country word before it ("French company CYGR"), a host from its
 * local partner ("an Indian defence technology firm", "Tata Advanced Systems"), and a company
 * named elsewhere in the document.
 */
final class ProductionCues {

    /** How many sentences away the company of a sentence that names none may be named. */
    static final int COMPANY_REACH = 2;
    /** How many lower-case words may stand between a nationality and its company ("Israeli company Aeronautics"). */
    private static final int QUALIFIER_GAP = 2;

    private ProductionCues() {
    }

    /**
     * A company's home country: its gazetteer country, else the country word that qualifies it
     * ("French company CYGR", "Finnish company Patria", "South Korean Hanwha Techwin").
     */
    static Optional<String> home(SentenceFacts sentence, SentenceFacts.Placed company) {
        String known = company.entity().attrs().get("country");
        if (known != null) {
            return Optional.of(known);
        }
        return qualifier(sentence, company).map(q -> q.entity().kbId());
    }

    private static Optional<SentenceFacts.Placed> qualifier(SentenceFacts sentence, SentenceFacts.Placed company) {
        for (SentenceFacts.Placed country : sentence.ofType(EntityType.COUNTRY, false)) {
            int gap = company.start() - country.end();
            if (gap >= 0 && gap <= QUALIFIER_GAP && lowerCaseWords(sentence, country.end(), company.start())) {
                return Optional.of(country);
            }
        }
        return Optional.empty();
    }

    private static boolean lowerCaseWords(SentenceFacts sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            String word = sentence.tokens.get(i).text();
            if (!word.equals(word.toLowerCase(Locale.ROOT)) || !Character.isLetter(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hosts given by the local partner a foreign company works with: the home countries of the
     * sentence's other companies and the countries that qualify a company ("RRP Defence, an Indian
     * defence technology firm, ... with French company CYGR"; g025, g024, g074), other than the
     * company's own country; none when they are several or the story does not lean to the host.
     */
    static List<Entity> partnerHosts(LinkedDocument document, SentenceFacts sentence, SentenceFacts.Placed company,
                                     String home) {
        List<Entity> hosts = new ArrayList<>();
        boolean byCompany = false;
        for (SentenceFacts.Placed other : sentence.ofType(EntityType.COMPANY, false)) {
            if (other.entity().equals(company.entity())) {
                continue;
            }
            Optional<Entity> host = home(sentence, other).filter(h -> !h.equals(home)).flatMap(document::countryEntity);
            if (host.isPresent() && !hosts.contains(host.get())) {
                hosts.add(host.get());
                byCompany = true;
            }
        }
        Optional<SentenceFacts.Placed> own = qualifier(sentence, company);
        for (SentenceFacts.Placed country : sentence.ofType(EntityType.COUNTRY, false)) {
            if (sentence.qualifiesCompany(country) && !sentence.isDateline(country) && !own.map(country::equals).orElse(false)
                    && !country.entity().kbId().equals(home) && !hosts.contains(country.entity())) {
                hosts.add(country.entity());
            }
        }
        // several partner countries are a consortium's owners ("MBDA, a joint venture of Airbus,
        // BAE Systems and Leonardo"), not one local partner; two named companies are each other's
        // partner, so the story must lean to one side ("the joint Russian-Indian enterprise created
        // by ... Rosoboronexport and India's HAL")
        if (hosts.size() != 1) {
            return List.of();
        }
        return hostable(document, hosts.get(0).kbId(), home, byCompany) ? hosts : List.of();
    }

    /**
     * Whether a host read from outside the sentence's "in" phrase is plausible: news of local
     * production is news about the host, so the document names it at least as often as the
     * company's home, and more often when the sentence could be read the other way round.
     */
    static boolean hostable(LinkedDocument document, String host, String home, boolean strict) {
        int balance = mentions(document, host) - mentions(document, home);
        return balance > 0 || balance == 0 && !strict;
    }

    private static int mentions(LinkedDocument document, String iso3) {
        return iso3 == null ? 0 : document.countryEntity(iso3).map(e -> e.mentions().size()).orElse(0);
    }

    /**
     * The company of a production sentence that names none: when the sentence names a foreign
     * country ("An Indo-Russian joint venture ... in India", "China will construct a new facility
     * ... in Saudi Arabia"), the company of that country named nearest in the document; else the
     * foreign company named within {@value #COMPANY_REACH} sentences, or the document's only
     * foreign company.
     */
    static Optional<Entity> companyFor(LinkedDocument document, int s, String host, Set<String> foreign) {
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            SentenceFacts near = document.facts(i);
            for (SentenceFacts.Placed company : near.ofType(EntityType.COMPANY, false)) {
                String home = home(near, company).orElse(null);
                if (home != null && !home.equals(host)) {
                    named.add(new Named(company.entity(), home, Math.abs(i - s)));
                }
            }
        }
        named.sort(Comparator.comparingInt(Named::distance));
        if (!foreign.isEmpty()) {
            return named.stream().filter(n -> foreign.contains(n.home())).map(Named::company).findFirst();
        }
        Optional<Entity> nearest = named.stream().filter(n -> n.distance() <= COMPANY_REACH)
                .map(Named::company).findFirst();
        if (nearest.isPresent()) {
            return nearest;
        }
        List<Entity> all = named.stream().map(Named::company).distinct().toList();
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    private record Named(Entity company, String home, int distance) {
    }

    /**
     * Drops a parent named in passing where its subsidiary holds the same host ("Airbus" beside
     * "Airbus Defence and Space" in India, g024): the gold names the company that does the work.
     */
    static List<RelationCandidate> withoutParents(List<RelationCandidate> found, LinkedDocument document) {
        List<RelationCandidate> kept = new ArrayList<>();
        for (RelationCandidate candidate : found) {
            String name = companyName(candidate, document);
            String host = host(candidate);
            boolean parent = found.stream().anyMatch(other -> other != candidate && host(other).equals(host)
                    && companyName(other, document).startsWith(name + " "));
            if (!parent) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static String host(RelationCandidate candidate) {
        return candidate.attrs().get(Attribute.HOST_COUNTRY).orElse("");
    }

    private static String companyName(RelationCandidate candidate, LinkedDocument document) {
        String id = candidate.args().id(Role.COMPANY).orElse("");
        return document.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse(id);
    }
}
