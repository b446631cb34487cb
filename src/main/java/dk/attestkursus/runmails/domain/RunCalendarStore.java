package dk.attestkursus.runmails.domain;

import dk.attestkursus.base.MunicipalJdbc;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code run_calendar}: the UID of a run's calendar event and the SEQUENCE of its last
 * invitation, update or cancellation (docs/decisions/025).
 */
@Repository
public class RunCalendarStore {

    /** A run's calendar event as the calendars last heard of it. */
    public record Event(String uid, int sequence) {}

    private final MunicipalJdbc jdbc;

    RunCalendarStore(MunicipalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The run's event, if an invitation has gone out (or been queued). */
    public Optional<Event> find(long runId) {
        return jdbc.sql("""
                select uid, sequence from run_calendar
                where course_run_id = :run and municipality_id = :municipality""")
                .param("run", runId)
                .query((rs, i) -> new Event(rs.getString(1), rs.getInt(2)))
                .optional();
    }

    /**
     * The run's event, made with {@code newUid} and SEQUENCE 0 if it has none yet. Called in the transaction
     * that queues the invitations, which holds the run's plan rows, so two callers do not both insert.
     */
    public Event ensure(long runId, String newUid, Instant now) {
        Optional<Event> found = find(runId);
        if (found.isPresent()) {
            return found.get();
        }
        jdbc.sql("""
                insert into run_calendar (course_run_id, municipality_id, uid, sequence, updated_at)
                values (:run, :municipality, :uid, 0, :now)""")
                .param("run", runId)
                .param("uid", newUid)
                .param("now", MailPlanStore.ts(now))
                .update();
        return new Event(newUid, 0);
    }

    /**
     * Raises the event's SEQUENCE for a change that goes out now and returns the event as changed; empty
     * when no invitation has gone out (then there is nothing in anyone's calendar to change). The row is
     * locked until the transaction ends, so two changes get two numbers.
     */
    public Optional<Event> raise(long runId, Instant now) {
        int updated = jdbc.sql("""
                update run_calendar set sequence = sequence + 1, updated_at = :now
                where course_run_id = :run and municipality_id = :municipality""")
                .param("run", runId)
                .param("now", MailPlanStore.ts(now))
                .update();
        return updated == 1 ? find(runId) : Optional.empty();
    }
}
