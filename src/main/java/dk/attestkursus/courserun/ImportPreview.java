package dk.attestkursus.courserun;

import java.util.List;
import java.util.Locale;

/**
 * What importing a participant file would do, row by row, before anything is stored. The file is
 * imported only when it has no errors at all: nothing is ever half-imported.
 */
public record ImportPreview(List<ParticipantCsv.Problem> fileErrors, List<Row> rows) {

    /** What would happen to a row. */
    public enum Status {
        NEW,
        EXISTING,
        ALREADY_ENROLLED,
        ERROR
    }

    /** A row of the file with its outcome and, for errors, the reasons. */
    public record Row(
            int line,
            String name,
            String email,
            String team,
            String leaderEmail,
            Status status,
            List<ParticipantCsv.Problem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }

        public String statusKey() {
            return "import.status." + status.name().toLowerCase(Locale.ROOT);
        }
    }

    public ImportPreview {
        fileErrors = List.copyOf(fileErrors);
        rows = List.copyOf(rows);
    }

    public long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** How many people the import would enrol (new and existing accounts). */
    public long toEnrol() {
        return count(Status.NEW) + count(Status.EXISTING);
    }

    public boolean canImport() {
        return fileErrors.isEmpty() && count(Status.ERROR) == 0 && toEnrol() > 0;
    }
}
