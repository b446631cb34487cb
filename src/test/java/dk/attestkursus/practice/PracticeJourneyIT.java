package dk.attestkursus.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.Axe;
import dk.attestkursus.e2e.Browser;
import dk.attestkursus.e2e.Screenshots;
import dk.attestkursus.e2e.TestAccounts;
import dk.attestkursus.e2e.Texts;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.PracticeAnswerPage;
import dk.attestkursus.e2e.pages.PracticeCard;
import dk.attestkursus.mail.MailDispatcher;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestClock;
import dk.attestkursus.testsupport.Unique;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 27's journey, with the platform's clock moved: a caseworker gets the day-2 practice mail (a real
 * SMTP server), answers from its link without logging in and sees the experts' reasoning and the audit's
 * figure; the link then says it has been used and leads to the login; the question answered wrongly comes
 * back in the day-7 mail and on the start page, where it is answered right. axe on every screen;
 * screenshots at 360, 1280 and 1920 px.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3031", "attestkursus.test.fresh-database=true"})
class PracticeJourneyIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3031, "127.0.0.1", "smtp"));

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;
    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s()\"<>]+/oevelse\\?token=[A-Za-z0-9_-]{43}&svar=([^\\s()\"<>&]+)");

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    PracticePlanner planner;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SystemUser system;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_caseworker_answers_the_day_two_mail_without_logging_in_and_the_wrong_answer_comes_back() throws Exception {
        LocalDate session = PracticeIT.sessionDay();
        CourseRunId run = fixtures.run(
                "Øvelseshold " + Unique.tag(),
                session.atTime(9, 0).atZone(TimeConfig.ZONE).toInstant());
        CreatedAccount caseworker = new TestAccounts(accounts, contexts).create("oevelse", Role.PARTICIPANT);
        String username = caseworker.account().username();
        fixtures.enrol(run, username, EnrolmentRole.PARTICIPANT);

        // Day 2, 9.05: the question goes by mail.
        Instant dayTwo =
                session.plusDays(2).atTime(9, 5).atZone(TimeConfig.ZONE).toInstant();
        assertThat(plan(run, dayTwo)).isEqualTo(1);
        MimeMessage first = receive(1);
        assertThat(first.getAllRecipients()[0].toString())
                .isEqualTo(caseworker.account().email());
        Map<String, String> links = links(first);
        assertThat(links).containsOnlyKeys("myth", "fact", "nuanced");
        String body = body(first);
        assertThat(body).contains("Det er let at vælge den rette LÆ-attest.").contains("/oevelse/afmeld?token=");
        // The outbox keeps no usable link once the mail is sent (decision 022).
        assertThat(jdbc.queryForObject(
                        "select text_body from mail_message where topic = ?",
                        String.class,
                        "run-" + run.value() + "/oevelse"))
                .doesNotContainPattern("token=[A-Za-z0-9_-]{43}")
                .contains("(personligt-link-fjernet)");

        // A wrong answer from the mail, not logged in: the reasoning and the figure with its source.
        PracticeAnswerPage answered = PracticeAnswerPage.follow(browser, links.get("fact"));
        assertThat(answered.state()).isEqualTo("answered");
        assertThat(answered.judgement()).isEqualTo("wrong");
        assertThat(answered.verdict()).isEqualTo(DA.get("practice.feedback.wrong"));
        assertThat(answered.explanation()).contains("to erfarne speciallæger i socialmedicin");
        assertThat(answered.figure()).contains("to erfarne speciallæger i socialmedicin");
        assertThat(answered.heading()).isEqualTo(DA.get("practice.answer.title"));
        assertThat(answered.scrollsHorizontally()).isFalse();
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "practice-answer");

        // The link again, with the right answer this time: used; it leads to the login.
        PracticeAnswerPage used = PracticeAnswerPage.follow(browser, links.get("myth"));
        assertThat(used.state()).isEqualTo("used");
        assertThat(used.linkState()).isEqualTo(DA.get("practice.link.used.text"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "practice-link-used");
        LoginPage login = used.home();
        CourseHomePage home = new CourseHomePage(
                login.login(username, caseworker.initialPassword()).browser());
        assertThat(home.path()).isEqualTo("/kursus");
        assertThat(browser.findVisible(org.openqa.selenium.By.id("practice-counts"))
                        .getText())
                .isEqualTo(DA.get("practice.card.counts", 1, 1, 0));

        // Day 7: the question answered wrongly comes back, by mail and on the start page.
        Instant daySeven =
                session.plusDays(7).atTime(9, 5).atZone(TimeConfig.ZONE).toInstant();
        assertThat(plan(run, daySeven)).isEqualTo(1);
        MimeMessage second = receive(2);
        assertThat(body(second)).contains("Det er let at vælge den rette LÆ-attest.");
        home = CourseHomePage.open(browser);
        PracticeCard card = new PracticeCard(browser);
        assertThat(card.question()).isEqualTo("Det er let at vælge den rette LÆ-attest.");
        assertThat(card.answerKeys()).containsExactlyInAnyOrder("myth", "fact", "nuanced");
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "practice-card-question");
        assertThat(card.answer("myth")).isEqualTo("right");
        assertThat(card.counts()).isEqualTo(DA.get("practice.card.counts", 2, 2, 1));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "practice-card-answered");
        assertThat(home.scrollsHorizontally()).isFalse();
        // The day-7 mail's link is used up by the answer on the start page.
        home.logout();
        assertThat(PracticeAnswerPage.follow(browser, links(second).get("fact")).state())
                .isEqualTo("used");

        // The mail's unsubscribe link: one button turns the practice mails off (opening it changes nothing).
        Matcher unsubscribe = Pattern.compile("https?://[^\\s()\"<>]+/oevelse/afmeld\\?token=[A-Za-z0-9_-]{43}")
                .matcher(body(second));
        assertThat(unsubscribe.find()).isTrue();
        browser.driver().get(unsubscribe.group());
        browser.waitForVaadin();
        assertThat(browser.findVisible(By.tagName("h1")).getText()).isEqualTo(DA.get("practice.unsubscribe.title"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from practice_opt_out where account_id = ?",
                        Integer.class,
                        caseworker.account().id().value()))
                .isZero();
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "practice-unsubscribe");
        browser.click(By.id("practice-unsubscribe-confirm"));
        assertThat(browser.findVisible(By.id("practice-unsubscribe-text")).getText())
                .isEqualTo(DA.get("practice.unsubscribe.done"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from practice_opt_out where account_id = ?",
                        Integer.class,
                        caseworker.account().id().value()))
                .isOne();
        Axe.assertNoViolations(browser);
    }

    private int plan(CourseRunId run, Instant now) {
        clock.set(now);
        return system.call(() -> planner.planRun(run, now));
    }

    /** Sends what is due and waits until GreenMail has {@code count} practice mails; returns the newest. */
    private MimeMessage receive(int count) {
        MimeMessage[] received = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            dispatcher.dispatchDue(clock.instant());
                            return Arrays.stream(smtp.getReceivedMessages())
                                    .filter(m -> subject(m).equals("Et kort spørgsmål fra kurset Bedre LÆ-attester"))
                                    .toArray(MimeMessage[]::new);
                        },
                        found -> found.length == count);
        return received[count - 1];
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws Exception {
        String raw = GreenMailUtil.getBody(message).replace("=\r\n", "");
        // The text part is quoted-printable: read it as UTF-8 bytes.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '=' && i + 2 < raw.length() && raw.substring(i + 1, i + 3).matches("[0-9A-F]{2}")) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The mail's answer links by answer key, from its text part. */
    private static Map<String, String> links(MimeMessage message) throws Exception {
        Map<String, String> links = new LinkedHashMap<>();
        Matcher m = LINK.matcher(body(message));
        while (m.find()) {
            links.putIfAbsent(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8), m.group());
        }
        return links;
    }
}
