package dk.attestkursus.practice.domain;

import dk.attestkursus.base.MunicipalJdbc;
import dk.attestkursus.kernel.MunicipalityId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The rows of {@code practice_prompt} and {@code practice_opt_out} (V25). */
@Repository
public class PracticeStore {

    /** One question asked of one participant on one practice day, and their answer if any. */
    public record Prompt(
            long id,
            long municipalityId,
            long runId,
            long accountId,
            int step,
            String itemKey,
            Instant dueAt,
            boolean mailed,
            Instant expiresAt,
            @Nullable Instant answeredAt,
            @Nullable String answerKey,
            @Nullable Boolean correct,
            @Nullable String answeredVia) {

        public boolean answered() {
            return answeredAt != null;
        }
    }

    private static final String COLUMNS = """
            id, municipality_id, course_run_id, account_id, step, item_key, due_at, mailed, expires_at,
            answered_at, answer_key, correct, answered_via""";

    private final MunicipalJdbc jdbc;

    PracticeStore(MunicipalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A new question; a second one for the same person, run and step fails on the unique key. */
    public void insert(
            long runId,
            long accountId,
            int step,
            String itemKey,
            Instant dueAt,
            boolean mailed,
            String tokenHash,
            Instant expiresAt) {
        jdbc.sql("""
                insert into practice_prompt (municipality_id, course_run_id, account_id, step, item_key, due_at,
                    mailed, token_hash, expires_at)
                values (:municipality, :run, :account, :step, :item, :due, :mailed, :hash, :expires)""")
                .param("run", runId)
                .param("account", accountId)
                .param("step", step)
                .param("item", itemKey)
                .param("due", ts(dueAt))
                .param("mailed", mailed)
                .param("hash", tokenHash)
                .param("expires", ts(expiresAt))
                .update();
    }

    /** Every question of a run's participants, by person and step. */
    public List<Prompt> ofRun(long runId) {
        return jdbc.sql("select " + COLUMNS + """
                 from practice_prompt where course_run_id = :run and municipality_id = :municipality
                order by account_id, step""")
                .param("run", runId)
                .query(PracticeStore::prompt)
                .list();
    }

    /** Every question a person was asked, on every run, by run and step. */
    public List<Prompt> ofAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + """
                 from practice_prompt where account_id = :account and municipality_id = :municipality
                order by course_run_id, step""")
                .param("account", accountId)
                .query(PracticeStore::prompt)
                .list();
    }

    public Optional<Prompt> byId(long id) {
        return jdbc.sql("select " + COLUMNS
                        + " from practice_prompt where id = :id and municipality_id = :municipality")
                .param("id", id)
                .query(PracticeStore::prompt)
                .optional();
    }

    /** The question a link's token belongs to, in any municipality: only on the platform's turn (decision 020). */
    public Optional<Prompt> byTokenHash(String hash) {
        return jdbc.acrossMunicipalities("select " + COLUMNS + " from practice_prompt where token_hash = :hash")
                .param("hash", hash)
                .query(PracticeStore::prompt)
                .optional();
    }

    /** Stores the answer once: false if the question was answered already or has expired. */
    public boolean answer(long id, String answerKey, boolean correct, String by, Instant at) {
        return jdbc.sql("""
                update practice_prompt set answered_at = :at, answer_key = :answer, correct = :correct,
                    answered_via = :by
                where id = :id and answered_at is null and expires_at > :at and municipality_id = :municipality""")
                        .param("at", ts(at))
                        .param("answer", answerKey)
                        .param("correct", correct)
                        .param("by", by)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** One answered question, for the statistics: whose, which question, right or not, in the order asked. */
    public record Answer(long accountId, String itemKey, boolean correct) {}

    /** The answered questions of these people (at most a thousand), each person's in the order they were asked. */
    public List<Answer> answersOf(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select account_id, item_key, correct from practice_prompt
                where account_id in (:ids) and answered_at is not null and municipality_id = :municipality
                order by account_id, due_at, step""")
                .param("ids", accountIds)
                .query((rs, i) -> new Answer(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    /** Of these people, those who unsubscribed from the practice mails. */
    public Set<Long> optedOut(Collection<Long> accountIds) {
        Set<Long> out = new HashSet<>();
        List<Long> ids = List.copyOf(new HashSet<>(accountIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            out.addAll(jdbc.sql("""
                    select account_id from practice_opt_out
                    where account_id in (:ids) and municipality_id = :municipality""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(Long.class)
                    .list());
        }
        return out;
    }

    public Optional<Instant> optedOutAt(long accountId) {
        return jdbc.sql("""
                select opted_out_at from practice_opt_out
                where account_id = :account and municipality_id = :municipality""")
                .param("account", accountId)
                .query((rs, i) -> instant(rs, 1))
                .optional();
    }

    /** Unsubscribes the person from the practice mails; nothing changes if they were already. */
    public void optOut(long accountId, Instant at) {
        if (optedOutAt(accountId).isEmpty()) {
            jdbc.sql("""
                    insert into practice_opt_out (account_id, municipality_id, opted_out_at)
                    values (:account, :municipality, :at)""").param("account", accountId).param("at", ts(at)).update();
        }
    }

    /** Subscribes the person to the practice mails again; returns whether they had unsubscribed. */
    public boolean optIn(long accountId) {
        return jdbc.sql("delete from practice_opt_out where account_id = :account and municipality_id = :municipality")
                        .param("account", accountId)
                        .update()
                > 0;
    }

    /** The person's questions that were never answered (they say nothing to anyone else): for erasure. */
    public int deleteUnanswered(long accountId) {
        return jdbc.sql("""
                delete from practice_prompt
                where account_id = :account and answered_at is null and municipality_id = :municipality""").param("account", accountId).update();
    }

    /** The municipality each of these runs belongs to: the platform's own work, before it enters one. */
    public Map<Long, MunicipalityId> runMunicipalities(Collection<Long> runIds) {
        Map<Long, MunicipalityId> owners = new HashMap<>();
        if (runIds.isEmpty()) {
            return owners;
        }
        jdbc.acrossMunicipalities("select id, municipality_id from course_run where id in (:runs)")
                .param("runs", List.copyOf(runIds))
                .query((rs, i) -> Map.entry(rs.getLong(1), new MunicipalityId(rs.getLong(2))))
                .list()
                .forEach(e -> owners.put(e.getKey(), e.getValue()));
        return owners;
    }

    private static Prompt prompt(ResultSet rs, int row) throws SQLException {
        Object correct = rs.getObject(12);
        return new Prompt(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getInt(5),
                rs.getString(6),
                requireInstant(rs, 7),
                rs.getBoolean(8),
                requireInstant(rs, 9),
                instant(rs, 10),
                rs.getString(11),
                correct == null ? null : rs.getBoolean(12),
                rs.getString(13));
    }

    /** Microseconds, as the databases store them (a rounded-up nanosecond would compare as later). */
    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static Instant requireInstant(ResultSet rs, int column) throws SQLException {
        Instant instant = instant(rs, column);
        if (instant == null) {
            throw new SQLException("column " + column + " is null");
        }
        return instant;
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
