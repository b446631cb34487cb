package dk.attestkursus.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The mail log without SMTP (the embedded default): mails stay queued and readable; an administrator
 * finds, cancels and resends them; nobody else may read the log.
 */
@IntegrationTest
class MailLogIT {

    @Autowired
    MailLogService log;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    SystemUser system;

    @Autowired
    MunicipalScope scope;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    MailTestSupport mails;
    String topic;
    String admin;

    @BeforeEach
    void setUp() {
        mails = new MailTestSupport(outbox, system, scope, transactions, jdbc);
        topic = "log-" + Unique.tag();
        admin = fixtures.account("postmester", Role.ADMIN);
    }

    @Test
    void without_smtp_mails_stay_queued_and_can_be_found_read_cancelled_and_resent() {
        mails.queue(topic + "/1", "ida." + topic + "@kommune.dk", topic, Instant.now());
        mails.queue(topic + "/2", "ole." + topic + "@kommune.dk", topic, Instant.now());
        assertThat(dispatcher.configured()).isFalse();
        assertThat(dispatcher.dispatchDue(Instant.now()).sent()).isZero();
        assertThat(mails.status(topic + "/1")).isEqualTo("QUEUED");

        List<MailSummary> found = fixtures.as(admin, () -> log.page(null, "ida." + topic, 0, 50));
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MailStatus.QUEUED);
            assertThat(m.subject()).isEqualTo("Kurset Bedre LÆ-attester");
        });
        assertThat(fixtures.as(admin, () -> log.count(MailStatus.QUEUED, topic)))
                .isEqualTo(2);
        MailId id = found.getFirst().id();
        MailDetails details = fixtures.as(admin, () -> log.details(id));
        assertThat(details.textBody()).contains("Kære Åse");
        assertThat(details.attempts()).isEmpty();

        fixtures.as(admin, () -> {
            log.cancel(id);
            return null;
        });
        assertThat(mails.status(topic + "/1")).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> fixtures.as(admin, () -> {
                    log.cancel(id);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        MailRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MailRefusedException.Reason.NOT_QUEUED));
        fixtures.as(admin, () -> {
            log.resend(id);
            return null;
        });
        assertThat(mails.status(topic + "/1")).isEqualTo("QUEUED");
        MailId other = fixtures.as(admin, () -> log.page(MailStatus.QUEUED, "ole." + topic, 0, 10))
                .getFirst()
                .id();
        assertThatThrownBy(() -> fixtures.as(admin, () -> {
                    log.resend(other);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        MailRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(MailRefusedException.Reason.ALREADY_QUEUED));
        assertThat(fixtures.as(admin, () -> log.totals().get(MailStatus.QUEUED)))
                .isGreaterThanOrEqualTo(2L);
    }

    @Test
    void only_administrators_read_the_log() {
        String caseworker = fixtures.account("nysgerrig", Role.PARTICIPANT);
        String instructor = fixtures.account("laerer", Role.INSTRUCTOR);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> log.page(null, null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(instructor, () -> log.details(new MailId(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> log.countsByTopic(new CourseRunId(1))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
