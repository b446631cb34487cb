package dk.attestkursus.bench;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.Unique;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Caseworkers for benchmarks that log in many sessions: written in JDBC batches with explicit ids as
 * in {@link ResultsBench}, each with a place in a run (of {@value #PER_RUN}) that starts in an hour.
 * The password is stored as {@code {noop}}, so a thousand logins cost no bcrypt (a bcrypt check
 * per login is set-up, not the work measured).
 */
final class BenchCaseworkers {

    static final String PASSWORD = "bench-pass";
    static final int PER_RUN = 25;

    private BenchCaseworkers() {}

    /** Creates {@code count} caseworkers and their places; returns their user names. */
    static List<String> seed(JdbcTemplate jdbc, Fixtures fixtures, int count) {
        String tag = Unique.tag();
        long base = 70_000_000L + ThreadLocalRandom.current().nextLong(1_000) * 100_000L;
        Timestamp now = Timestamp.from(Instant.now());
        List<CourseRunId> runs = new ArrayList<>();
        for (int r = 0; r < (count + PER_RUN - 1) / PER_RUN; r++) {
            runs.add(fixtures.run("Bench " + tag + " " + r, Instant.now().plus(1, ChronoUnit.HOURS)));
        }
        List<Object[]> people = new ArrayList<>();
        List<Object[]> places = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            long id = base + p;
            String username = "bench-" + tag + "-" + p;
            usernames.add(username);
            people.add(
                    new Object[] {id, username, username + "@bench.dk", "Sagsbehandler " + p, "{noop}" + PASSWORD, now
                    });
            places.add(new Object[] {id, runs.get(p / PER_RUN).value(), id, now, id});
        }
        jdbc.batchUpdate(
                "insert into account (municipality_id, id, username, email, display_name, password_hash, role,"
                        + " created_at) values (1, ?, ?, ?, ?, ?, 'PARTICIPANT', ?)",
                people);
        jdbc.batchUpdate(
                "insert into enrolment (municipality_id, id, course_run_id, account_id, role, enrolled_at,"
                        + " active_participant) values (1, ?, ?, ?, 'PARTICIPANT', ?, ?)",
                places);
        return usernames;
    }
}
