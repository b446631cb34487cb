package dk.attestkursus.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.Browser;
import dk.attestkursus.e2e.TestAccounts;
import dk.attestkursus.e2e.Texts;
import dk.attestkursus.e2e.pages.LiveSessionPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MythPage;
import dk.attestkursus.e2e.pages.PollHostPage;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.mail.OutgoingMail;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.AppProcess;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestDatabase;
import dk.attestkursus.testsupport.Unique;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two production jars on one PostgreSQL schema behind Debian's HAProxy with cookie-based sticky sessions
 * (issue 26, decision 031), as an operator runs them ({@code docs/deployment.md}). Run by the Maven profile
 * {@code cluster} after {@code -Pproduction} has built the jar: {@code ./mvnw -B verify -Pproduction,cluster}.
 *
 * <p>This JVM's own Spring context shares the schema: it migrates it, holds the demo data and makes the
 * test's people and runs through the services, as an administrator would. The browsers reach the
 * instances only through the load balancer; a browser is put on an instance by the balancer's own cookie.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final int BALANCER_PORT = freePort();
    private static final String BALANCER = "http://localhost:" + BALANCER_PORT;
    /** HAProxy's cookie that keeps a browser on one instance (its values are the server names). */
    private static final String STICKY = "SRV";

    private static final String MYTH = "roller-overskrides";
    private static final Texts DA = Texts.DA;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final Browser instructorOnA = Browser.danishAt(BALANCER);

    @RegisterExtension
    static final Browser firstOnB = Browser.danishAt(BALANCER);

    @RegisterExtension
    static final Browser secondOnB = Browser.danishAt(BALANCER);

    @RegisterExtension
    static final Browser thirdOnB = Browser.danishAt(BALANCER);

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailOutbox outbox;

    @Autowired
    CourseContent content;

    @Autowired
    SystemUser system;

    @Autowired
    MunicipalScope scope;

    @Autowired
    PlatformTransactionManager transactions;

    private Path work;
    private GreenMail smtp;
    private AppProcess a;
    private AppProcess b;
    private Process balancer;

    private CreatedAccount teacher;
    private List<CreatedAccount> caseworkers;

    @BeforeAll
    void startTwoInstancesBehindTheBalancer() throws IOException {
        assertThat(TestDatabase.postgres())
                .as("two instances share a PostgreSQL schema: run with -Pcluster")
                .isTrue();
        work = Files.createTempDirectory("two-instances");
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
        smtp.start();

        String schema = jdbc.queryForObject("select current_schema()", String.class);
        Path jar = productionJar();
        a = instance(jar, "a", schema).start();
        b = instance(jar, "b", schema).start(); // one after the other: a rolling start, as in docs/deployment.md

        Path config = work.resolve("haproxy.cfg");
        Files.writeString(config, haproxyConfig(BALANCER_PORT, a.port(), b.port()));
        balancer = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(30)).until(() -> answersThroughBalancer("a") && answersThroughBalancer("b"));

        TestAccounts people = new TestAccounts(accounts, contexts);
        teacher = people.create("klynge-underviser", Role.INSTRUCTOR);
        caseworkers = Stream.of("klynge-a", "klynge-b", "klynge-c", "klynge-d", "klynge-e")
                .map(prefix -> people.create(prefix, Role.PARTICIPANT))
                .toList();
        CourseRunId run = fixtures.run("To instanser", Instant.now().plus(20, ChronoUnit.MINUTES));
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);
        caseworkers.forEach(c -> fixtures.enrol(run, c.account().username(), EnrolmentRole.PARTICIPANT));
    }

    @AfterAll
    void stopEverything() {
        if (balancer != null) {
            balancer.destroyForcibly();
        }
        Stream.of(a, b).filter(p -> p != null).forEach(AppProcess::stop);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void an_instructor_on_one_instance_sees_every_vote_cast_on_the_other() {
        loginOn(instructorOnA, "a", teacher);
        PollHostPage host = PollHostPage.open(instructorOnA);
        List<Browser> phones = List.of(firstOnB, secondOnB, thirdOnB);
        List<LiveSessionPage> lives = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            loginOn(phones.get(i), "b", caseworkers.get(i));
            LiveSessionPage live = LiveSessionPage.open(phones.get(i));
            assertThat(live.waiting()).isEqualTo(DA.get("live.waiting"));
            lives.add(live);
        }

        host.openPoll(MYTH);
        assertThat(host.panel().turnout()).isEqualTo(DA.get("polls.turnout", 0, 5));
        String statement = host.liveStatement();
        // The poll was opened on A; the phones on B show it by push, told through PostgreSQL.
        for (LiveSessionPage live : lives) {
            assertThat(live.statement()).isEqualTo(statement);
        }
        for (int i = 0; i < lives.size(); i++) {
            lives.get(i).vote("myth");
            host.panel().waitForText("live-turnout", DA.get("polls.turnout", i + 1, 5));
        }
        assertThat(stickyServer(instructorOnA)).isEqualTo("a");
        phones.forEach(phone -> assertThat(stickyServer(phone)).isEqualTo("b"));

        host.reveal();
        for (LiveSessionPage live : lives) {
            assertThat(live.verdict()).isEqualTo(DA.get("myths.verdict.myth"));
        }
    }

    @Test
    @Order(2)
    void mails_queued_while_both_instances_run_are_each_delivered_once() {
        String topic = "klynge-" + Unique.tag();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Instant now = Instant.now();
        for (int i = 0; i < 200; i++) {
            String key = topic + "/" + i;
            String to = "p" + i + "." + topic + "@kommune.dk";
            system.call(() -> scope.within(
                    DemoAccounts.FIRST_MUNICIPALITY,
                    () -> tx.execute(s -> outbox.enqueue(new OutgoingMail(
                            key,
                            to,
                            null,
                            MailTopic.of(topic),
                            "Kurset Bedre LÆ-attester",
                            "Kære deltager\n\nVelkommen på kurset.",
                            "<p>Kære deltager</p><p>Velkommen på kurset.</p>",
                            null,
                            now)))));
        }

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from mail_message where topic = ? and status = 'SENT'",
                                Integer.class,
                                topic)
                        == 200);
        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
                .map(TwoInstancesIT::recipient)
                .filter(to -> to.contains(topic))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(200).allSatisfy((to, n) -> assertThat(n).isEqualTo(1L));
        assertThat(jdbc.queryForObject("select max(attempts) from mail_message where topic = ?", Integer.class, topic))
                .isEqualTo(1);
        System.out.printf("two instances: 200 mails, %d sent by a, %d by b%n", sentInLog(a, now), sentInLog(b, now));
    }

    @Test
    @Order(3)
    void when_one_instance_dies_its_users_log_in_on_the_other_and_nothing_stored_is_lost() {
        CreatedAccount caseworker = caseworkers.get(3);
        Browser phone = firstOnB;
        phone.driver().manage().deleteAllCookies();
        loginOn(phone, "b", caseworker);
        MythPage myths = MythPage.openList(phone).openMyth("for-mange-fagtermer");
        myths.guess(DA.get("myths.answer.fact"), 3);
        long guesses = guessesOf(caseworker);
        assertThat(guesses).isEqualTo(1);

        b.kill();

        // The balancer sends the browser to A (B's cookie names a server that is down); the session was
        // B's, so the caseworker logs in again, and the guess is there.
        phone.driver().manage().deleteCookieNamed("JSESSIONID");
        LoginPage.open(phone).login(caseworker.account().username(), caseworker.initialPassword());
        assertThat(stickyServer(phone)).isEqualTo("a");
        assertThat(MythPage.openList(phone).status()).isEqualTo(DA.get("myths.answeredOf", 1, mythCount()));
        assertThat(guessesOf(caseworker)).isEqualTo(guesses);
    }

    private long guessesOf(CreatedAccount account) {
        Long n = jdbc.queryForObject(
                "select count(*) from myth_guess where account_id = ?",
                Long.class,
                fixtures.id(account.account().username()));
        return n == null ? 0 : n;
    }

    private int mythCount() {
        return fixtures.as("admin", () -> content.course().myths().size());
    }

    /** Logs {@code person} in on the instance {@code server}, chosen by the balancer's cookie. */
    private static void loginOn(Browser browser, String server, CreatedAccount person) {
        browser.open("/login");
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(new Cookie(STICKY, server, "/"));
        LoginPage.open(browser).login(person.account().username(), person.initialPassword());
        assertThat(stickyServer(browser)).isEqualTo(server);
    }

    private static String stickyServer(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed(STICKY);
        return cookie == null ? "" : cookie.getValue();
    }

    private AppProcess instance(Path jar, String name, String schema) {
        return AppProcess.fromJar(
                        jar,
                        work.resolve(name),
                        List.of("-Xmx512m"),
                        Map.of(
                                "SPRING_PROFILES_ACTIVE", "prod",
                                "DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                                "DATABASE_USER", "postgres",
                                "SESSION_COOKIE_SECURE", "false",
                                "HSTS", "false",
                                "SSO_SECRET_KEY", UUID.randomUUID() + "-" + UUID.randomUUID(),
                                "BASE_URL", BALANCER))
                .withArgs(
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--attestkursus.mail.poll-interval=PT1S");
    }

    /**
     * The configuration docs/deployment.md gives, on this test's ports: HAProxy's cookie {@code SRV} keeps a
     * browser on its instance; a server that fails the readiness check is taken out, and a browser whose
     * server is gone is sent to the other ({@code option redispatch}).
     */
    static String haproxyConfig(int port, int portA, int portB) {
        return """
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout tunnel 1h
                    option forwardfor
                    option redispatch
                    retries 2

                frontend attestkursus
                    bind 127.0.0.1:%d
                    default_backend instances

                backend instances
                    balance roundrobin
                    cookie SRV insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    server a 127.0.0.1:%d check inter 1s fall 2 rise 1 cookie a
                    server b 127.0.0.1:%d check inter 1s fall 2 rise 1 cookie b
                """.formatted(port, portA, portB);
    }

    private static boolean answersThroughBalancer(String server) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(BALANCER + "/actuator/health/readiness"))
                            .header("Cookie", STICKY + "=" + server)
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path productionJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("attestkursus-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().contains("plain"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No production jar in target/: run ./mvnw -B verify -Pproduction,cluster"));
        }
    }

    /** Mails an instance's waves sent since {@code from}, by its log (the outbox does not say which instance sent). */
    private static long sentInLog(AppProcess instance, Instant from) {
        Pattern wave = Pattern.compile("^(\\S+) .*Mail wave by app: (\\d+) sent");
        try (Stream<String> lines = Files.lines(instance.log())) {
            return lines.map(wave::matcher)
                    .filter(Matcher::find)
                    .filter(m -> !OffsetDateTime.parse(m.group(1)).toInstant().isBefore(from))
                    .mapToLong(m -> Long.parseLong(m.group(2)))
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
