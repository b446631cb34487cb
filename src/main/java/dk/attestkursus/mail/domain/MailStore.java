package dk.attestkursus.mail.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code mail_message} and {@code mail_attempt}. Every state change is a conditional update. */
@Repository
public class MailStore {

    /** A stored mail. */
    public record Row(
            long id,
            String dedupeKey,
            String to,
            @Nullable Long accountId,
            String topic,
            String subject,
            String text,
            String html,
            @Nullable String ics,
            String status,
            Instant sendAfter,
            Instant nextAttemptAt,
            int attempts,
            @Nullable String lastError,
            @Nullable Instant sentAt) {}

    /** How many mails have a status. */
    public record StatusCount(String status, long count) {}

    public record AttemptRow(
            Instant at, String outcome, @Nullable String error) {}

    private static final String COLUMNS = """
            id, dedupe_key, recipient_email, recipient_account_id, topic, subject, text_body, html_body, ics, status,
            send_after, next_attempt_at, attempts, last_error, sent_at""";

    private final JdbcClient jdbc;

    MailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String dedupeKey) {
        return jdbc.sql("select count(*) from mail_message where dedupe_key = ?")
                        .param(dedupeKey)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insert(
            String dedupeKey,
            String to,
            @Nullable Long accountId,
            String topic,
            String subject,
            String text,
            String html,
            @Nullable String ics,
            Instant sendAfter,
            Instant now) {
        jdbc.sql("""
                insert into mail_message (dedupe_key, recipient_email, recipient_account_id, topic, subject, text_body,
                    html_body, ics, status, send_after, next_attempt_at, attempts, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, 0, ?, ?)""")
                .params(
                        dedupeKey,
                        to,
                        accountId,
                        topic,
                        subject,
                        text,
                        html,
                        ics,
                        ts(sendAfter),
                        ts(sendAfter),
                        ts(now),
                        ts(now))
                .update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from mail_message where id = ?")
                .param(id)
                .query(MailStore::row)
                .optional();
    }

    /** Ids of queued mails due at {@code now}, oldest first. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                select id from mail_message
                where status = 'QUEUED' and next_attempt_at <= ? and send_after <= ?
                order by id fetch first ? rows only""").params(ts(now), ts(now), limit).query(Long.class).list();
    }

    /** Takes a queued mail for sending until {@code until}; false when another sender has it (or it changed). */
    public boolean claim(long id, Instant until, Instant now) {
        return jdbc.sql("""
                update mail_message set status = 'SENDING', claimed_until = ?, updated_at = ?
                where id = ? and status = 'QUEUED'""").params(ts(until), ts(now), id).update() == 1;
    }

    /** Mails left in SENDING by a sender that stopped (claim expired) go back to the queue. */
    public int releaseStale(Instant now) {
        return jdbc.sql("""
                update mail_message set status = 'QUEUED', claimed_until = null, updated_at = ?
                where status = 'SENDING' and claimed_until < ?""").params(ts(now), ts(now)).update();
    }

    public void sent(long id, Instant now) {
        jdbc.sql("""
                update mail_message set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null,
                    claimed_until = null, updated_at = ?
                where id = ? and status = 'SENDING'""").params(ts(now), ts(now), id).update();
        attempt(id, now, "SENT", null);
    }

    /** A failed attempt: back to the queue at {@code next}, or FAILED for good when {@code next} is null. */
    public void failed(long id, Instant now, String error, @Nullable Instant next) {
        jdbc.sql("""
                update mail_message set status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                    claimed_until = null, updated_at = ?
                where id = ? and status = 'SENDING'""")
                .params(next == null ? "FAILED" : "QUEUED", error, ts(next == null ? now : next), ts(now), id)
                .update();
        attempt(id, now, next == null ? "FAILED" : "RETRY", error);
    }

    public int cancelQueued(long accountId, String topicPrefix, Instant now) {
        return jdbc.sql("""
                update mail_message set status = 'CANCELLED', updated_at = ?
                where status = 'QUEUED' and recipient_account_id = ? and topic like ?""").params(ts(now), accountId, like(topicPrefix)).update();
    }

    /** Cancels one queued mail; false when it is not queued (any more). */
    public boolean cancel(long id, Instant now) {
        return jdbc.sql(
                                "update mail_message set status = 'CANCELLED', updated_at = ? where id = ? and status = 'QUEUED'")
                        .params(ts(now), id)
                        .update()
                == 1;
    }

    /** Queues a sent, failed or cancelled mail again, at once and with a fresh count of attempts. */
    public boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                update mail_message set status = 'QUEUED', attempts = 0, last_error = null, next_attempt_at = ?,
                    send_after = case when send_after > ? then ? else send_after end, updated_at = ?
                where id = ? and status in ('SENT', 'FAILED', 'CANCELLED')""").params(ts(now), ts(now), ts(now), ts(now), id).update() == 1;
    }

    public List<Row> page(@Nullable String status, @Nullable String search, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_message where " + WHERE
                        + " order by id desc offset ? rows fetch next ? rows only")
                .params(status, status, pattern(search), pattern(search), pattern(search), offset, limit)
                .query(MailStore::row)
                .list();
    }

    public int count(@Nullable String status, @Nullable String search) {
        return jdbc.sql("select count(*) from mail_message where " + WHERE)
                .params(status, status, pattern(search), pattern(search), pattern(search))
                .query(Integer.class)
                .single();
    }

    private static final String WHERE = """
            (cast(? as varchar(20)) is null or status = ?)
            and (cast(? as varchar(400)) is null or lower(recipient_email) like ? or lower(subject) like ?)""";

    public List<StatusCount> totals() {
        return jdbc.sql("select status, count(*) as mails from mail_message group by status")
                .query((rs, i) -> new StatusCount(rs.getString("status"), rs.getLong("mails")))
                .list();
    }

    public List<Row> byTopicPrefix(String prefix) {
        return jdbc.sql("select " + COLUMNS + " from mail_message where topic like ? order by id")
                .param(like(prefix))
                .query(MailStore::row)
                .list();
    }

    public List<AttemptRow> attempts(long id) {
        return jdbc.sql("select attempted_at, outcome, error from mail_attempt where mail_id = ? order by id")
                .param(id)
                .query((rs, i) -> new AttemptRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
    }

    private void attempt(long id, Instant now, String outcome, @Nullable String error) {
        jdbc.sql("insert into mail_attempt (mail_id, attempted_at, outcome, error) values (?, ?, ?, ?)")
                .params(id, ts(now), outcome, error)
                .update();
    }

    private static @Nullable String pattern(@Nullable String search) {
        return search == null || search.isBlank()
                ? null
                : "%" + search.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    private static String like(String prefix) {
        return prefix.replace("%", "").replace("_", "\\_") + "%";
    }

    /** Microseconds, as the databases store them: a rounded-up nanosecond would make a mail due "now" wait. */
    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        Number account = (Number) rs.getObject("recipient_account_id");
        return new Row(
                rs.getLong("id"),
                rs.getString("dedupe_key"),
                rs.getString("recipient_email"),
                account == null ? null : account.longValue(),
                rs.getString("topic"),
                rs.getString("subject"),
                rs.getString("text_body"),
                rs.getString("html_body"),
                rs.getString("ics"),
                rs.getString("status"),
                rs.getTimestamp("send_after").toInstant(),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                sent == null ? null : sent.toInstant());
    }
}
