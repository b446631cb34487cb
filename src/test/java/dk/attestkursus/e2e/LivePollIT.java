package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Myth;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.LiveSessionPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MythPage;
import dk.attestkursus.e2e.pages.PollHostPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two browsers, one poll: a caseworker guesses a myth before the session; in the session an
 * instructor opens it as a live poll, the caseworker's phone shows it without reloading, and the
 * reveal and the close reach the phone by push. The run has two caseworkers, so the instructor sees
 * neither the guess nor the vote (the group rule of decision 016; FacilitatorPollIT shows a group of
 * six). A reload keeps the vote; a late joiner sees the current poll.
 */
@IntegrationTest
class LivePollIT {

    @RegisterExtension
    static final Browser instructorBrowser = Browser.danish();

    @RegisterExtension
    static final Browser phone = Browser.danish();

    private static final Texts DA = Texts.DA;
    private static final String MYTH = "roller-overskrides";
    private static final String NEXT = "for-mange-fagtermer";

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseContent content;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void instructor_runs_a_poll_that_a_caseworker_answers_on_a_phone() {
        Myth myth = fixtures.as("admin", () -> content.course().myth(MYTH).orElseThrow());
        TestAccounts testAccounts = new TestAccounts(accounts, contexts);
        CreatedAccount teacher = testAccounts.create("underviser", Role.INSTRUCTOR);
        CreatedAccount caseworker = testAccounts.create("telefon", Role.PARTICIPANT);
        CreatedAccount latecomer = testAccounts.create("sen", Role.PARTICIPANT);
        CourseRunId run = fixtures.run("Live-hold", Instant.now().plus(20, ChronoUnit.MINUTES));
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, caseworker.account().username(), EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, latecomer.account().username(), EnrolmentRole.PARTICIPANT);

        // Before the session, on the phone: guess "fakta", see that it is a myth, with figure, picture and source.
        LoginPage login = LoginPage.open(phone);
        phone.setViewportWidth(360, 740);
        login.login(caseworker.account().username(), caseworker.initialPassword());
        MythPage myths = MythPage.openList(phone).openMyth(MYTH);
        assertThat(myths.statement()).isEqualTo(myth.statement());
        assertThat(myths.submitWithoutChoosing()).isEqualTo(DA.get("myths.chooseAnswer"));
        assertThat(myths.guess(DA.get("myths.answer.fact"), 4)).isEqualTo(DA.get("myths.verdict.myth"));
        assertThat(myths.figure()).isEqualTo(DA.get("myths.figure", myth.figure()));
        assertThat(myths.pictureAlt()).isEqualTo(myth.picture().alt());
        assertThat(myths.pictureShown()).isTrue();
        assertThat(myths.explanation()).isEqualTo(myth.explanation());
        assertThat(myths.scrollsHorizontally()).as("myth page at 360 px").isFalse();
        Axe.assertNoViolations(phone);
        phone.open(MythPage.LIST_PATH);
        assertThat(new MythPage(phone).status())
                .isEqualTo(DA.get(
                        "myths.answeredOf",
                        1,
                        fixtures.as("admin", () -> content.course().myths().size())));

        // The start page counts the guess and, 20 minutes before the start, leads to the live session.
        CourseHomePage home = CourseHomePage.open(phone);
        assertThat(home.mythsStatus())
                .isEqualTo(DA.get(
                        "course.home.mythsStatus",
                        1,
                        fixtures.as("admin", () -> content.course().myths().size())));
        LiveSessionPage live = home.followLive();
        assertThat(live.waiting()).isEqualTo(DA.get("live.waiting"));

        // In the session: the instructor opens the myth as a poll. A run of two is under the group
        // rule (decision 016): what the one caseworker guessed, and whether anyone voted, is not shown.
        LoginPage.open(instructorBrowser).login(teacher.account().username(), teacher.initialPassword());
        PollHostPage host = PollHostPage.open(instructorBrowser);
        assertThat(host.none()).isEqualTo(DA.get("polls.none"));
        assertThat(host.beforeLine(MYTH)).isEqualTo(DA.get("polls.beforeFewPeople", 5));
        host.openPoll(MYTH);
        assertThat(host.state()).isEqualTo(DA.get("polls.state.open"));
        assertThat(host.panel().withheld()).isEqualTo(DA.get("polls.group.fewPeople", 5));
        assertThat(host.panel().beforeWithheld()).isEqualTo(DA.get("polls.group.fewPeople", 5));
        assertThat(host.panel().hasTurnout()).isFalse();
        Axe.assertNoViolations(instructorBrowser);

        // The phone shows the question by itself; the vote counts, but the instructor is not told it.
        assertThat(live.statement()).isEqualTo(myth.statement());
        Axe.assertNoViolations(phone);
        live.vote("myth");
        assertThat(live.yourVote()).isEqualTo(DA.get("live.yourVote", DA.get("myths.answer.myth")));
        assertThat(host.panel().withheld()).isEqualTo(DA.get("polls.group.fewPeople", 5));
        assertThat(host.panel().hasCounts()).isFalse();
        assertThat(host.panel().hasTurnout()).isFalse();

        // A reload keeps the vote and offers no second one.
        live = LiveSessionPage.open(phone);
        assertThat(live.yourVote()).isEqualTo(DA.get("live.yourVote", DA.get("myths.answer.myth")));
        assertThat(live.canVote()).isFalse();

        // The reveal and the close reach the phone without reloading.
        host.reveal();
        assertThat(live.verdict()).isEqualTo(DA.get("myths.verdict.myth"));
        assertThat(phone.find(By.id("myth-picture")).getDomAttribute("alt"))
                .isEqualTo(myth.picture().alt());
        assertThat(live.scrollsHorizontally()).as("live page at 360 px").isFalse();
        Axe.assertNoViolations(phone);
        host.close();
        assertThat(live.closed()).isEqualTo(DA.get("live.closed"));

        // On any other page, the caseworker is told that the next poll has opened, and goes to it.
        MythPage.openList(phone);
        host.openPoll(NEXT);
        phone.find(By.id("poll-notice-go"));
        Axe.assertNoViolations(phone);
        live = new MythPage(phone).followPollNotice();
        assertThat(live.statement())
                .isEqualTo(
                        fixtures.as("admin", () -> content.course().myth(NEXT).orElseThrow())
                                .statement());

        // A late joiner logs in and sees the open poll at once.
        live.logout().login(latecomer.account().username(), latecomer.initialPassword());
        LiveSessionPage late = LiveSessionPage.open(phone);
        assertThat(late.statement())
                .isEqualTo(
                        fixtures.as("admin", () -> content.course().myth(NEXT).orElseThrow())
                                .statement());
        assertThat(late.canVote()).isTrue();
        late.vote("dont_know");
        assertThat(late.yourVote()).isEqualTo(DA.get("live.yourVote", DA.get("myths.answer.dont_know")));
        assertThat(host.panel().statement())
                .isEqualTo(
                        fixtures.as("admin", () -> content.course().myth(NEXT).orElseThrow())
                                .statement());
        assertThat(host.panel().hasCounts()).isFalse();
    }
}
