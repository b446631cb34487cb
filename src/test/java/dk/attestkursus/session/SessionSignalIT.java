package dk.attestkursus.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vaadin.flow.shared.Registration;
import dk.attestkursus.base.ClusterSignals;
import dk.attestkursus.base.MunicipalJdbc;
import dk.attestkursus.base.OtherInstance;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An instructor moving the session on another instance reaches a participant's screen on this one
 * (decision 031): the signal names the run; this instance reads the session from the shared database, in
 * the run's municipality, and hands the participant what participants may see. PostgreSQL only.
 */
@IntegrationTest
class SessionSignalIT {

    @Autowired
    SessionService sessions;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MunicipalJdbc municipalJdbc;

    @Test
    void a_session_started_on_another_instance_reaches_a_participant_here() {
        assumeTrue(TestDatabase.postgres());
        CourseRunId run = fixtures.run("Signalsession", Instant.now().minusSeconds(300));
        String teacher = fixtures.account("signal-jc", Role.INSTRUCTOR);
        String caseworker = fixtures.account("signal-cw", Role.PARTICIPANT);
        fixtures.enrol(run, teacher, EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, caseworker, EnrolmentRole.PARTICIPANT);
        fixtures.as(teacher, () -> sessions.snapshot(run)); // the run's session row and programme copy
        BlockingQueue<SessionSnapshot> screen = new LinkedBlockingQueue<>();
        Registration registration = fixtures.as(caseworker, () -> sessions.subscribe(run, screen::add));
        ClusterSignals other = OtherInstance.signals(municipalJdbc);
        try {
            await().atMost(Duration.ofSeconds(10)).until(other::listening);
            // The other instance starts the session (its instructor clicked) and signals it after commit.
            jdbc.update(
                    "update run_session set started_at = ?, version = version + 1 where course_run_id = ?",
                    Timestamp.from(Instant.now()),
                    run.value());
            long municipality =
                    jdbc.queryForObject("select municipality_id from course_run where id = ?", Long.class, run.value());
            other.publish(SessionBroadcaster.SIGNAL, run.value() + "," + municipality);

            await().atMost(Duration.ofSeconds(10)).until(() -> screen.stream().anyMatch(SessionSnapshot::running));
        } finally {
            other.stop();
            registration.remove();
        }
        assertThat(screen).allSatisfy(s -> assertThat(s.runId()).isEqualTo(run));
    }
}
