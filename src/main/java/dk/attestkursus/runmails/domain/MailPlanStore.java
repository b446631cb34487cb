package dk.attestkursus.runmails.domain;

import dk.attestkursus.base.MunicipalJdbc;
import dk.attestkursus.kernel.MunicipalityId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The rows of {@code run_mail_plan}: moved send times and which waves have gone to the outbox. */
@Repository
public class MailPlanStore {

    /** A run's row for one mail. */
    public record Row(
            String mailKey,
            @Nullable Instant sendAt,
            @Nullable Instant queuedAt,
            @Nullable String outcome,
            @Nullable Integer recipients) {}

    private final MunicipalJdbc jdbc;

    MailPlanStore(MunicipalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Row> rows(long runId) {
        return jdbc
                .sql("""
                select mail_key, send_at, queued_at, outcome, recipients from run_mail_plan
                where course_run_id = :run and municipality_id = :municipality""")
                .param("run", runId)
                .query((rs, i) -> new Row(
                        rs.getString(1), instant(rs, 2), instant(rs, 3), rs.getString(4), (Integer) rs.getObject(5)))
                .list()
                .stream()
                .collect(Collectors.toMap(Row::mailKey, r -> r));
    }

    /** A moved send time with its run, for the export of the instructor who moved it (issue 25). */
    public record Change(long run, String mailKey, @Nullable Instant sendAt) {}

    /** The send times the account moved last, by run and mail. */
    public List<Change> changedBy(long accountId) {
        return jdbc.sql("""
                select course_run_id, mail_key, send_at from run_mail_plan
                where changed_by = :account and municipality_id = :municipality
                order by course_run_id, mail_key""")
                .param("account", accountId)
                .query((rs, i) -> new Change(rs.getLong(1), rs.getString(2), instant(rs, 3)))
                .list();
    }

    /** Moves the send time of a wave not yet queued; false if it was queued meanwhile. */
    public boolean move(long runId, String mailKey, Instant sendAt, long by) {
        int updated = jdbc.sql("""
                update run_mail_plan set send_at = :sendAt, changed_by = :by
                where course_run_id = :run and mail_key = :mailKey and queued_at is null
                    and municipality_id = :municipality""")
                .param("sendAt", ts(sendAt))
                .param("by", by)
                .param("run", runId)
                .param("mailKey", mailKey)
                .update();
        if (updated == 1) {
            return true;
        }
        if (!rows(runId).containsKey(mailKey)) {
            jdbc.sql("""
                    insert into run_mail_plan (course_run_id, mail_key, send_at, changed_by, municipality_id)
                    values (:run, :mailKey, :sendAt, :by, :municipality)""")
                    .param("run", runId)
                    .param("mailKey", mailKey)
                    .param("sendAt", ts(sendAt))
                    .param("by", by)
                    .update();
            return true;
        }
        return false;
    }

    /**
     * Claims a wave for this transaction: only one caller (across instances) gets true. A concurrent
     * insert of the same row fails the loser's transaction on the primary key.
     */
    public boolean claim(long runId, String mailKey, Instant now, String outcome, int recipients) {
        int updated = jdbc.sql("""
                update run_mail_plan set queued_at = :now, outcome = :outcome, recipients = :recipients
                where course_run_id = :run and mail_key = :mailKey and queued_at is null
                    and municipality_id = :municipality""")
                .param("now", ts(now))
                .param("outcome", outcome)
                .param("recipients", recipients)
                .param("run", runId)
                .param("mailKey", mailKey)
                .update();
        if (updated == 1) {
            return true;
        }
        if (rows(runId).containsKey(mailKey)) {
            return false;
        }
        jdbc.sql("""
                insert into run_mail_plan (course_run_id, mail_key, queued_at, outcome, recipients, municipality_id)
                values (:run, :mailKey, :now, :outcome, :recipients, :municipality)""")
                .param("run", runId)
                .param("mailKey", mailKey)
                .param("now", ts(now))
                .param("outcome", outcome)
                .param("recipients", recipients)
                .update();
        return true;
    }

    /**
     * Locks the run's rows until the transaction ends, so catch-ups of one run go one at a time (two
     * joiners with the same leader would otherwise both queue the leader's mail, and one would fail on
     * the outbox's dedupe key).
     */
    public void lockRun(long runId) {
        jdbc.sql("""
                select mail_key from run_mail_plan
                where course_run_id = :run and municipality_id = :municipality
                order by mail_key for update""").param("run", runId).query(String.class).list();
    }

    /** Whether the wave went to the outbox (not skipped). */
    public boolean queued(long runId, String mailKey) {
        return jdbc.sql("""
                        select count(*) from run_mail_plan
                        where course_run_id = :run and mail_key = :mailKey and outcome = 'QUEUED'
                            and municipality_id = :municipality""")
                        .param("run", runId)
                        .param("mailKey", mailKey)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * The runs, of every municipality, with every wave done, so the planner can skip them. The
     * platform's own work (the planner, as the system).
     */
    public List<Long> finishedRuns(int waves) {
        return jdbc.acrossMunicipalities("""
                select course_run_id from run_mail_plan where queued_at is not null
                group by course_run_id having count(*) >= :waves""")
                .param("waves", waves)
                .query(Long.class)
                .list();
    }

    /**
     * The municipality each of these runs belongs to, so the planner (the platform's own work) can
     * queue a run's mails within it (decision 020). Runs that do not exist are left out.
     */
    public Map<Long, MunicipalityId> municipalities(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, MunicipalityId> owners = new HashMap<>();
        jdbc.acrossMunicipalities("select id, municipality_id from course_run where id in (:runs)")
                .param("runs", List.copyOf(runIds))
                .query((rs, i) -> Map.entry(rs.getLong(1), new MunicipalityId(rs.getLong(2))))
                .list()
                .forEach(e -> owners.put(e.getKey(), e.getValue()));
        return owners;
    }

    /** Microseconds, as the databases store them (a rounded-up nanosecond would compare as later). */
    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
