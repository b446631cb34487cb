package dk.attestkursus.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox's personal data (issue 25): mails to two people, one naming the other. The export of one
 * holds their mails only; erasing deletes their mails with the attempts and takes their name and address
 * out of the others' mails; retention purges the bodies of done mails of expired runs and of old mails of
 * no run, and nothing else.
 */
@IntegrationTest
class MailPersonalDataIT {

    @Autowired
    MailPersonalData personalData;

    @Autowired
    MailOutbox outbox;

    @Autowired
    SystemUser system;

    @Autowired
    MunicipalScope scope;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String anna;
    String bo;
    String tag;

    @BeforeEach
    void people() {
        anna = fixtures.account("anna", Role.INSTRUCTOR);
        bo = fixtures.account("bo", Role.PARTICIPANT);
        tag = Unique.tag();
    }

    private static String name(String username) {
        return "Test " + username;
    }

    private static String email(String username) {
        return username + "@example.dk";
    }

    /** Queues a mail to the person (as an event would, as the system in the demo's first municipality). */
    private String mail(String to, MailTopic topic, String text) {
        String key = topic.dedupeKey(to + "-" + Unique.tag());
        long account = fixtures.id(to);
        system.call(() -> scope.within(
                DemoAccounts.FIRST_MUNICIPALITY,
                () -> new TransactionTemplate(transactions)
                        .execute(s -> outbox.enqueue(new OutgoingMail(
                                key,
                                email(to),
                                new AccountId(account),
                                topic,
                                "Emne " + tag,
                                "Kære " + name(to) + "\n\n" + text,
                                "<p>Kære " + name(to) + "</p><p>" + text + "</p>",
                                null,
                                Instant.now())))));
        return key;
    }

    /** The mail as sent, with one attempt that names the address. */
    private void sent(String key) {
        jdbc.update("update mail_message set status = 'SENT', sent_at = ? where dedupe_key = ?", now(), key);
        jdbc.update("""
                insert into mail_attempt (mail_id, attempted_at, outcome, error, municipality_id)
                select id, ?, 'RETRY', concat('450 mailbox busy: ', recipient_email), municipality_id
                from mail_message where dedupe_key = ?""", now(), key);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    private String everythingStored() {
        return String.join("\n", jdbc.queryForList("""
                        select recipient_email || subject || text_body || html_body || coalesce(ics, '')
                            || coalesce(last_error, '') from mail_message
                        union all select coalesce(error, '') from mail_attempt""", String.class));
    }

    private String body(String key) {
        return jdbc.queryForObject(
                "select text_body || html_body from mail_message where dedupe_key = ?", String.class, key);
    }

    @Test
    void the_export_holds_the_persons_mails_once_and_nothing_of_anyone_else() {
        mail(anna, MailTopic.of("konto-invitation"), "Velkommen " + tag);
        sent(mail(bo, MailTopic.of("konto-invitation"), "Velkommen til dig " + tag));

        FeatureExport export = fixtures.as("admin", () -> personalData.export(new AccountId(fixtures.id(anna))));

        // Hers: the invitation her new account got, and the one above.
        assertThat(export.data().get("mails")).hasSize(2);
        String json = JsonMapper.builder().build().writeValueAsString(export.data());
        assertThat(json).contains("Kære " + name(anna), "Emne " + tag).doesNotContain(bo);
        assertThat(json.split("Velkommen " + tag, -1)).as("each mail once").hasSize(2);
    }

    @Test
    void erasing_deletes_the_persons_mails_and_takes_their_name_out_of_the_others() {
        sent(mail(anna, MailTopic.of("konto-invitation"), "Velkommen " + tag));
        String toBo = mail(
                bo,
                MailTopic.of("introduktion"),
                "Undervisere: " + name(anna) + " (" + email(anna) + ") og en læge " + tag);
        sent(toBo);
        assertThat(everythingStored()).contains(name(anna), email(anna));

        long id = fixtures.id(anna);
        inTransaction(() -> {
            personalData.erase(new AccountId(id));
            return null;
        });

        assertThat(everythingStored()).doesNotContain(name(anna), email(anna)).contains(name(bo));
        assertThat(body(toBo)).contains("(navn slettet)", "en læge " + tag);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_message where recipient_account_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void retention_purges_exactly_the_bodies_of_done_mails_of_expired_runs_and_old_mails_of_no_run() {
        LocalDate day =
                LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        Instant session = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant cutoff = session.plusSeconds(60L * 86_400);
        inTransaction(() -> personalData.retention(cutoff, true));
        CourseRunId expired = fixtures.run("Privatliv", session);
        CourseRunId going = fixtures.run("Privatliv", session);
        jdbc.update(
                "update course_run set follow_up_second = ? where id = ?",
                java.sql.Date.valueOf(day.plusDays(90)),
                going.value());
        String expiredToAnna = mail(anna, MailTopic.ofRun(expired, "introduktion"), "Gammel " + tag);
        String expiredToBo = mail(bo, MailTopic.ofRun(expired, "introduktion"), "Gammel " + tag);
        String expiredQueued = mail(bo, MailTopic.ofRun(expired, "opfoelgning-2"), "Venter " + tag);
        String goingToBo = mail(bo, MailTopic.ofRun(going, "introduktion"), "Ny " + tag);
        String oldOfNoRun = mail(bo, MailTopic.of("konto-invitation"), "Gammel invitation " + tag);
        String newOfNoRun = mail(anna, MailTopic.of("konto-invitation"), "Ny invitation " + tag);
        for (String key : new String[] {expiredToAnna, expiredToBo, goingToBo, oldOfNoRun, newOfNoRun}) {
            sent(key);
        }
        jdbc.update("update mail_message set created_at = ? where dedupe_key = ?", Timestamp.from(session), oldOfNoRun);

        int counted = inTransaction(() -> personalData.retention(cutoff, false));
        assertThat(counted).isEqualTo(3);
        int purged = inTransaction(() -> personalData.retention(cutoff, true));

        assertThat(purged).isEqualTo(counted);
        assertThat(body(expiredToAnna)).isEmpty();
        assertThat(body(expiredToBo)).isEmpty();
        assertThat(body(oldOfNoRun)).isEmpty();
        assertThat(body(expiredQueued)).as("a mail not sent yet keeps its body").contains("Venter " + tag);
        assertThat(body(goingToBo)).contains("Ny " + tag);
        assertThat(body(newOfNoRun)).contains("Ny invitation " + tag);
        assertThat(jdbc.queryForObject(
                        "select subject from mail_message where dedupe_key = ?", String.class, expiredToAnna))
                .as("the mail log keeps the subject")
                .isEqualTo("Emne " + tag);
        assertThat(inTransaction(() -> personalData.retention(cutoff, false))).isZero();
    }
}
