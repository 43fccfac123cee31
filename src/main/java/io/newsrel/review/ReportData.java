package io.newsrel.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The records the report's data files hold; the page's script reads them. Offsets of marks are
 * relative to the text they mark (an evidence sentence, a document), as UTF-16 indices, which is
 * what JavaScript strings use.
 */
final class ReportData {

    private ReportData() {
    }

    /** A highlighted range {@code [start, end)} and its label (a role, or an entity's index). */
    record Mark(int start, int end, String label) {
    }

    /** One argument of a relation as the page shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Argument(String role, String id, String name, String type, String code) {
    }

    /** One evidence sentence with its arguments highlighted. */
    record EvidenceView(String text, List<Mark> marks) {
    }

    /**
     * One row of the relation table. {@code years} and {@code statuses} are every value the text gives
     * (best first), for the year and status filters and the timeline; {@code inRegister} is whether an
     * arms transfer's fact matched the SIPRI register (null when the run was not compared).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RelationRow(String id, int doc, String type, double confidence, String rule, List<Argument> args,
                       Map<String, Object> attrs, List<EvidenceView> evidence, List<String> countries,
                       List<String> systems, String supplier, String recipient, List<Integer> years,
                       List<String> statuses, Boolean inRegister) {
    }

    /** One entity of the per-document view; its mentions are marks in the document text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntityView(String id, String type, String name, String kbId) {
    }

    /** One document for the per-document view, loaded when it is opened. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DocumentView(int index, String id, String title, String date, String url, String text,
                        List<EntityView> entities, List<Mark> marks) {
    }

    /** Where a document is: its id, title and the data file holding its text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DocumentEntry(String id, String title, String date, int chunk, int relations) {
    }

    /**
     * Batch-wide facts for the summary view; {@code statuses} are a deal's statuses in their order,
     * {@code roles} each relation type's roles (the review's correction form), {@code reviewFormat}
     * the format name of the review file the page saves ({@link ReviewedGold}).
     */
    record Summary(String title, int documents, int relations, int skippedLines, Map<String, Long> entitiesByType,
                   Map<String, String> countryNames, int relationChunks, List<String> statuses,
                   Map<String, List<String>> roles, String reviewFormat) {
    }
}
