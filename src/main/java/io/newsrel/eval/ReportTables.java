package io.newsrel.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Renders an evaluation report as Markdown tables, systems side by side, ready for the README. */
public final class ReportTables {

    private ReportTables() {
    }

    public static String render(EvalRunner.EvalReport report) {
        StringBuilder out = new StringBuilder();
        if (!report.defnews.isEmpty()) {
            out.append("### defnews-dev: document-level entities\n\n");
            prfTable(out, report, s -> report.defnews.get(s).entities());
            out.append("\n### defnews-dev: relations\n\n");
            prfTable(out, report, s -> report.defnews.get(s).relations());
            DefnewsScorer.Result newsrel = report.defnews.get(report.systems.get(0));
            out.append("\nARMS_TRANSFER attributes on matched transfers (").append(report.systems.get(0)).append("): ");
            List<String> parts = new ArrayList<>();
            newsrel.attributeAccuracy().forEach((attr, acc) ->
                    parts.add(String.format("%s %.2f (n=%d)", attr, acc, newsrel.attributeCounts().get(attr))));
            out.append(String.join(", ", parts)).append("\n");
            out.append("\nRelation precision at confidence ≥ t (").append(report.systems.get(0)).append("): ");
            List<String> thresholds = new ArrayList<>();
            newsrel.precisionAtConfidence().forEach((t, p) -> thresholds.add(String.format("%s: %.2f", t, p)));
            out.append(String.join(", ", thresholds)).append("\n");
        }
        if (!report.re3d.isEmpty()) {
            out.append("\n### re3d-dev: spans, exact match\n\n");
            prfTable(out, report, s -> report.re3d.get(s).exact());
            out.append("\n### re3d-dev: spans, overlap match\n\n");
            prfTable(out, report, s -> report.re3d.get(s).overlap());
            out.append("\nre3d types mapped: ");
            List<String> mapping = new ArrayList<>();
            report.re3dTypeMapping().forEach((from, to) -> mapping.add(from + " → " + to));
            out.append(String.join("; ", mapping)).append(".\n");
        }
        if (!report.conll.isEmpty()) {
            out.append("\n### CoNLL-2003 testa: exact spans (conlleval)\n\n");
            prfTable(out, report, report.conll::get);
        }
        if (!report.seconds.isEmpty()) {
            out.append("\nSeconds per mode and system: ").append(report.seconds).append("\n");
        }
        return out.toString();
    }

    /** The tables of a score against reviewed gold ({@code newsrel eval --gold-labelstudio/--gold-brat}). */
    public static String render(ReviewScorer.Result result) {
        EvalRunner.EvalReport report = new EvalRunner.EvalReport(List.of("newsrel"));
        report.defnews.put("newsrel", result.defnews());
        StringBuilder out = new StringBuilder();
        out.append("Scored on ").append(result.documents()).append(" reviewed documents.\n");
        out.append("\n### reviewed gold: entity mentions, exact spans\n\n");
        prfTable(out, report, s -> result.mentions());
        out.append("\n### reviewed gold: relations of every type, same entities in every role\n\n");
        prfTable(out, report, s -> result.relations());
        out.append('\n').append(render(report).replace("defnews-dev", "reviewed gold, SPEC-gold.md measures"));
        return out.toString();
    }

    private static void prfTable(StringBuilder out, EvalRunner.EvalReport report,
                                 Function<String, Map<String, Prf>> scores) {
        Set<String> rows = new LinkedHashSet<>();
        report.systems.forEach(s -> rows.addAll(scores.apply(s).keySet()));
        out.append("| type | gold |");
        report.systems.forEach(s -> out.append(' ').append(s).append(" P | R | F1 |"));
        out.append("\n|---|---:|");
        report.systems.forEach(s -> out.append("---:|---:|---:|"));
        out.append('\n');
        for (String row : rows) {
            out.append("| ").append(row).append(" | ").append(goldCount(report, scores, row)).append(" |");
            for (String system : report.systems) {
                Prf prf = scores.apply(system).get(row);
                if (prf == null) {
                    out.append(" – | – | – |");
                } else {
                    out.append(String.format(" %.3f | %.3f | **%.3f** |", prf.precision(), prf.recall(), prf.f1()));
                }
            }
            out.append('\n');
        }
    }

    private static int goldCount(EvalRunner.EvalReport report, Function<String, Map<String, Prf>> scores, String row) {
        Prf prf = scores.apply(report.systems.get(0)).get(row);
        return prf == null ? 0 : prf.tp() + prf.fn();
    }
}
