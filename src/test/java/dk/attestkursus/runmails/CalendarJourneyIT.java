package dk.attestkursus.runmails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.e2e.Axe;
import dk.attestkursus.e2e.Browser;
import dk.attestkursus.e2e.DemoUser;
import dk.attestkursus.e2e.Screenshots;
import dk.attestkursus.e2e.Texts;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.RunsPage;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.mail.MailDispatcher;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.MimeParts;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 23's "done when", in the browser: the upcoming demo run's invitations go out; its instructor moves
 * the session one working day later, and each person in the run (the caseworker and both instructors)
 * receives one updated invitation over SMTP with the invitation's UID and a higher SEQUENCE; then the
 * instructor cancels the run with a reason, and each receives one cancellation with the reason. A
 * database of its own, so moving and cancelling the demo run touches no other test.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3029", "attestkursus.test.fresh-database=true"})
class CalendarJourneyIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3029, "127.0.0.1", "smtp"));

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    RunRosterService rosters;

    @Autowired
    RunMailPlanner planner;

    @Autowired
    MailPlanService mailPlans;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    SystemUser system;

    @Autowired
    Fixtures fixtures;

    @Test
    void moving_and_cancelling_the_demo_run_reaches_every_calendar_once() throws Exception {
        CourseRunSummary run =
                system.call(() -> rosters.runsStartingAfter(Instant.now())).getFirst();
        String instructor = DemoUser.JOBCENTER.username;
        // The introduction goes now (as an instructor moving it on the run's mail page would).
        fixtures.as(instructor, () -> {
            mailPlans.move(run.id(), TransferMail.INTRO, Instant.now().minusSeconds(60));
            return null;
        });
        system.call(() -> planner.planRun(rosters.roster(run.id()).run(), Instant.now()));
        List<MimeMessage> intros = received("Velkommen", 1);
        String uid = event(calendarOf(intros.getFirst())).getUid().orElseThrow().getValue();

        // The instructor moves the session to the next working day in the editor.
        LocalDate day = run.startsAt().atZone(TimeConfig.ZONE).toLocalDate();
        LocalDate next = DanishCalendar.workdayOnOrAfter(day.plusDays(1));
        LoginPage.open(browser).login(instructor, DemoUser.PASSWORD);
        RunsPage editor = RunsPage.openEditor(browser, run.id().value());
        editor.date("run-date", next).save();

        // One update each: the caseworker who had the invitation, and both instructors.
        List<MimeMessage> updates = received("Ændret", 3);
        assertThat(updates).hasSize(3);
        assertThat(recipients(updates)).hasSize(3).contains(recipient(intros.getFirst()));
        for (MimeMessage update : updates) {
            Calendar calendar = calendarOf(update);
            VEvent event = event(calendar);
            assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
            assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(uid);
            assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
            assertThat(Instant.from(event.getDateTimeStart().getDate())
                            .atZone(TimeConfig.ZONE)
                            .toLocalDate())
                    .isEqualTo(next);
        }

        // Then cancels it: the card asks for a reason first, and for a confirmation.
        editor = RunsPage.openEditor(browser, run.id().value());
        Screenshots.pages(browser, "run-editor-cancel-card");
        Axe.assertNoViolations(browser);
        editor.askToCancel("");
        assertThat(editor.cancelReasonError()).isEqualTo(DA.get("run.cancel.reasonRequired"));
        assertThat(editor.cancelDialogOpen()).isFalse();
        editor.askToCancel("Praksiskonsulenten er syg");
        assertThat(editor.cancelDialogOpen()).isTrue();
        Screenshots.pages(browser, "run-cancel-dialog");
        Axe.assertNoViolations(browser);
        editor.confirmCancel();
        assertThat(editor.cancelledNotice()).contains("Praksiskonsulenten er syg");
        Screenshots.pages(browser, "run-cancelled");
        Axe.assertNoViolations(browser);

        List<MimeMessage> cancellations = received("Aflyst", 3);
        assertThat(cancellations).hasSize(3);
        assertThat(recipients(cancellations)).isEqualTo(recipients(updates));
        for (MimeMessage cancellation : cancellations) {
            Calendar calendar = calendarOf(cancellation);
            VEvent event = event(calendar);
            assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
            assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(uid);
            assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
            assertThat(MimeParts.text(cancellation, "text/plain")).contains("Praksiskonsulenten er syg");
        }

        // The caseworker's start page says it first, with the reason.
        editor.logout();
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        CourseHomePage home = new CourseHomePage(browser);
        assertThat(home.phaseLine()).isEqualTo(DA.get("course.phase.cancelled"));
        assertThat(home.firstCard()).isEqualTo("session-card");
        assertThat(home.relevance("session-card")).isEqualTo("now");
        assertThat(browser.find(org.openqa.selenium.By.id("cancelled-run")).getText())
                .contains("Praksiskonsulenten er syg");
        Screenshots.pages(browser, "course-home-run-cancelled");
        Axe.assertNoViolations(browser);
    }

    /** The mails whose subject starts so, once {@code count} have arrived (the sender is run until then). */
    private List<MimeMessage> received(String subjectStart, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            dispatcher.dispatchDue(Instant.now());
                            List<MimeMessage> found = new ArrayList<>();
                            for (MimeMessage m : smtp.getReceivedMessages()) {
                                if (m.getSubject().startsWith(subjectStart)) {
                                    found.add(m);
                                }
                            }
                            return found;
                        },
                        found -> found.size() >= count);
    }

    private static String recipient(MimeMessage message) throws Exception {
        return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
    }

    private static Set<String> recipients(List<MimeMessage> messages) {
        return messages.stream()
                .map(m -> {
                    try {
                        return recipient(m);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
    }

    private static Calendar calendarOf(MimeMessage message) throws Exception {
        return new CalendarBuilder().build(new StringReader(MimeParts.text(message, "text/calendar")));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }
}
