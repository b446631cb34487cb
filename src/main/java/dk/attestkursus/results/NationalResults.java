package dk.attestkursus.results;

import dk.attestkursus.kernel.MunicipalityId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The national view (issue 21): per municipality and for all together, participation and the mean
 * rubric score of the own-case request before and after the course, criterion by criterion, as the
 * audit behind the course compared its three municipalities. A mean is null where fewer than five
 * people are behind it (the group rule, per figure).
 */
public record NationalResults(List<Criterion> criteria, List<Row> municipalities, Row all) {

    public NationalResults {
        criteria = List.copyOf(criteria);
        municipalities = List.copyOf(municipalities);
    }

    /** A rubric criterion, in the course's order. */
    public record Criterion(String key, String title) {}

    /** One municipality (or all together, {@code id} null), its participation and a cell per criterion. */
    public record Row(
            @Nullable MunicipalityId id, String name, int runsHeld, int enrolled, int attended, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Mean score (0-2) before and after, each null when fewer than five people are behind it. */
    public record Cell(
            String criterion,
            @Nullable Double before,
            int peopleBefore,
            @Nullable Double after,
            int peopleAfter) {

        public @Nullable Double change() {
            return before == null || after == null ? null : after - before;
        }
    }
}
