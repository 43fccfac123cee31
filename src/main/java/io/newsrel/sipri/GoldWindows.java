package io.newsrel.sipri;

import io.newsrel.batch.FactsAggregator.BestEvidence;
import io.newsrel.batch.FactsAggregator.Fact;
import io.newsrel.batch.FactsAggregator.FactArgument;
import io.newsrel.eval.DefnewsGold;
import io.newsrel.model.Attribute;
import io.newsrel.model.RelationType;
import io.newsrel.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a year window does on gold transfers: the defnews gold ARMS_TRANSFERs that name a system
 * the register has between the same two countries are what a perfect extractor would look up, so
 * the share of them a window matches is its recall; every year of slack beyond that only matches
 * more unrelated orders. This is how {@link RegisterCheck.Window#CHOSEN} was chosen.
 */
public final class GoldWindows {

    /**
     * One window's result.
     *
     * @param comparable gold transfers with a system the register has between their countries
     * @param matched    of them, matched within the window
     * @param ambiguous  of them, matched by more than one order
     */
    public record Row(RegisterCheck.Window window, int comparable, int matched, int ambiguous) {
    }

    private GoldWindows() {
    }

    /** The windows compared in the README: exact years, the chosen window, and wider ones. */
    public static List<RegisterCheck.Window> candidates() {
        return List.of(RegisterCheck.Window.EXACT, new RegisterCheck.Window(1, 1, 0, 1, false),
                new RegisterCheck.Window(2, 1, 1, 2, false), RegisterCheck.Window.CHOSEN,
                new RegisterCheck.Window(3, 3, 3, 3, true), new RegisterCheck.Window(5, 5, 5, 5, true));
    }

    public static List<Row> measure(List<DefnewsGold.Article> gold, RegisterComparison register,
                                    List<RegisterCheck.Window> windows) {
        List<Fact> transfers = new ArrayList<>();
        for (DefnewsGold.Article article : gold) {
            for (DefnewsGold.GoldRelation r : article.relations()) {
                if (r.type() == RelationType.ARMS_TRANSFER && r.system() != null && r.recipient() != null) {
                    transfers.add(fact(article, r, transfers.size()));
                }
            }
        }
        RegisterCheck chosen = register.check();
        List<Fact> comparable = transfers.stream().filter(f -> {
            RegisterCheck.Result result = chosen.check(f);
            return result.inRegister() || result.miss() == RegisterCheck.Miss.NONE_IN_THE_YEAR_WINDOW;
        }).toList();
        List<Row> rows = new ArrayList<>();
        for (RegisterCheck.Window window : windows) {
            RegisterCheck check = chosen.with(window);
            int matched = 0;
            int ambiguous = 0;
            for (Fact fact : comparable) {
                RegisterCheck.Result result = check.check(fact);
                matched += result.inRegister() ? 1 : 0;
                ambiguous += result.matches().size() > 1 ? 1 : 0;
            }
            rows.add(new Row(window, comparable.size(), matched, ambiguous));
        }
        return rows;
    }

    /** A gold transfer as the fact a perfect extractor would write (every system name as a variant). */
    static Fact fact(DefnewsGold.Article article, DefnewsGold.GoldRelation r, int number) {
        Map<String, List<FactArgument>> arguments = new TreeMap<>();
        arguments.put(Role.RECIPIENT.jsonName(), List.of(new FactArgument(null, r.recipient(), null, 1)));
        if (r.supplierCountry() != null) {
            arguments.put(Role.SUPPLIER_COUNTRY.jsonName(), List.of(new FactArgument(null, r.supplierCountry(), null, 1)));
        }
        arguments.put(Role.SYSTEM.jsonName(), r.system().stream().map(s -> new FactArgument(s, null, null, 1)).toList());
        Map<String, Map<String, Integer>> attributes = new LinkedHashMap<>();
        Map<String, Integer> years = new TreeMap<>();
        r.year().forEach(y -> years.put(y.toString(), 1));
        attributes.put(Attribute.YEARS.jsonName(), years);
        Map<String, Integer> statuses = new TreeMap<>();
        r.status().forEach(s -> statuses.put(s, 1));
        attributes.put(Attribute.STATUSES.jsonName(), statuses);
        String date = article.document().date() == null ? null : article.document().date().toString();
        String id = article.document().id();
        return new Fact(RelationType.ARMS_TRANSFER.name(), id + "#" + number, List.of(id), 1, date, date, 1.0,
                arguments, attributes, new BestEvidence(id, r.evidence() == null ? "" : r.evidence(), 1.0));
    }
}
