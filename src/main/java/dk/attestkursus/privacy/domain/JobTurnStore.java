package dk.attestkursus.privacy.domain;

import dk.attestkursus.base.MunicipalJdbc;
import dk.attestkursus.base.UniqueKeys;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The turns of the platform's jobs that must run once across instances ({@code job_turn}, V24): a job
 * takes its turn by moving {@code next_run_at} forward in one conditional update, and only the instance
 * whose update changed the row runs it. The table belongs to no municipality (decision 020), so every
 * statement is the platform's own work ({@link MunicipalJdbc#acrossMunicipalities}); each runs in its own
 * transaction (or the caller's), so the turn is decided by the database, not by the instances.
 */
@Component
public class JobTurnStore {

    /** A job's row: when it may run next, when it last ran and what it did then. */
    public record Turn(
            Instant nextRunAt,
            @Nullable Instant lastRunAt,
            @Nullable String lastResult) {}

    /** The longest result a job records. */
    public static final int MAX_RESULT = 500;

    private final MunicipalJdbc jdbc;

    JobTurnStore(MunicipalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the job's turn at {@code now} if it is due ({@code next_run_at <= now}, or the job never ran):
     * moves its next run to {@code next}. True for exactly one of several instances asking at once.
     */
    public boolean take(String name, Instant now, Instant next) {
        int moved = jdbc.acrossMunicipalities("""
                        update job_turn set next_run_at = :next, last_run_at = :now
                        where name = :name and next_run_at <= :now""")
                .param("next", ts(next))
                .param("now", ts(now))
                .param("name", name)
                .update();
        if (moved == 1) {
            return true;
        }
        if (find(name).isPresent()) {
            return false; // not due, or another instance moved it first
        }
        try {
            jdbc.acrossMunicipalities("""
                            insert into job_turn (name, next_run_at, last_run_at)
                            values (:name, :next, :now)""")
                    .param("name", name)
                    .param("next", ts(next))
                    .param("now", ts(now))
                    .update();
            return true;
        } catch (DataIntegrityViolationException e) {
            UniqueKeys.rethrowUnlessLostRace(e);
            return false; // another instance inserted the first row at the same moment, and runs it
        }
    }

    /** Records what the job did in the turn it took. */
    public void finish(String name, String result) {
        jdbc.acrossMunicipalities("update job_turn set last_result = :result where name = :name")
                .param("result", result.length() > MAX_RESULT ? result.substring(0, MAX_RESULT) : result)
                .param("name", name)
                .update();
    }

    /** The job's row, if it ever took a turn. */
    public Optional<Turn> find(String name) {
        return jdbc.acrossMunicipalities(
                        "select next_run_at, last_run_at, last_result from job_turn where name = :name")
                .param("name", name)
                .query((rs, i) -> {
                    Timestamp last = rs.getTimestamp(2);
                    return new Turn(
                            rs.getTimestamp(1).toInstant(), last == null ? null : last.toInstant(), rs.getString(3));
                })
                .optional();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
