package dk.attestkursus.mail.domain;

import dk.attestkursus.base.MunicipalJdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    private final MunicipalJdbc jdbc;

    MailStore(MunicipalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    // The outbox and the mail log: in the municipality of the work on this thread (a person's session, or
    // a platform job inside MunicipalScope.within).

    public boolean exists(String dedupeKey) {
        return jdbc.sql("""
                        select count(*) from mail_message
                        where dedupe_key = :dedupeKey and municipality_id = :municipality""").param("dedupeKey", dedupeKey).query(Integer.class).single() > 0;
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
                    html_body, ics, status, send_after, next_attempt_at, attempts, created_at, updated_at, municipality_id)
                values (:dedupeKey, :to, :accountId, :topic, :subject, :text, :html, :ics, 'QUEUED', :sendAfter,
                    :sendAfter, 0, :now, :now, :municipality)""")
                .param("dedupeKey", dedupeKey)
                .param("to", to)
                .param("accountId", accountId)
                .param("topic", topic)
                .param("subject", subject)
                .param("text", text)
                .param("html", html)
                .param("ics", ics)
                .param("sendAfter", ts(sendAfter))
                .param("now", ts(now))
                .update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from mail_message where id = :id and municipality_id = :municipality")
                .param("id", id)
                .query(MailStore::row)
                .optional();
    }

    public int cancelQueued(long accountId, String topicPrefix, Instant now) {
        return jdbc.sql("""
                update mail_message set status = 'CANCELLED', updated_at = :now
                where status = 'QUEUED' and recipient_account_id = :accountId and topic like :topic
                    and municipality_id = :municipality""")
                .param("now", ts(now))
                .param("accountId", accountId)
                .param("topic", like(topicPrefix))
                .update();
    }

    /** Cancels every queued mail whose topic starts with the prefix (e.g. all of a cancelled run's). */
    public int cancelQueuedOfTopic(String topicPrefix, Instant now) {
        return jdbc.sql("""
                update mail_message set status = 'CANCELLED', updated_at = :now
                where status = 'QUEUED' and topic like :topic and municipality_id = :municipality""")
                .param("now", ts(now))
                .param("topic", like(topicPrefix))
                .update();
    }

    /** Cancels one queued mail; false when it is not queued (any more). */
    public boolean cancel(long id, Instant now) {
        return jdbc.sql("""
                        update mail_message set status = 'CANCELLED', updated_at = :now
                        where id = :id and status = 'QUEUED' and municipality_id = :municipality""").param("now", ts(now)).param("id", id).update() == 1;
    }

    /** Queues a sent, failed or cancelled mail again, at once and with a fresh count of attempts. */
    public boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                        update mail_message set status = 'QUEUED', attempts = 0, last_error = null, next_attempt_at = :now,
                            send_after = case when send_after > :now then :now else send_after end, updated_at = :now
                        where id = :id and status in ('SENT', 'FAILED', 'CANCELLED') and municipality_id = :municipality""").param("now", ts(now)).param("id", id).update() == 1;
    }

    public List<Row> page(@Nullable String status, @Nullable String search, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_message where " + WHERE
                        + " order by id desc offset :offset rows fetch next :limit rows only")
                .param("status", status)
                .param("search", pattern(search))
                .param("offset", offset)
                .param("limit", limit)
                .query(MailStore::row)
                .list();
    }

    public int count(@Nullable String status, @Nullable String search) {
        return jdbc.sql("select count(*) from mail_message where " + WHERE)
                .param("status", status)
                .param("search", pattern(search))
                .query(Integer.class)
                .single();
    }

    private static final String WHERE = """
            municipality_id = :municipality
            and (cast(:status as varchar(20)) is null or status = :status)
            and (cast(:search as varchar(400)) is null or lower(recipient_email) like :search or lower(subject) like :search)""";

    public List<StatusCount> totals() {
        return jdbc.sql("""
                select status, count(*) as mails from mail_message
                where municipality_id = :municipality group by status""")
                .query((rs, i) -> new StatusCount(rs.getString("status"), rs.getLong("mails")))
                .list();
    }

    public List<Row> byTopicPrefix(String prefix) {
        return jdbc.sql("select " + COLUMNS
                        + " from mail_message where topic like :topic and municipality_id = :municipality order by id")
                .param("topic", like(prefix))
                .query(MailStore::row)
                .list();
    }

    /** The newest mail of a topic to each of these accounts: account id, status and last error. */
    public List<LatestRow> latestOfTopic(String topic, List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select m.recipient_account_id, m.status, m.last_error from mail_message m
                where m.topic = :topic and m.municipality_id = :municipality and m.recipient_account_id in (:ids)
                  and m.id = (select max(o.id) from mail_message o where o.topic = m.topic
                              and o.recipient_account_id = m.recipient_account_id
                              and o.municipality_id = :municipality)""")
                .param("topic", topic)
                .param("ids", accountIds)
                .query((rs, i) -> new LatestRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public record LatestRow(
            long accountId, String status, @Nullable String lastError) {}

    public List<AttemptRow> attempts(long id) {
        return jdbc.sql("""
                select attempted_at, outcome, error from mail_attempt
                where mail_id = :id and municipality_id = :municipality order by id""")
                .param("id", id)
                .query((rs, i) -> new AttemptRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
    }

    // Personal data (issue 25): a person's mails, erasing them, and purging old bodies.

    /** Every mail to the account, oldest first. */
    public List<Row> toAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + """
                         from mail_message
                        where recipient_account_id = :account and municipality_id = :municipality order by id""")
                .param("account", accountId)
                .query(MailStore::row)
                .list();
    }

    /**
     * Deletes every mail to the account, or to its address when given (a mail queued before the account
     * had its id), with their attempts, whose errors may name the address. How many mails went.
     */
    public int deleteToRecipient(long accountId, @Nullable String email) {
        String recipient = """
                (recipient_account_id = :account
                 or (cast(:email as varchar(320)) is not null and lower(recipient_email) = lower(cast(:email as varchar(320)))))""";
        jdbc.sql("""
                delete from mail_attempt where municipality_id = :municipality and mail_id in (
                    select id from mail_message where municipality_id = :municipality and """ + recipient + ")")
                .param("account", accountId)
                .param("email", email)
                .update();
        return jdbc.sql("delete from mail_message where municipality_id = :municipality and " + recipient)
                .param("account", accountId)
                .param("email", email)
                .update();
    }

    /**
     * Replaces a text (a person's name, as written in text and as escaped in HTML) by {@code neutral} in the
     * subject, bodies and calendar part of every mail of the municipality. How many mails held it.
     */
    public int replaceEverywhere(String text, String htmlText, String neutral) {
        return jdbc.sql("""
                update mail_message set subject = replace(subject, :text, :neutral),
                    text_body = replace(text_body, :text, :neutral),
                    html_body = replace(replace(html_body, :text, :neutral), :html, :neutral),
                    ics = replace(ics, :text, :neutral)
                where municipality_id = :municipality
                and (subject like :pattern escape '\\' or text_body like :pattern escape '\\'
                     or html_body like :pattern escape '\\' or html_body like :htmlPattern escape '\\'
                     or ics like :pattern escape '\\')""")
                .param("text", text)
                .param("html", htmlText)
                .param("neutral", neutral)
                .param("pattern", containing(text))
                .param("htmlPattern", containing(htmlText))
                .update();
    }

    /** Mails that are done (sent, failed or cancelled) and still have a body. */
    private static final String DONE_WITH_BODY = """
            status in ('SENT', 'FAILED', 'CANCELLED') and (text_body <> '' or html_body <> '' or ics is not null)
            and municipality_id = :municipality""";

    /** How many done mails of topics starting with the prefix (a run's) still have a body; or purges them. */
    public int bodiesOfTopic(String topicPrefix, boolean purge) {
        String where = " where topic like :topic and " + DONE_WITH_BODY;
        return (purge
                ? jdbc.sql("update mail_message set text_body = '', html_body = '', ics = null" + where)
                        .param("topic", like(topicPrefix))
                        .update()
                : jdbc.sql("select count(*) from mail_message" + where)
                        .param("topic", like(topicPrefix))
                        .query(Integer.class)
                        .single());
    }

    /**
     * How many done mails of no run ({@code runPrefix} starts every run's topic), written before
     * {@code before}, still have a body; or purges them.
     */
    public int bodiesOfNoRunBefore(String runPrefix, Instant before, boolean purge) {
        String where = " where topic not like :runs and created_at < :before and " + DONE_WITH_BODY;
        return (purge
                ? jdbc.sql("update mail_message set text_body = '', html_body = '', ics = null" + where)
                        .param("runs", like(runPrefix))
                        .param("before", ts(before))
                        .update()
                : jdbc.sql("select count(*) from mail_message" + where)
                        .param("runs", like(runPrefix))
                        .param("before", ts(before))
                        .query(Integer.class)
                        .single());
    }

    private static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    // The sender (MailDispatcher): the platform's own work, over every municipality's queued mails
    // (decision 020). A mail is addressed by its id; an attempt gets the municipality of its mail.

    /** Ids of queued mails due at {@code now}, oldest first, of every municipality. The platform's own work. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.acrossMunicipalities("""
                select id from mail_message
                where status = 'QUEUED' and next_attempt_at <= :now and send_after <= :now
                order by id fetch first :limit rows only""")
                .param("now", ts(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** Queued mails due at {@code now}, of every municipality, and when the oldest fell due. */
    public record Backlog(long due, @Nullable Instant oldest) {}

    /** The outbox's backlog at {@code now} (for the readiness check). The platform's own work. */
    public Backlog backlog(Instant now) {
        return jdbc.acrossMunicipalities("""
                select count(*), min(send_after) from mail_message
                where status = 'QUEUED' and send_after <= :now""")
                .param("now", ts(now))
                .query((rs, i) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Backlog(rs.getLong(1), oldest == null ? null : oldest.toInstant());
                })
                .single();
    }

    /** A mail of any municipality, for sending it. The platform's own work. */
    public Optional<Row> findToSend(long id) {
        return jdbc.acrossMunicipalities("select " + COLUMNS + " from mail_message where id = :id")
                .param("id", id)
                .query(MailStore::row)
                .optional();
    }

    /**
     * Takes a queued mail for sending until {@code until}; false when another sender has it (or it
     * changed). The platform's own work.
     */
    public boolean claim(long id, Instant until, Instant now) {
        return jdbc.acrossMunicipalities("""
                        update mail_message set status = 'SENDING', claimed_until = :until, updated_at = :now
                        where id = :id and status = 'QUEUED'""")
                        .param("until", ts(until))
                        .param("now", ts(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    /**
     * Mails left in SENDING by a sender that stopped (claim expired) go back to the queue, in every
     * municipality. The platform's own work.
     */
    public int releaseStale(Instant now) {
        return jdbc.acrossMunicipalities("""
                update mail_message set status = 'QUEUED', claimed_until = null, updated_at = :now
                where status = 'SENDING' and claimed_until < :now""").param("now", ts(now)).update();
    }

    /** A sent mail's text without its personal link (issue 22). The platform's own work. */
    public void replaceBodies(long id, String text, String html) {
        jdbc.acrossMunicipalities("update mail_message set text_body = :text, html_body = :html where id = :id")
                .param("text", text)
                .param("html", html)
                .param("id", id)
                .update();
    }

    /** The platform's own work. */
    public void sent(long id, Instant now) {
        jdbc.acrossMunicipalities("""
                update mail_message set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null,
                    claimed_until = null, updated_at = :now
                where id = :id and status = 'SENDING'""").param("now", ts(now)).param("id", id).update();
        attempt(id, now, "SENT", null);
    }

    /**
     * A failed attempt: back to the queue at {@code next}, or FAILED for good when {@code next} is null.
     * The platform's own work.
     */
    public void failed(long id, Instant now, String error, @Nullable Instant next) {
        jdbc.acrossMunicipalities("""
                update mail_message set status = :status, attempts = attempts + 1, last_error = :error,
                    next_attempt_at = :next, claimed_until = null, updated_at = :now
                where id = :id and status = 'SENDING'""")
                .param("status", next == null ? "FAILED" : "QUEUED")
                .param("error", error)
                .param("next", ts(next == null ? now : next))
                .param("now", ts(now))
                .param("id", id)
                .update();
        attempt(id, now, next == null ? "FAILED" : "RETRY", error);
    }

    /** An attempt at a mail, in the municipality the mail belongs to. */
    private void attempt(long id, Instant now, String outcome, @Nullable String error) {
        jdbc.acrossMunicipalities("""
                insert into mail_attempt (mail_id, attempted_at, outcome, error, municipality_id)
                values (:id, :at, :outcome, :error, (select m.municipality_id from mail_message m where m.id = :id))""")
                .param("id", id)
                .param("at", ts(now))
                .param("outcome", outcome)
                .param("error", error)
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
