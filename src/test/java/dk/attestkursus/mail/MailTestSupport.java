package dk.attestkursus.mail;

import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.security.demo.DemoAccounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Queues test mails as the event that causes a mail would: inside a transaction, as the system. */
final class MailTestSupport {

    private final MailOutbox outbox;
    private final SystemUser system;
    private final MunicipalScope scope;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;

    MailTestSupport(
            MailOutbox outbox,
            SystemUser system,
            MunicipalScope scope,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc) {
        this.outbox = outbox;
        this.system = system;
        this.scope = scope;
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    boolean queue(String key, String to, String topic, Instant sendAfter, CalendarInvite invite) {
        return queue(key, to, MailTopic.of(topic), sendAfter, invite);
    }

    boolean queue(String key, String to, MailTopic topic, Instant sendAfter, CalendarInvite invite) {
        // in the demo's first municipality, as a run's event would queue it there (decision 020)
        return Boolean.TRUE.equals(system.call(() -> scope.within(
                DemoAccounts.FIRST_MUNICIPALITY,
                () -> tx.execute(s -> outbox.enqueue(new OutgoingMail(
                        key,
                        to,
                        null,
                        topic,
                        "Kurset Bedre LÆ-attester",
                        "Kære Åse\n\nVelkommen på kurset.",
                        "<p>Kære Åse</p><p>Velkommen på kurset.</p>",
                        invite,
                        sendAfter))))));
    }

    boolean queue(String key, String to, String topic, Instant sendAfter) {
        return queue(key, to, topic, sendAfter, null);
    }

    Map<String, Object> row(String key) {
        return jdbc.queryForMap("select * from mail_message where dedupe_key = ?", key);
    }

    String status(String key) {
        return String.valueOf(row(key).get("status"));
    }

    List<String> outcomes(String key) {
        return jdbc.queryForList("""
                select a.outcome from mail_attempt a join mail_message m on m.id = a.mail_id
                where m.dedupe_key = ? order by a.id""", String.class, key);
    }

    int count(String topic, String status) {
        return jdbc.queryForObject(
                "select count(*) from mail_message where topic = ? and status = ?", Integer.class, topic, status);
    }
}
