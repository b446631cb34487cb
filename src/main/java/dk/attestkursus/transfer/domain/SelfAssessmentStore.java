package dk.attestkursus.transfer.domain;

import dk.attestkursus.base.MunicipalJdbc;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Self-assessments ({@code self_assessment} and its scores), one per person, run and phase. */
@Repository
public class SelfAssessmentStore {

    /** One answered self-assessment. */
    public record Answers(
            long id,
            String phase,
            Map<String, Integer> scores,
            @Nullable String openAnswer,
            Instant answeredAt,
            long version) {}

    /** How many chose a score for a statement. */
    public record ScoreCount(String statementKey, int score, long count) {}

    private final MunicipalJdbc jdbc;

    SelfAssessmentStore(MunicipalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Answers> find(long accountId, long runId, String phase) {
        Optional<Answers> head = jdbc.sql("""
                select id, phase, open_answer, answered_at, version from self_assessment
                where account_id = :account and course_run_id = :run and phase = :phase
                and municipality_id = :municipality""")
                .param("account", accountId)
                .param("run", runId)
                .param("phase", phase)
                .query((rs, i) -> new Answers(
                        rs.getLong(1),
                        rs.getString(2),
                        Map.of(),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getLong(5)))
                .optional();
        return head.map(
                a -> new Answers(a.id(), a.phase(), scores(a.id()), a.openAnswer(), a.answeredAt(), a.version()));
    }

    private Map<String, Integer> scores(long id) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        jdbc.sql("""
                select statement_key, score from self_assessment_score
                where self_assessment_id = :assessment and municipality_id = :municipality""").param("assessment", id).query(rs -> {
            scores.put(rs.getString(1), rs.getInt(2));
        });
        return scores;
    }

    /**
     * Saves the answers, replacing earlier ones of the same phase. {@code expectedVersion}: the
     * version the screen loaded (-1 for none); false if someone (another tab) saved meanwhile.
     */
    public boolean save(
            long accountId,
            long runId,
            String phase,
            Map<String, Integer> scores,
            @Nullable String openAnswer,
            Instant now,
            long expectedVersion) {
        Optional<Answers> old = find(accountId, runId, phase);
        long id;
        if (old.isPresent()) {
            int updated = jdbc.sql("""
                    update self_assessment set open_answer = :open, answered_at = :answered, version = version + 1
                    where id = :assessment and version = :version and municipality_id = :municipality""")
                    .param("open", openAnswer)
                    .param("answered", Timestamps.ts(now))
                    .param("assessment", old.get().id())
                    .param("version", expectedVersion)
                    .update();
            if (updated == 0) {
                return false;
            }
            id = old.get().id();
            jdbc.sql("""
                    delete from self_assessment_score
                    where self_assessment_id = :assessment and municipality_id = :municipality""").param("assessment", id).update();
        } else {
            if (expectedVersion != -1) {
                return false;
            }
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into self_assessment
                        (account_id, course_run_id, phase, open_answer, answered_at, municipality_id)
                    values (:account, :run, :phase, :open, :answered, :municipality)""")
                    .param("account", accountId)
                    .param("run", runId)
                    .param("phase", phase)
                    .param("open", openAnswer)
                    .param("answered", Timestamps.ts(now))
                    .update(keys, "id");
            id = Objects.requireNonNull(keys.getKey()).longValue();
        }
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            jdbc.sql("""
                    insert into self_assessment_score (self_assessment_id, statement_key, score, municipality_id)
                    values (:assessment, :statement, :score, :municipality)""")
                    .param("assessment", id)
                    .param("statement", e.getKey())
                    .param("score", e.getValue())
                    .update();
        }
        return true;
    }

    /** One of a person's self-assessments, with its run (for their export, issue 25). */
    public record Owned(long run, Answers answers) {}

    /** Every self-assessment of the person, oldest first. */
    public List<Owned> ofAccount(long accountId) {
        List<long[]> heads = jdbc.sql("""
                select id, course_run_id from self_assessment
                where account_id = :account and municipality_id = :municipality
                order by answered_at, id""")
                .param("account", accountId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        return heads.stream()
                .map(h -> new Owned(h[1], findById(h[0]).orElseThrow()))
                .toList();
    }

    private Optional<Answers> findById(long id) {
        return jdbc.sql("""
                select id, phase, open_answer, answered_at, version from self_assessment
                where id = :assessment and municipality_id = :municipality""")
                .param("assessment", id)
                .query((rs, i) -> new Answers(
                        rs.getLong(1),
                        rs.getString(2),
                        scores(rs.getLong(1)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getLong(5)))
                .optional();
    }

    /** Removes the person's open answers; the scores and the rows stay (issue 25). How many went. */
    public int clearOpenAnswers(long accountId) {
        return jdbc.sql("""
                update self_assessment set open_answer = null
                where account_id = :account and open_answer is not null and municipality_id = :municipality""").param("account", accountId).update();
    }

    /** How many open answers the runs' self-assessments hold (at most a chunk of run ids). */
    public int countOpenAnswersOfRuns(Collection<Long> runIds) {
        return jdbc.sql("""
                select count(*) from self_assessment
                where course_run_id in (:runs) and open_answer is not null and municipality_id = :municipality""").param("runs", runIds).query(Integer.class).single();
    }

    /** Removes the runs' open answers (at most a chunk of run ids); the scores stay. How many went. */
    public int clearOpenAnswersOfRuns(Collection<Long> runIds) {
        return jdbc.sql("""
                update self_assessment set open_answer = null
                where course_run_id in (:runs) and open_answer is not null and municipality_id = :municipality""").param("runs", runIds).update();
    }

    /** Which of these accounts have answered this phase in the run. */
    public Set<Long> answered(long runId, String phase, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return jdbc
                .sql("""
                select account_id from self_assessment
                where course_run_id = :run and phase = :phase and account_id in (:ids)
                and municipality_id = :municipality""")
                .param("run", runId)
                .param("phase", phase)
                .param("ids", accountIds)
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /** Per statement and score, how many chose it, for a run and phase (no one's name). */
    public List<ScoreCount> counts(long runId, String phase) {
        return jdbc.sql("""
                select s.statement_key, s.score, count(*) as answers from self_assessment_score s
                join self_assessment a on a.id = s.self_assessment_id
                where a.course_run_id = :run and a.phase = :phase
                and a.municipality_id = :municipality and s.municipality_id = :municipality
                group by s.statement_key, s.score""")
                .param("run", runId)
                .param("phase", phase)
                .query((rs, i) ->
                        new ScoreCount(rs.getString("statement_key"), rs.getInt("score"), rs.getLong("answers")))
                .list();
    }

    /** How many answered, and their open answers (without who wrote them), for a run and phase. */
    public List<@Nullable String> openAnswers(long runId, String phase) {
        return jdbc.sql("""
                select open_answer from self_assessment
                where course_run_id = :run and phase = :phase and municipality_id = :municipality""")
                .param("run", runId)
                .param("phase", phase)
                .query((rs, i) -> rs.getString(1))
                .list();
    }
}
