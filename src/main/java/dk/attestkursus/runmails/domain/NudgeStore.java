package dk.attestkursus.runmails.domain;

import dk.attestkursus.base.MunicipalJdbc;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code run_nudge}: per run and kind, the last round of reminders an instructor sent by hand
 * (issue 27), who sent it, to how many, and how many rounds there have been.
 */
@Repository
public class NudgeStore {

    /** The last round of one kind for a run. */
    public record Round(
            String kind, Instant sentAt, @Nullable Long sentBy, int recipients, int rounds) {}

    private final MunicipalJdbc jdbc;

    NudgeStore(MunicipalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The last round of each kind sent for the run, by kind. */
    public Map<String, Round> last(long runId) {
        return jdbc
                .sql("""
                select kind, sent_at, sent_by, recipients, rounds from run_nudge
                where course_run_id = :run and municipality_id = :municipality""")
                .param("run", runId)
                .query((rs, i) -> new Round(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, Long.class),
                        rs.getInt(4),
                        rs.getInt(5)))
                .list()
                .stream()
                .collect(Collectors.toMap(Round::kind, r -> r));
    }

    /**
     * Claims the next round of the kind for this transaction, if the last one was sent at or before
     * {@code lastNoLaterThan} (or there was none): returns the round's number, or empty when a later
     * round exists. A concurrent first round fails the loser's insert on the primary key; a concurrent
     * later round waits for the winner's row and then finds it too new.
     */
    public Optional<Integer> claim(
            long runId, String kind, Instant now, Instant lastNoLaterThan, long by, int recipients) {
        int updated = jdbc.sql("""
                update run_nudge set sent_at = :now, sent_by = :by, recipients = :recipients, rounds = rounds + 1
                where course_run_id = :run and kind = :kind and sent_at <= :latest
                    and municipality_id = :municipality""")
                .param("now", MailPlanStore.ts(now))
                .param("by", by)
                .param("recipients", recipients)
                .param("run", runId)
                .param("kind", kind)
                .param("latest", MailPlanStore.ts(lastNoLaterThan))
                .update();
        if (updated == 1) {
            return Optional.of(last(runId).get(kind).rounds());
        }
        if (last(runId).containsKey(kind)) {
            return Optional.empty();
        }
        jdbc.sql("""
                insert into run_nudge (course_run_id, kind, sent_at, sent_by, recipients, rounds, municipality_id)
                values (:run, :kind, :now, :by, :recipients, 1, :municipality)""")
                .param("run", runId)
                .param("kind", kind)
                .param("now", MailPlanStore.ts(now))
                .param("by", by)
                .param("recipients", recipients)
                .update();
        return Optional.of(1);
    }

    /** A round the person sent, with its run, for their export (issue 25). */
    public record Sent(long run, String kind, Instant sentAt, int recipients) {}

    /** The last rounds the account sent, by run and kind. */
    public List<Sent> sentBy(long accountId) {
        return jdbc.sql("""
                select course_run_id, kind, sent_at, recipients from run_nudge
                where sent_by = :account and municipality_id = :municipality
                order by course_run_id, kind""")
                .param("account", accountId)
                .query((rs, i) -> new Sent(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4)))
                .list();
    }
}
