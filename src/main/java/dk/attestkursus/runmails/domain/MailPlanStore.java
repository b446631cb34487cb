package dk.attestkursus.runmails.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    MailPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Row> rows(long runId) {
        return jdbc
                .sql("""
                select mail_key, send_at, queued_at, outcome, recipients from run_mail_plan
                where course_run_id = ?""")
                .param(runId)
                .query((rs, i) -> new Row(
                        rs.getString(1), instant(rs, 2), instant(rs, 3), rs.getString(4), (Integer) rs.getObject(5)))
                .list()
                .stream()
                .collect(Collectors.toMap(Row::mailKey, r -> r));
    }

    /** Moves the send time of a wave not yet queued; false if it was queued meanwhile. */
    public boolean move(long runId, String mailKey, Instant sendAt, long by) {
        int updated = jdbc.sql("""
                update run_mail_plan set send_at = ?, changed_by = ?
                where course_run_id = ? and mail_key = ? and queued_at is null""").params(ts(sendAt), by, runId, mailKey).update();
        if (updated == 1) {
            return true;
        }
        if (!rows(runId).containsKey(mailKey)) {
            jdbc.sql("insert into run_mail_plan (course_run_id, mail_key, send_at, changed_by) values (?, ?, ?, ?)")
                    .params(runId, mailKey, ts(sendAt), by)
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
                update run_mail_plan set queued_at = ?, outcome = ?, recipients = ?
                where course_run_id = ? and mail_key = ? and queued_at is null""")
                .params(ts(now), outcome, recipients, runId, mailKey)
                .update();
        if (updated == 1) {
            return true;
        }
        if (rows(runId).containsKey(mailKey)) {
            return false;
        }
        jdbc.sql("""
                insert into run_mail_plan (course_run_id, mail_key, queued_at, outcome, recipients)
                values (?, ?, ?, ?, ?)""").params(runId, mailKey, ts(now), outcome, recipients).update();
        return true;
    }

    /**
     * Locks the run's rows until the transaction ends, so catch-ups of one run go one at a time (two
     * joiners with the same leader would otherwise both queue the leader's mail, and one would fail on
     * the outbox's dedupe key).
     */
    public void lockRun(long runId) {
        jdbc.sql("select mail_key from run_mail_plan where course_run_id = ? order by mail_key for update")
                .param(runId)
                .query(String.class)
                .list();
    }

    /** Whether the wave went to the outbox (not skipped). */
    public boolean queued(long runId, String mailKey) {
        return jdbc.sql("""
                select count(*) from run_mail_plan
                where course_run_id = ? and mail_key = ? and outcome = 'QUEUED'""").params(runId, mailKey).query(Integer.class).single() > 0;
    }

    /** The runs with every wave done, so the planner can skip them. */
    public List<Long> finishedRuns(int waves) {
        return jdbc.sql("""
                select course_run_id from run_mail_plan where queued_at is not null
                group by course_run_id having count(*) >= ?""").param(waves).query(Long.class).list();
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
