package dk.attestkursus.results;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Øvelse efter kurset" in the leaders' results (issue 27): per practice question, how the team answered
 * it the first time it was asked after the session and when it came back. Added up from whole blocks of
 * five or more behind each figure (decision 015), so no person's answer can be told.
 *
 * @param people the people of the blocks counted (as the dashboard's)
 */
public record PracticeResults(int people, List<Row> rows) {

    public PracticeResults {
        rows = List.copyOf(rows);
    }

    /**
     * One question: its words, the first answers counted and the share right (null: none counted), and the
     * same for the answers when the question came back.
     */
    public record Row(
            String itemId,
            String question,
            int firstAnswered,
            @Nullable Integer firstRightPercent,
            int againAnswered,
            @Nullable Integer againRightPercent) {}

    /** Whether any question has figures to show. */
    public boolean empty() {
        return rows.stream().allMatch(r -> r.firstAnswered() == 0 && r.againAnswered() == 0);
    }
}
