package dk.attestkursus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.results.Dashboard;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test of speed: how long the results dashboard takes to load for a leader of a team
 * of {@value #TEAM} and for an administrator seeing everyone, first with a tenth of the data (1,000
 * caseworkers, 40 runs, 10,000 reviewed submissions), then with all of it (10,000 caseworkers in 400
 * runs, 100,000 reviewed submissions with six scores each, self-assessments, action check-ins).
 * Rows are written in JDBC batches with explicit ids. Run with
 * {@code ./mvnw -B verify -Pbench -Dit.test=ResultsBench} ({@code -Dattestkursus.test.database=postgres}).
 */
@IntegrationTest
@TestPropertySource(properties = "attestkursus.test.fresh-database=true")
class ResultsBench {

    static final int TEAM = 25;
    static final int FULL = 10_000;
    static final int SUBMISSIONS_EACH = 10;
    static final int ROUNDS = 21;
    static final long BASE = 50_000_000L;
    static final List<String> CRITERIA = List.of("purpose", "form", "questions", "roles", "language", "information");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ResultsService results;

    @Autowired
    Fixtures fixtures;

    @Test
    void dashboard_load_for_a_leader_of_25_and_for_an_administrator_at_a_tenth_and_at_full_size() throws Exception {
        StringBuilder report = new StringBuilder();
        long start = System.nanoTime();
        seed(0, FULL / 10);
        analyse();
        report.append(String.format(
                Locale.ROOT, "seeded %d caseworkers in %d ms%n", FULL / 10, (System.nanoTime() - start) / 1_000_000));
        report.append(measure("tenth (1,000 caseworkers, 40 runs, 10,000 submissions)"));
        start = System.nanoTime();
        seed(FULL / 10, FULL);
        analyse();
        report.append(String.format(
                Locale.ROOT, "seeded %d more in %d ms%n", FULL - FULL / 10, (System.nanoTime() - start) / 1_000_000));
        report.append(measure("full (10,000 caseworkers, 400 runs, 100,000 submissions)"));
        String result = "Results dashboard (" + System.getProperty("attestkursus.test.database", "h2") + ", " + ROUNDS
                + " loads each, first one counted)\n" + report;
        BenchReport.write("results-dashboard", "ResultsBench", result);
    }

    /**
     * Fresh planner statistics after the bulk load, as PostgreSQL's autovacuum (and H2's automatic
     * analysis) would soon have: without them PostgreSQL plans for nearly empty tables.
     */
    private void analyse() {
        jdbc.execute("analyze");
    }

    private String measure(String label) {
        String leader = "bleder0";
        Dashboard team = fixtures.as(leader, () -> results.dashboard(null, null));
        assertThat(team.people()).isEqualTo(TEAM);
        assertThat(team.quality().getFirst().before()).isNotNull();
        Dashboard all = fixtures.as("admin", () -> results.dashboard(null, null));
        assertThat(all.people()).isGreaterThanOrEqualTo(TEAM);
        String leaderTimes = times(() -> fixtures.as(leader, () -> results.dashboard(null, null)));
        boolean h2 = !"postgres".equals(System.getProperty("attestkursus.test.database"));
        if (h2) {
            jdbc.execute("set query_statistics true");
        }
        String adminTimes = times(() -> fixtures.as("admin", () -> results.dashboard(null, null)));
        String slowest = h2 ? slowestStatements() : "";
        return String.format(
                Locale.ROOT,
                "%s: leader of %d %s; administrator (all, %d people) %s%n%s",
                label,
                TEAM,
                leaderTimes,
                all.people(),
                adminTimes,
                slowest);
    }

    /** H2's own statistics of the administrator's loads: the statements that took the most time in all. */
    private String slowestStatements() {
        StringBuilder top =
                new StringBuilder("  slowest statements in the administrator's loads (H2 query statistics):\n");
        jdbc.query("""
                select execution_count, cumulative_execution_time, sql_statement from information_schema.query_statistics
                order by cumulative_execution_time desc fetch first 6 rows only""", rs -> {
            String sql = rs.getString(3).replaceAll("\\s+", " ");
            top.append(String.format(
                    Locale.ROOT,
                    "  %6d runs %8.0f ms  %s%n",
                    rs.getInt(1),
                    rs.getDouble(2),
                    sql.substring(0, Math.min(sql.length(), 160))));
        });
        jdbc.execute("set query_statistics false");
        return top.toString();
    }

    private static String times(Supplier<Dashboard> load) {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            load.get();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(ms);
        return String.format(
                Locale.ROOT,
                "median %d ms, p95 %d ms",
                ms.get(ms.size() / 2),
                ms.get((int) Math.ceil(ms.size() * 0.95) - 1));
    }

