package dk.attestkursus.runmails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.ParticipantJoined;
import dk.attestkursus.courserun.ParticipantLeft;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.mail.OutgoingMail;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.TestDatabase;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The run mails module on its own (with the modules it uses): courserun's enrolment events reach its
 * listener after the publishing transaction committed, through the event publication registry, and a
 * handled event leaves nothing behind in it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"attestkursus.scheduling=false", "attestkursus.demo-data=false"})
@ContextConfiguration(initializers = TestDatabase.class)
class RunMailEnrolmentListenerIT {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MunicipalScope scope;

    @Autowired
    SystemUser system;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private final CourseRunId run = new CourseRunId(ThreadLocalRandom.current().nextLong(800_000_000L, 900_000_000L));
    private final AccountId account = new AccountId(ThreadLocalRandom.current().nextLong(800_000_000L, 900_000_000L));

    @Test
    void a_participant_who_left_has_their_queued_run_mails_cancelled(Scenario scenario) {
        String key = queueIntroduction(DemoAccounts.FIRST_MUNICIPALITY, run, "gaaet@kommune.dk");

        scenario.publish(new ParticipantLeft(run, account, DemoAccounts.FIRST_MUNICIPALITY))
                .andWaitForStateChange(() -> status(key), "CANCELLED"::equals)
                .andVerify(status -> assertThat(status).isEqualTo("CANCELLED"));
        await().untilAsserted(() -> assertThat(publications(account)).isZero());
    }

    @Test
    @SuppressWarnings("NullAway") // the event as a publication stored before V15 comes back: no municipality
    void an_event_stored_before_events_named_their_municipality_is_handled_in_the_runs(Scenario scenario) {
        // A municipality of its own: a run of the demo's first would stop its demo runs being made
        // (DemoCourseRun leaves a municipality that has runs alone) in a context started after this one.
        String name = "Før V15 " + account.value();
        jdbc.update(
                "insert into municipality (slug, name, created_at) values (?, ?, current_timestamp)",
                "foer-v15-" + account.value(),
                name);
        MunicipalityId owner =
                new MunicipalityId(jdbc.queryForObject("select id from municipality where name = ?", Long.class, name));
        jdbc.update(
                "insert into course_run (municipality_id, name, municipality, starts_at, duration_minutes, created_at)"
                        + " values (?, ?, ?, current_timestamp, 150, current_timestamp)",
                owner.value(),
                name,
                name);
        CourseRunId old =
                new CourseRunId(jdbc.queryForObject("select id from course_run where name = ?", Long.class, name));
        String key = queueIntroduction(owner, old, "gammel@kommune.dk");

        scenario.publish(new ParticipantLeft(old, account, null))
                .andWaitForStateChange(() -> status(key), "CANCELLED"::equals)
                .andVerify(status -> assertThat(status).isEqualTo("CANCELLED"));
    }

    @Test
    void someone_who_joins_before_any_wave_went_out_gets_nothing_yet(Scenario scenario) {
        scenario.publish(new ParticipantJoined(run, account, DemoAccounts.FIRST_MUNICIPALITY))
                .andWaitForStateChange(() -> publications(account), n -> n == 0)
                .andVerify(n -> assertThat(jdbc.queryForObject(
                                "select count(*) from mail_message where recipient_account_id = ?",
                                Integer.class,
                                account.value()))
                        .isZero());
    }

    /** Queues the run's introduction to {@link #account} in the run's municipality, as the planner would. */
    private String queueIntroduction(MunicipalityId municipality, CourseRunId run, String to) {
        MailTopic topic = MailTopic.ofRun(run, "introduktion");
        String key = topic.dedupeKey(String.valueOf(account.value()));
        system.run(() -> scope.within(
                municipality,
                () -> new TransactionTemplate(transactions)
                        .execute(s -> outbox.enqueue(new OutgoingMail(
                                key, to, account, topic, "Emne", "Tekst", "<p>Tekst</p>", null, Instant.now())))));
        return key;
    }

    private String status(String key) {
        return jdbc.queryForObject("select status from mail_message where dedupe_key = ?", String.class, key);
    }

    /** The registry's publications of events about this account (deleted once handled). */
    private int publications(AccountId who) {
        Integer count = jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ?",
                Integer.class,
                "%" + who.value() + "%");
        return count == null ? 0 : count;
    }
}
