package dk.attestkursus.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.attestkursus.mail.domain.MailStore;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two instances of the app on one database (run on PostgreSQL by the postgres profile, and on H2):
 * two senders send 200 queued mails at the same time, each claiming mails as they go. Each mail
 * arrives exactly once, and both instances take part.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "attestkursus.test.fresh-database=true"})
class TwoSchedulersIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailStore store;

    @Autowired
    ObjectProvider<JavaMailSender> senders;

    @Autowired
    MailSettings settings;

    @Autowired
    SystemUser system;

    @Autowired
    MunicipalScope scope;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    private MailDispatcher instance(String name) {
        return new MailDispatcher(store, senders, settings, system, clock, transactions, name);
    }

    @Test
    void two_senders_at_once_send_every_mail_exactly_once() throws Exception {
        String topic = "two-" + Unique.tag();
        MailTestSupport mails = new MailTestSupport(outbox, system, scope, transactions, jdbc);
        Instant now = Instant.now();
        for (int i = 0; i < 200; i++) {
            mails.queue(topic + "/" + i, "p" + i + "." + topic + "@kommune.dk", topic, now);
        }
        MailDispatcher first = instance("instance-1");
        MailDispatcher second = instance("instance-2");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> loop1 = loop(first, topic, mails, now);
            Callable<Integer> loop2 = loop(second, topic, mails, now);
            Future<Integer> a = pool.submit(loop1);
            Future<Integer> b = pool.submit(loop2);
            int byFirst = a.get();
            int bySecond = b.get();
            assertThat(byFirst + bySecond).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mails.count(topic, "SENT")).isEqualTo(200);
        assertThat(jdbc.queryForObject("select max(attempts) from mail_message where topic = ?", Integer.class, topic))
                .isEqualTo(1);
        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(a -> a.contains(topic))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(200).allSatisfy((to, n) -> assertThat(n).isEqualTo(1L));
    }

    /**
     * Dispatches again and again until this topic has nothing queued or being sent (polled, not spun: the
     * other instance may still be sending what it claimed); returns how many this instance sent.
     */
    private static Callable<Integer> loop(MailDispatcher dispatcher, String topic, MailTestSupport mails, Instant now) {
        return () -> {
            AtomicInteger sent = new AtomicInteger();
            await().atMost(Duration.ofMinutes(2))
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        DispatchResult r = dispatcher.dispatchDue(now);
                        sent.addAndGet(r.sent());
                        return mails.count(topic, "QUEUED") + mails.count(topic, "SENDING") == 0;
                    });
            return sent.get();
        };
    }
}
