package dk.attestkursus.results;

import dk.attestkursus.testsupport.Unique;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes results data straight into the tables, for the results tests and the scale benchmark: a
 * leader with a team in a run that has been held, their own-case requests before and after with
 * returned reviews, self-assessments and action check-ins. Test code only.
 */
@Component
public class ResultsSeed {

    static final List<String> CRITERIA = List.of("purpose", "form", "questions", "roles", "language", "information");

    private final JdbcClient jdbc;

    ResultsSeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A leader with a team of their own ("Team leder…"), which {@link #team} and {@link #member} fill. */
    public long leader(String passwordHash) {
        String name = "leder" + Unique.tag();
        long leader = insertAccount(name, "LEADER", null, passwordHash);
        teamOf(leader);
        return leader;
    }

    /** The team the leader was made with; a leader made elsewhere gets one ("Team leder…") here. */
    public long teamOf(long leaderId) {
        List<Long> found = jdbc.sql("select team_id from team_leader where leader_id = ? order by team_id")
                .param(leaderId)
                .query(Long.class)
                .list();
        Long team = found.isEmpty() ? null : found.getFirst();
        if (team != null) {
            return team;
        }
        long made = insert(
                "insert into team (municipality_id, name, created_at) values (1, ?, ?)",
                "Team " + leaderId + " " + Unique.tag(),
                Timestamp.from(Instant.now()));
        insert("insert into team_leader (municipality_id, team_id, leader_id) values (1, ?, ?)", made, leaderId);
        return made;
    }

    public long run(String name, Instant startsAt) {
        return insert(
                "insert into course_run (municipality_id, name, municipality, starts_at, duration_minutes, created_at) values (1, ?, ?, ?, ?, ?)",
                name,
                "Testkommune",
                Timestamp.from(startsAt),
                180,
                Timestamp.from(startsAt.minus(30, ChronoUnit.DAYS)));
    }

    /**
     * {@code size} caseworkers of the leader, in the run and attended; each with the before and after
     * requests scored {@code before} and {@code after} on every criterion, and self-assessments and one
     * check-in each. Returns their ids.
     */
    public List<Long> team(long leaderId, long runId, int size, int before, int after, String obstacle) {
        List<Long> ids = new ArrayList<>();
        Instant held = jdbc.sql("select starts_at from course_run where id = ?")
                .param(runId)
                .query(Timestamp.class)
                .single()
                .toInstant();
        for (int i = 0; i < size; i++) {
            long id = insertAccount("deltager" + Unique.tag(), "PARTICIPANT", teamOf(leaderId), "x");
            ids.add(id);
            jdbc.sql("""
                    insert into enrolment (municipality_id, course_run_id, account_id, role, enrolled_at, attended_at, active_participant)
                    values (1, ?, ?, 'PARTICIPANT', ?, ?, ?)""")
                    .params(runId, id, Timestamp.from(held.minus(20, ChronoUnit.DAYS)), Timestamp.from(held), id)
                    .update();
            request(id, runId, "egen-anmodning-foer", before, held.minus(5, ChronoUnit.DAYS));
            request(id, runId, "egen-anmodning-efter", after, held.plus(20, ChronoUnit.DAYS));
            selfAssessment(id, runId, "BEFORE", 2, held.minus(6, ChronoUnit.DAYS));
            selfAssessment(id, runId, "FOLLOW_UP_1", 4, held.plus(14, ChronoUnit.DAYS));
            long item = insert("""
                    insert into action_item (municipality_id, account_id, course_run_id, position, change_text, try_when, updated_at)
                    values (1, ?, ?, 1, 'Skriv formålet først', 'Næste uge', ?)""", id, runId, Timestamp.from(held));
            jdbc.sql("""
                    insert into action_check_in (municipality_id, action_item_id, checkpoint, outcome, obstacle, answered_at)
                    values (1, ?, 'FIRST', ?, ?, ?)""")
                    .params(
                            item,
                            i % 2 == 0 ? "TRIED" : "NOT_YET",
                            i % 2 == 0 ? null : obstacle,
                            Timestamp.from(held.plus(14, ChronoUnit.DAYS)))
                    .update();
        }
        return ids;
    }

    /** One caseworker of the leader with a place in the run, attended or not, and nothing done yet. */
    public long member(long leaderId, long runId, boolean attended) {
        long id = insertAccount("deltager" + Unique.tag(), "PARTICIPANT", teamOf(leaderId), "x");
        Instant held = jdbc.sql("select starts_at from course_run where id = ?")
                .param(runId)
                .query(Timestamp.class)
                .single()
                .toInstant();
        jdbc.sql("""
                insert into enrolment (municipality_id, course_run_id, account_id, role, enrolled_at, attended_at, active_participant)
                values (1, ?, ?, 'PARTICIPANT', ?, ?, ?)""")
                .params(
                        runId,
                        id,
                        Timestamp.from(held.minus(20, ChronoUnit.DAYS)),
                        attended ? Timestamp.from(held) : null,
                        id)
                .update();
        return id;
    }

    /** A self-assessment with these scores (statement key → 1-5) for the phase. */
    public void selfAssessment(long accountId, long runId, String phase, Map<String, Integer> scores) {
        long id = insert(
                "insert into self_assessment (municipality_id, account_id, course_run_id, phase, answered_at) values (1, ?, ?, ?, ?)",
                accountId,
                runId,
                phase,
                Timestamp.from(Instant.now()));
        scores.forEach((key, score) -> jdbc.sql(
                        "insert into self_assessment_score (municipality_id, self_assessment_id, statement_key, score) values (1, ?, ?, ?)")
                .params(id, key, score)
                .update());
    }

    /** The own-case requests before and after, with returned reviews scoring every criterion so. */
    public void ownCases(long accountId, long runId, int before, int after) {
        Instant held = jdbc.sql("select starts_at from course_run where id = ?")
                .param(runId)
                .query(Timestamp.class)
                .single()
                .toInstant();
        request(accountId, runId, "egen-anmodning-foer", before, held.minus(5, ChronoUnit.DAYS));
        request(accountId, runId, "egen-anmodning-efter", after, held.plus(20, ChronoUnit.DAYS));
    }

    public String username(long accountId) {
        return jdbc.sql("select username from account where id = ?")
                .param(accountId)
                .query(String.class)
                .single();
    }

    private void request(long accountId, long runId, String exercise, int score, Instant at) {
        Timestamp t = Timestamp.from(at);
        long draft = insert("""
                insert into request_draft (municipality_id, account_id, exercise_id, form, purpose, background, questions, consent_for,
                    enclosures, status, saved_at) values (1, ?, ?, 'LÆ 265', 'Formål', '', 'Spørgsmål', '', '', 'RETURNED', ?)""", accountId, exercise, t);
        long version = insert("""
                insert into request_version (municipality_id, draft_id, number, course_run_id, account_id, exercise_id, form, purpose,
                    background, questions, consent_for, enclosures, submitted_at, status)
                values (1, ?, 1, ?, ?, ?, 'LÆ 265', 'Formål', '', 'Spørgsmål', '', '', ?, 'RETURNED')""", draft, runId, accountId, exercise, t);
        long review = insert("""
                insert into request_review (municipality_id, version_id, overall, gp_reading, started_by, updated_by, updated_at,
                    returned_by, returned_at) values (1, ?, '', '', ?, ?, ?, ?, ?)""", version, accountId, accountId, t, accountId, t);
        for (String c : CRITERIA) {
            jdbc.sql(
                            "insert into review_score (municipality_id, review_id, criterion, score, comment) values (1, ?, ?, ?, '')")
                    .params(review, c, score)
                    .update();
        }
    }

    private void selfAssessment(long accountId, long runId, String phase, int score, Instant at) {
        long id = insert(
                "insert into self_assessment (municipality_id, account_id, course_run_id, phase, answered_at) values (1, ?, ?, ?, ?)",
                accountId,
                runId,
                phase,
                Timestamp.from(at));
        jdbc.sql(
                        "insert into self_assessment_score (municipality_id, self_assessment_id, statement_key, score) values (1, ?, ?, ?)")
                .params(id, "ved-hvad-laegen-vurderer", score)
                .update();
    }

    private long insertAccount(String username, String role, Long teamId, String hash) {
        return insert(
                """
                insert into account (municipality_id, username, email, display_name, password_hash, role, team_id, created_at)
                values (1, ?, ?, ?, ?, ?, ?, ?)""",
                username,
                username + "@example.dk",
                "Test " + username,
                hash,
                role,
                teamId,
                Timestamp.from(Instant.now()));
    }

    private long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Long.class) == null ? keys.getKey().longValue() : keys.getKeyAs(Long.class);
    }
}
