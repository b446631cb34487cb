package dk.attestkursus.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.mail.MailStatus;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.LinkRefusedException;
import dk.attestkursus.security.NewParticipant;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.UnknownAccountException;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invitations as the run's instructor follows them (issue 22): an enrolled person's invitation is queued
 * after the enrolment committed; a bounced address shows as failed with the reason; "send again" sends one
 * mail per click (a second click within a minute is refused) and only for people on the run; twenty
 * reset requests from one address in a minute send at most ten mails.
 */
@IntegrationTest
class InvitationsIT {

    @Autowired
    Invitations invitations;

    @Autowired
    PasswordResets resets;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private int invitationMailsTo(String email) {
        return jdbc.queryForObject(
                "select count(*) from mail_message where topic = 'invitation' and recipient_email = ?",
                Integer.class,
                email);
    }

    @Test
    void the_instructor_sees_a_bounced_invitation_and_sends_it_again_once_per_click() {
        String tag = Unique.tag();
        String instructor = fixtures.account("jc", Role.INSTRUCTOR);
        CourseRunId run = fixtures.run("Invitationer " + tag, Instant.now().plus(20, ChronoUnit.DAYS));
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
        String email = "eva." + tag + "@kommune.dk";
        AccountId eva = fixtures.as(
                        instructor, () -> enrolment.enrolOne(run, new NewParticipant("Eva Ege", email, null, "")))
                .account()
                .id();
        await().untilAsserted(() -> assertThat(invitationMailsTo(email)).isEqualTo(1));

        jdbc.update(
                "update mail_message set status = 'FAILED', last_error = '550 No such user' where recipient_email = ?",
                email);
        RunAccount shown = fixtures.as(instructor, () -> invitations.ofRun(run)).getFirst();
        assertThat(shown.activated()).isFalse();
        assertThat(shown.invitation()).isEqualTo(MailStatus.FAILED);
        assertThat(shown.invitationError()).isEqualTo("550 No such user");

        // The invitation made at the enrolment is less than a minute old: a click now sends nothing.
        assertThatThrownBy(() -> fixtures.as(instructor, () -> {
                    invitations.resend(run, eva);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        LinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.TOO_SOON));
        jdbc.update(
                "update account_token set created_at = ? where account_id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(120)),
                eva.value());
        fixtures.as(instructor, () -> {
            invitations.resend(run, eva);
            return null;
        });
        assertThat(invitationMailsTo(email)).isEqualTo(2);
        assertThat(fixtures.as(instructor, () -> invitations.ofRun(run))
                        .getFirst()
                        .invitation())
                .isEqualTo(MailStatus.QUEUED);

        // Someone who is not on the run is "not found" for its instructor.
        AccountId other = new AccountId(fixtures.id(fixtures.account("anden", Role.PARTICIPANT)));
        assertThatThrownBy(() -> fixtures.as(instructor, () -> {
                    invitations.resend(run, other);
                    return null;
                }))
                .isInstanceOf(UnknownAccountException.class);
    }

    @Test
    void twenty_reset_requests_from_one_address_send_at_most_ten_mails() {
        String address = "10.9." + (Unique.tag().hashCode() & 0xff) + ".7";
        List<String> people = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(fixtures.account("glemt", Role.PARTICIPANT));
        }
        long before = jdbc.queryForObject("select count(*) from mail_message where topic = 'reset'", Long.class);

        people.forEach(p -> resets.request(p, address));

        long sent = jdbc.queryForObject("select count(*) from mail_message where topic = 'reset'", Long.class) - before;
        assertThat(sent).isEqualTo(PasswordResets.PER_CLIENT);
        // another address is not held back by the first one's requests
        resets.request(people.getLast(), "10.8.0.1");
        assertThat(jdbc.queryForObject("select count(*) from mail_message where topic = 'reset'", Long.class) - before)
                .isEqualTo(PasswordResets.PER_CLIENT + 1);
    }
}
