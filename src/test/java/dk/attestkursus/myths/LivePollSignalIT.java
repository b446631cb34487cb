package dk.attestkursus.myths;

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
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A vote cast on another instance reaches an instructor's screen on this one (decision 031): the other
 * instance's signal names the run and the poll, and this instance's broadcaster reads the new counts from
 * the shared database. PostgreSQL only (H2 is one instance); the full picture with two jars and a load
 * balancer is {@code cluster.TwoInstancesIT}.
 */
@IntegrationTest
class LivePollSignalIT {

    @Autowired
    LivePollService polls;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MunicipalJdbc municipalJdbc;

    @Test
    void a_vote_signalled_by_another_instance_reaches_the_instructors_screen_here() {
        assumeTrue(TestDatabase.postgres());
        CourseRunId run = fixtures.run("Signalhold", Instant.now().minusSeconds(600));
        String teacher = fixtures.account("signal-pk", Role.INSTRUCTOR);
        fixtures.enrol(run, teacher, EnrolmentRole.INSTRUCTOR);
        List<String> people = List.of("s-anna", "s-bo", "s-cai", "s-dina", "s-eva").stream()
                .map(name -> fixtures.account(name, Role.PARTICIPANT))
                .toList();
        people.forEach(name -> fixtures.enrol(run, name, EnrolmentRole.PARTICIPANT));
        LivePollSnapshot opened = fixtures.as(teacher, () -> polls.open(run, LivePollServiceIT.MYTH, null));
        BlockingQueue<LivePollSnapshot> screen = new LinkedBlockingQueue<>();
        Registration registration = fixtures.as(teacher, () -> polls.subscribe(run, screen::add));
        ClusterSignals other = OtherInstance.signals(municipalJdbc);
        try {
            await().atMost(Duration.ofSeconds(10)).until(other::listening);
            // The other instance stores a vote and signals it, as its LivePollBroadcaster does after commit.
            long municipality = jdbc.queryForObject(
                    "select municipality_id from live_poll where id = ?",
                    Long.class,
                    opened.pollId().value());
            jdbc.update(
                    "insert into live_vote (poll_id, account_id, answer, voted_at, municipality_id) values (?, ?, 'MYTH', ?, ?)",
                    opened.pollId().value(),
                    fixtures.id(people.get(0)),
                    Timestamp.from(Instant.now()),
                    municipality);
            other.publish(
                    LivePollBroadcaster.SIGNAL,
                    run.value() + "," + opened.pollId().value() + ",0," + municipality);

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> screen.stream().anyMatch(s -> s.answers().answered() == 1));
            assertThat(screen).allSatisfy(s -> assertThat(s.pollId()).isEqualTo(opened.pollId()));
        } finally {
            other.stop();
            registration.remove();
        }
    }
}
