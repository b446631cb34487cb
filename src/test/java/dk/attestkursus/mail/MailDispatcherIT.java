package dk.attestkursus.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.MimeParts;
import dk.attestkursus.testsupport.Unique;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender against a real SMTP server in the test (GreenMail): real messages with the invitation,
 * a bad address failed with the reason while the others go, the server down for a while and back
 * (every mail delivered once), a restart with mails left half-sent, send times, the same key twice.
 * A database of its own, so only these mails are in the outbox.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "attestkursus.test.fresh-database=true"})
class MailDispatcherIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MailOutbox outbox;

    @Autowired
    SystemUser system;

    @Autowired
    MunicipalScope scope;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    MailTestSupport mails;
    String topic;
    Instant now;

    @BeforeEach
    void setUp() {
        mails = new MailTestSupport(outbox, system, scope, transactions, jdbc);
        topic = "test-" + Unique.tag();
        now = Instant.now();
    }

    private String address(String name) {
        return name + "." + topic + "@kommune.dk";
    }

    private Map<String, Long> receivedPerRecipient() throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(a -> a.contains(topic))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void a_queued_mail_arrives_with_danish_text_html_and_a_calendar_invitation_that_parses() throws Exception {
        Instant start = Instant.parse("2026-12-08T08:00:00Z");
        mails.queue(
                topic + "/1",
                address("aase"),
                topic,
                now,
                new CalendarInvite(
                        "kursus-1@attestkursus.dk",
                        0,
                        CalendarInvite.Kind.REQUEST,
                        "Kursus: Bedre LÆ-attester (Århus)",
                        "Undervisere: Åse og Ib",
                        start,
                        start.plus(Duration.ofMinutes(150)),
                        "Rådhuset, Søndergade 1",
                        null,
                        new CalendarInvite.Attendee(address("aase"), "Åse Ås")));
        DispatchResult result = dispatcher.dispatchDue(now);
        assertThat(result.sent()).isGreaterThanOrEqualTo(1);
        assertThat(mails.status(topic + "/1")).isEqualTo("SENT");
        assertThat(mails.outcomes(topic + "/1")).containsExactly("SENT");

        MimeMessage message = null;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address("aase"))) {
                message = m;
            }
        }
        assertThat(message).isNotNull();
        assertThat(message.getSubject()).isEqualTo("Kurset Bedre LÆ-attester");
        // Issue 23: sent by a machine, an id in the sender's domain, no internal ids in the headers.
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getMessageID()).matches("<[0-9a-f-]{36}@attestkursus\\.dk>");
        assertThat(message.getHeader("X-Attestkursus-Mail")).isNull();
        assertThat(GreenMailUtil.getHeaders(message)).doesNotContainIgnoringCase("X-Attestkursus");
        String raw = GreenMailUtil.getWholeMessage(message);
        // iMIP (decision 025): the event is an alternative of the text with the file's method, and attached.
        assertThat(raw).contains("text/calendar; charset=UTF-8; method=REQUEST").contains("invitation.ics");
        Multipart alternative = alternative((Multipart) message.getContent());
        assertThat(alternative.getCount()).isEqualTo(3);
        assertThat(alternative.getBodyPart(2).getContentType()).startsWith("text/calendar");
        String ics = MimeParts.text(message, "text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Kursus: Bedre LÆ-attester (Århus)");
        assertThat(event.getLocation().getValue()).isEqualTo("Rådhuset, Søndergade 1");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20261208T080000Z");
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(event.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:" + address("aase"));
        assertThat(ics).contains("\r\n");
        assertThat(MimeParts.text(message, "text/plain")).contains("Kære Åse");
        assertThat(MimeParts.text(message, "text/html"))
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"da\">")
                .contains("<title>Kurset Bedre LÆ-attester</title>")
                .contains("<p>Kære Åse</p>");
    }

    @Autowired
    MailOutboxHealth health;

    @Test
    void readiness_is_down_while_a_mail_waits_past_its_time_with_a_mail_server_and_up_once_it_is_sent() {
        // Issue 24: mails not getting out take the instance out of the load balancer's rotation.
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
        mails.queue(topic + "/late", address("sent"), topic, now.minus(java.time.Duration.ofHours(1)));
        assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        assertThat(health.health().getDetails()).containsEntry("mailServer", true);
        dispatcher.dispatchDue(now);
        assertThat(mails.status(topic + "/late")).isEqualTo("SENT");
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void a_bad_address_fails_with_the_reason_and_the_others_are_sent() throws Exception {
        mails.queue(topic + "/a", address("anna"), topic, now);
        mails.queue(topic + "/bad1", "ikke en adresse", topic, now);
        mails.queue(topic + "/bad2", "a@b@c", topic, now);
        mails.queue(topic + "/b", address("bo"), topic, now);
        dispatcher.dispatchDue(now);
        assertThat(mails.status(topic + "/a")).isEqualTo("SENT");
        assertThat(mails.status(topic + "/b")).isEqualTo("SENT");
        assertThat(mails.status(topic + "/bad1")).isEqualTo("FAILED");
        assertThat(String.valueOf(mails.row(topic + "/bad1").get("last_error"))).startsWith("Ugyldig e-mailadresse");
        assertThat(mails.outcomes(topic + "/bad2")).containsExactly("FAILED");
        assertThat(receivedPerRecipient()).containsOnlyKeys(address("anna"), address("bo"));
    }

    @Test
    void with_the_server_down_for_a_while_every_mail_is_delivered_once_when_it_is_back() throws Exception {
        for (int i = 0; i < 10; i++) {
            mails.queue(topic + "/" + i, address("p" + i), topic, now);
        }
        dispatcher.dispatchDue(now);
        assertThat(mails.count(topic, "SENT")).isEqualTo(10);
        for (int i = 10; i < 30; i++) {
            mails.queue(topic + "/" + i, address("p" + i), topic, now);
        }
        smtp.stop();
        try {
            DispatchResult down = dispatcher.dispatchDue(now);
            assertThat(down.sent()).isZero();
            assertThat(down.retried()).isEqualTo(1);
            // The wave stopped at the first failure: one attempt recorded, the rest untouched, nothing lost.
            assertThat(mails.count(topic, "QUEUED")).isEqualTo(20);
            assertThat(mails.outcomes(topic + "/10")).containsExactly("RETRY");
            assertThat(String.valueOf(mails.row(topic + "/10").get("last_error")))
                    .startsWith("Mailserveren svarer ikke");
            // Before the backoff has passed the failed mail waits; later ones would be tried (still down).
            assertThat(dispatcher.dispatchDue(now.plusSeconds(10)).retried()).isEqualTo(1);
        } finally {
            smtp.start();
        }
        DispatchResult back = dispatcher.dispatchDue(now.plus(Duration.ofMinutes(10)));
        assertThat(back.sent()).isEqualTo(20);
        assertThat(mails.count(topic, "SENT")).isEqualTo(30);
        Map<String, Long> received = receivedPerRecipient();
        assertThat(received).hasSize(20).allSatisfy((to, n) -> assertThat(n).isEqualTo(1L));
    }

    @Test
    void after_a_restart_mails_left_half_sent_go_once_and_queued_ones_wait_for_their_time() throws Exception {
        mails.queue(topic + "/left", address("left"), topic, now);
        mails.queue(topic + "/later", address("later"), topic, now.plus(Duration.ofDays(2)));
        // A sender stopped after claiming the mail: its claim ran out.
        jdbc.update(
                "update mail_message set status = 'SENDING', claimed_until = ? where dedupe_key = ?",
                Timestamp.from(now.minusSeconds(60)),
                topic + "/left");
        dispatcher.dispatchDue(now);
        assertThat(mails.status(topic + "/left")).isEqualTo("SENT");
        assertThat(mails.status(topic + "/later")).isEqualTo("QUEUED");
        dispatcher.dispatchDue(now);
        assertThat(receivedPerRecipient()).containsExactly(Map.entry(address("left"), 1L));
        // Its time moved into the past: sent at once, and once.
        jdbc.update(
                "update mail_message set send_after = ?, next_attempt_at = ? where dedupe_key = ?",
                Timestamp.from(now.minusSeconds(1)),
                Timestamp.from(now.minusSeconds(1)),
                topic + "/later");
        dispatcher.dispatchDue(now);
        dispatcher.dispatchDue(now.plusSeconds(60));
        assertThat(receivedPerRecipient()).containsEntry(address("later"), 1L);
    }

    @Test
    void the_same_key_is_queued_once_and_nothing_is_queued_outside_a_transaction() {
        assertThat(mails.queue(topic + "/x", address("x"), topic, now)).isTrue();
        assertThat(mails.queue(topic + "/x", address("x"), topic, now)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mail_message where topic = ?", Integer.class, topic))
                .isEqualTo(1);
        assertThatThrownBy(() -> system.call(() -> outbox.enqueue(new OutgoingMail(
                        topic + "/y",
                        address("y"),
                        null,
                        MailTopic.of(topic),
                        "Emne",
                        "Tekst",
                        "<p>Tekst</p>",
                        null,
                        now))))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_message where dedupe_key = ?", Integer.class, topic + "/y"))
                .isZero();
    }

    @Test
    void cancelled_mails_are_not_sent() throws Exception {
        CourseRunId run = new CourseRunId(900_000_000L + Math.floorMod(topic.hashCode(), 100_000_000));
        mails.queue(topic + "/c", address("c"), MailTopic.ofRun(run, "introduktion"), now, null);
        jdbc.update("update mail_message set recipient_account_id = 424242 where dedupe_key = ?", topic + "/c");
        int cancelled = system.call(() -> scope.within(
                DemoAccounts.FIRST_MUNICIPALITY,
                () -> new TransactionTemplate(transactions)
                        .execute(s -> outbox.cancelQueued(new AccountId(424242), run))));
        assertThat(cancelled).isEqualTo(1);
        dispatcher.dispatchDue(now);
        assertThat(mails.status(topic + "/c")).isEqualTo("CANCELLED");
        assertThat(receivedPerRecipient()).isEmpty();
    }

    /** The multipart/alternative inside the message (text, HTML and, with an event, the calendar). */
    private static Multipart alternative(Multipart multipart) throws Exception {
        if (multipart.getContentType().toLowerCase().startsWith("multipart/alternative")) {
            return multipart;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).getContent() instanceof Multipart nested) {
                try {
                    return alternative(nested);
                } catch (AssertionError notHere) {
                    // look further
                }
            }
        }
        throw new AssertionError("no multipart/alternative");
    }
}
