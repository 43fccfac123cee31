package io.newsrel.review;

import io.newsrel.review.ReportData.Mark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Highlight ranges made flat, so the page can cut a text into plain and marked pieces. */
final class Marks {

    private Marks() {
    }

    /**
     * The marks in text order without overlaps: of overlapping marks the one starting first wins,
     * and of those starting together the longest ("Israel-Morocco Joint Military Committee" over
     * the "Israel" inside it). Duplicates collapse.
     */
    static List<Mark> flat(List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        List<Mark> flat = new ArrayList<>();
        int end = 0;
        for (Mark m : sorted) {
            if (m.start() >= end && m.end() > m.start()) {
                flat.add(m);
                end = m.end();
            }
        }
        return flat;
    }
}