    /** Caseworkers {@code from}..{@code to}-1, in teams of 25, each team with its own leader and run. */
    private void seed(int from, int to) {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp held = Timestamp.from(Instant.now().minus(60, ChronoUnit.DAYS));
        List<Object[]> leaders = new ArrayList<>();
        List<Object[]> runs = new ArrayList<>();
        List<Object[]> teams = new ArrayList<>();
        for (int t = from / TEAM; t < to / TEAM; t++) {
            teams.add(new Object[] {BASE + t, "Benchteam " + t, now});
            leaders.add(new Object[] {
                BASE + FULL + t, "bleder" + t, "bleder" + t + "@bench.dk", "Leder " + t, "{noop}x", "LEADER", null, now
            });
            runs.add(new Object[] {BASE + t, "Benchhold " + t, "Benchkommune", held, 180, now});
        }
        jdbc.batchUpdate(
                "insert into account (municipality_id, id, username, email, display_name, password_hash, role, team_id, created_at) values (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                leaders);
        jdbc.batchUpdate("insert into team (municipality_id, id, name, created_at) values (1, ?, ?, ?)", teams);
        jdbc.batchUpdate(
                "insert into team_leader (municipality_id, id, team_id, leader_id) values (1, ?, ?, ?)",
                teams.stream()
                        .map(t -> new Object[] {t[0], t[0], (Long) t[0] + FULL})
                        .toList());
        jdbc.batchUpdate(
                "insert into course_run (municipality_id, id, name, municipality, starts_at, duration_minutes, created_at) values (1, ?, ?, ?, ?, ?, ?)",
                runs);
        List<Object[]> people = new ArrayList<>();
        List<Object[]> places = new ArrayList<>();
        List<Object[]> drafts = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> reviews = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> assessmentScores = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        List<Object[]> checkIns = new ArrayList<>();
        for (int p = from; p < to; p++) {
            long id = BASE + p;
            long run = BASE + p / TEAM;
            people.add(new Object[] {
                id,
                "bdeltager" + p,
                "bdeltager" + p + "@bench.dk",
                "Deltager " + p,
                "{noop}x",
                "PARTICIPANT",
                BASE + p / TEAM,
                now
            });
            places.add(new Object[] {id, run, id, held, held, id});
            for (int s = 0; s < SUBMISSIONS_EACH; s++) {
                long sub = id * SUBMISSIONS_EACH + s;
                String exercise = s == 0 ? "egen-anmodning-foer" : s == 1 ? "egen-anmodning-efter" : "bench-" + s;
                drafts.add(new Object[] {sub, id, exercise, held});
                versions.add(new Object[] {sub, sub, run, id, exercise, held});
                reviews.add(new Object[] {sub, sub, id, id, held, id, held});
                for (String c : CRITERIA) {
                    scores.add(new Object[] {sub, c, (p + s + c.length()) % 3});
                }
            }
            assessments.add(new Object[] {id * 2, id, run, "BEFORE", held});
            assessments.add(new Object[] {id * 2 + 1, id, run, "FOLLOW_UP_1", now});
            assessmentScores.add(new Object[] {id * 2, "ved-hvad-laegen-vurderer", 1 + p % 5});
            assessmentScores.add(new Object[] {id * 2 + 1, "ved-hvad-laegen-vurderer", 1 + (p + 2) % 5});
            items.add(new Object[] {id, id, run, now});
            checkIns.add(
                    new Object[] {id, p % 2 == 0 ? "TRIED" : "NOT_YET", p % 3 == 0 ? "Der var ikke tid" : null, now});
        }
        jdbc.batchUpdate(
                "insert into account (municipality_id, id, username, email, display_name, password_hash, role, team_id, created_at) values (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                people);
        jdbc.batchUpdate(
                """
                insert into enrolment (municipality_id, id, course_run_id, account_id, role, enrolled_at, attended_at, active_participant)
                values (1, ?, ?, ?, 'PARTICIPANT', ?, ?, ?)""",
                places.stream()
                        .map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5]})
                        .toList());
        jdbc.batchUpdate("""
                insert into request_draft (municipality_id, id, account_id, exercise_id, form, purpose, background, questions, consent_for,
                    enclosures, status, saved_at) values (1, ?, ?, ?, 'LÆ 265', 'Formål', '', 'Spørgsmål', '', '', 'RETURNED', ?)""", drafts);
        jdbc.batchUpdate("""
                insert into request_version (municipality_id, id, draft_id, number, course_run_id, account_id, exercise_id, form, purpose,
                    background, questions, consent_for, enclosures, submitted_at, status)
                values (1, ?, ?, 1, ?, ?, ?, 'LÆ 265', 'Formål', '', 'Spørgsmål', '', '', ?, 'RETURNED')""", versions);
        jdbc.batchUpdate("""
                insert into request_review (municipality_id, id, version_id, overall, gp_reading, started_by, updated_by, updated_at,
                    returned_by, returned_at) values (1, ?, ?, '', '', ?, ?, ?, ?, ?)""", reviews);
        jdbc.batchUpdate(
                "insert into review_score (municipality_id, review_id, criterion, score, comment) values (1, ?, ?, ?, '')",
                scores);
        jdbc.batchUpdate(
                "insert into self_assessment (municipality_id, id, account_id, course_run_id, phase, answered_at) values (1, ?, ?, ?, ?, ?)",
                assessments);
        jdbc.batchUpdate(
                "insert into self_assessment_score (municipality_id, self_assessment_id, statement_key, score) values (1, ?, ?, ?)",
                assessmentScores);
        jdbc.batchUpdate("""
                insert into action_item (municipality_id, id, account_id, course_run_id, position, change_text, try_when, updated_at)
                values (1, ?, ?, ?, 1, 'Skriv formålet først', 'Næste uge', ?)""", items);
        jdbc.batchUpdate(
                "insert into action_check_in (municipality_id, action_item_id, checkpoint, outcome, obstacle, answered_at) values (1, ?, 'FIRST', ?, ?, ?)",
                checkIns);
    }
}
