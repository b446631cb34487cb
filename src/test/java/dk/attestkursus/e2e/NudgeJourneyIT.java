package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.RunMailsPage;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.mail.MailDispatcher;
import dk.attestkursus.myths.MythAnswer;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.SelfAssessmentService;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 27's "done when", in the browser: an instructor opens a run's mail page six days before the
 * session, sees by name the two of three participants who have not prepared, sends one reminder after a
 * confirmation naming two, and a real SMTP server receives exactly two mails, addressed to those two. The
 * page then says who sent it and offers no second round the same day. A database of its own, so the outbox
 * holds nothing of other tests.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3031", "attestkursus.test.fresh-database=true"})
class NudgeJourneyIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3031, "127.0.0.1", "smtp"));

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    MythService myths;

    @Autowired
    ExerciseService exercises;

    @Autowired
    CourseContent content;

    @Autowired
    AppI18NProvider i18n;

    @Test
    void an_instructor_sends_one_reminder_to_the_two_who_have_not_prepared() throws Exception {
        String tag = Unique.tag();
        CreatedAccount instructor =
                new TestAccounts(accounts, contexts).createInstructor("nudge", InstructorKind.JOBCENTER);
        Instant start = LocalDate.now(TimeConfig.ZONE)
                .plusDays(6)
                .atTime(9, 0)
                .atZone(TimeConfig.ZONE)
                .toInstant();
        CourseRunId run = fixtures.run("Påmindelseshold " + tag, start);
        fixtures.enrol(run, instructor.account().username(), EnrolmentRole.INSTRUCTOR);
        String ready = fixtures.account("klar", Role.PARTICIPANT);
        String anna = fixtures.account("anna", Role.PARTICIPANT);
        String bent = fixtures.account("bent", Role.PARTICIPANT);
        for (String person : List.of(ready, anna, bent)) {
            fixtures.enrol(run, person, EnrolmentRole.PARTICIPANT);
        }
        prepare(run, ready);
        // The accounts' invitations go after their creation committed: let them, and everything else the
        // fresh database queued, go out first, so what arrives afterwards is the reminder alone.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication", Integer.class) == 0);
        dispatcher.dispatchDue(Instant.now());
        smtp.purgeEmailFromAllMailboxes();

        LoginPage.open(browser).login(instructor.account().username(), instructor.initialPassword());
        RunMailsPage page = RunMailsPage.open(browser, run.value());
        assertThat(page.intro())
                .isEqualTo(DA.get("transfer.nudges.prep.intro", 6, Formats.date(start, DA.locale(), i18n)));
        assertThat(page.names()).containsExactly("Test " + anna, "Test " + bent);
        assertThat(page.lacks())
                .allSatisfy(line -> assertThat(line).contains(DA.get("transfer.prep.task.self_assessment")));
        assertThat(page.sendButton()).isEqualTo(DA.get("transfer.nudges.send", 2));
        assertThat(page.clippedIn("#nudges")).isEmpty();
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "run-mails-nudges");

        String confirmation = page.askToSend();
        assertThat(confirmation)
                .contains(DA.get("transfer.nudges.confirmTitle", 2))
                .contains(DA.get("transfer.nudges.confirmText", 2));
        Axe.assertNoViolations(browser);
        assertThat(page.confirm()).isEqualTo(DA.get("transfer.nudges.sent", 2));

        // Exactly two mails reach the SMTP server, one to each of the two; nobody else gets one. Sent at
        // night or at a weekend they wait for the next working morning: the sender is asked then.
        Instant due = DanishCalendar.withinWorkingHours(Instant.now(), TimeConfig.ZONE);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dispatcher.dispatchDue(due);
            return smtp.getReceivedMessages().length >= 2;
        });
        dispatcher.dispatchDue(due);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(NudgeJourneyIT::to).toList())
                .containsExactlyInAnyOrder(anna + "@example.dk", bent + "@example.dk");
        assertThat(Arrays.stream(received).map(NudgeJourneyIT::subject).toList())
                .allSatisfy(subject -> assertThat(subject).startsWith("Påmindelse"));

        // The page says who sent it, and a second round cannot go the same day.
        assertThat(page.last()).contains(instructor.account().displayName());
        assertThat(page.canSend()).isFalse();
        assertThat(page.clippedIn("#nudges")).isEmpty();
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "run-mails-nudges-sent");
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().toLowerCase();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Does the three preparation tasks as the caseworker. */
    private void prepare(CourseRunId run, String username) {
        fixtures.as(username, () -> {
            Map<String, Integer> scores = new HashMap<>();
            content.course().transfer().selfAssessment().statements().forEach(s -> scores.put(s.key(), 3));
            selfAssessments.submit(Phase.BEFORE, scores, "", -1);
            content.course().myths().forEach(m -> myths.guess(m.id(), MythAnswer.MYTH, 3));
            exercises.submit(
                    content.course()
                            .writing()
                            .ownCase(Writing.OwnCase.BEFORE)
                            .orElseThrow()
                            .id(),
                    run,
                    new RequestFields(
                            "LÆ 285",
                            "Attesten skal bruges til at planlægge den første opfølgning med arbejdsgiveren.",
                            "Borgeren er i 40'erne og sygemeldt med rygsmerter.",
                            List.of("Hvilke skånehensyn skal der tages de næste fire uger?"),
                            true,
                            "Oplysninger fra egen læge om ryggen til brug i sygedagpengesagen.",
                            ""),
                    -1);
            return null;
        });
    }
}
