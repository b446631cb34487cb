package dk.attestkursus.certificates;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run's participants as the certificates page shows them to its instructors and administrators:
 * attended, all modules completed, and the certificate's code once issued.
 */
public record RunCertificates(CourseRunId runId, String runName, List<Row> rows) {

    public RunCertificates {
        rows = List.copyOf(rows);
    }

    /** How many can have a certificate (attended and completed every module). */
    public long ready() {
        return rows.stream().filter(Row::ready).count();
    }

    public record Row(
            AccountId id,
            String name,
            boolean attended,
            boolean completed,
            @Nullable String code,
            @Nullable Instant withdrawnAt) {

        /** Attended, completed every module, and not withdrawn: the certificate can be handed out. */
        public boolean ready() {
            return attended && completed && withdrawnAt == null;
        }

        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }
}
