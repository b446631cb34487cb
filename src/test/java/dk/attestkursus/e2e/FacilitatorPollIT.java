package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Myth;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.FacilitatorPage;
import dk.attestkursus.e2e.pages.LivePollPanelElement;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.PresentationPage;
import dk.attestkursus.myths.LivePollService;
import dk.attestkursus.myths.MythAnswer;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The facilitator view runs a poll by itself (issue 19): the jobcenter representative opens the
 * block's myth, both co-instructors see the votes come in by push beside the group's guesses from
 * before, the split only from the fifth vote (decision 016), the practice consultant reveals, the
 * jobcenter representative closes, and the projector shows the question, then the answer. Saves
 * {@code docs/screenshots/facilitator-1280.png} of the view with the poll open.
 */
@IntegrationTest
class FacilitatorPollIT {

    @RegisterExtension
    static final Browser jobcenterBrowser = Browser.danish();

    @RegisterExtension
    static final Browser gpBrowser = Browser.danish();

    @RegisterExtension
    static final Browser projector = Browser.danish();

    private static final Texts DA = Texts.DA;
    private static final String MYTH = "roller-overskrides";

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseContent content;

    @Autowired
    LivePollService polls;

    @Autowired
    MythService myths;

    @Autowired
    SecurityContextHolderStrategy contexts;

    private CourseRunId run;

    @Test
    void both_co_instructors_run_a_poll_from_the_facilitator_view_and_the_projector_follows() throws Exception {
        TestAccounts testAccounts = new TestAccounts(accounts, contexts);
        CreatedAccount jobcenter = testAccounts.createInstructor("jc", InstructorKind.JOBCENTER);
        CreatedAccount gp = testAccounts.createInstructor("gp", InstructorKind.PRACTICE_CONSULTANT);
        run = fixtures.run("Facilitatorhold", Instant.now().plus(10, ChronoUnit.MINUTES));
        fixtures.enrol(run, jobcenter.account().username(), EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, gp.account().username(), EnrolmentRole.INSTRUCTOR);
        List<String> caseworkers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = fixtures.account("deltager", Role.PARTICIPANT);
            fixtures.enrol(run, name, EnrolmentRole.PARTICIPANT);
            caseworkers.add(name);
        }
        // Before the session five of the six guessed: four said fact, one myth.
        for (int i = 0; i < 5; i++) {
            MythAnswer guess = i == 0 ? MythAnswer.MYTH : MythAnswer.FACT;
            fixtures.as(caseworkers.get(i), () -> myths.guess(MYTH, guess, 3));
        }
        var blocks = fixtures.as("admin", () -> content.course().program().blocks());
        Myth myth = fixtures.as("admin", () -> content.course().myth(MYTH).orElseThrow());
        assertThat(blocks.get(1).polls()).contains(MYTH);

        // The jobcenter representative starts the session and moves to the block with the myth.
        LoginPage.open(jobcenterBrowser).login(jobcenter.account().username(), jobcenter.initialPassword());
        FacilitatorPage jc =
                FacilitatorPage.open(jobcenterBrowser, run.value()).start().advance();
        assertThat(jc.currentTitle()).isEqualTo(blocks.get(1).title());
        LoginPage.open(gpBrowser).login(gp.account().username(), gp.initialPassword());
        FacilitatorPage practice = FacilitatorPage.open(gpBrowser, run.value())
                .waitForBlock(blocks.get(1).title());
        LoginPage.open(projector).login(gp.account().username(), gp.initialPassword());
        PresentationPage screen = PresentationPage.open(projector, run.value()).viewport(1920, 1080);
        screen.waitForSlide(blocks.get(1).slides().getFirst().title());

        // She opens the poll here, on the facilitator view: it runs right below the block.
        jc.openPoll(MYTH);
        LivePollPanelElement jcPoll = jc.poll();
        assertThat(jcPoll.state()).isEqualTo(DA.get("polls.state.open"));
        assertThat(jcPoll.statement()).isEqualTo(myth.statement());
        assertThat(jcPoll.turnout()).isEqualTo(DA.get("polls.turnout", 0, 6));
        assertThat(jcPoll.withheld()).isEqualTo(DA.get("polls.group.fewAnswers", 5));
        assertThat(jcPoll.beforeCount("fact")).isEqualTo(DA.get("myths.count", 4, 80));
        assertThat(jc.offersPoll(MYTH)).as("no second button for the live poll").isFalse();
        // The co-instructor's view and the projector show it by push.
        LivePollPanelElement gpPoll = practice.waitForPoll();
        assertThat(gpPoll.statement()).isEqualTo(myth.statement());
        assertThat(screen.pollStatement()).isEqualTo(myth.statement());
        assertThat(screen.showsVotes())
                .as("the room is not swayed while voting")
                .isFalse();

        // Votes come in: how many at once, the split from the fifth vote, on both screens.
        vote(caseworkers.get(0), MythAnswer.MYTH);
        vote(caseworkers.get(1), MythAnswer.MYTH);
        vote(caseworkers.get(2), MythAnswer.FACT);
        vote(caseworkers.get(3), MythAnswer.MYTH);
        gpPoll.waitForText("live-turnout", DA.get("polls.turnout", 4, 6));
        assertThat(gpPoll.hasCounts()).as("no split of four votes").isFalse();
        vote(caseworkers.get(4), MythAnswer.DONT_KNOW);
        gpPoll.waitForText("live-counts-total", DA.get("myths.total", 5));
        jcPoll.waitForText("live-counts-total", DA.get("myths.total", 5));
        assertThat(jcPoll.count("myth")).isEqualTo(DA.get("myths.count", 3, 60));
        assertThat(jcPoll.turnout()).isEqualTo(DA.get("polls.turnout", 5, 6));
        Axe.assertNoViolations(jobcenterBrowser);
        Screenshots.page(jobcenterBrowser, 1280, Screenshots.docs("facilitator-1280.png"));
        Screenshots.page(jobcenterBrowser, 1920, Screenshots.folder().resolve("facilitator-1920.png"));
        Screenshots.window(projector, Screenshots.folder().resolve("presentation-poll-open-1920.png"));

        // The practice consultant reveals; the jobcenter representative's view and the projector follow.
        gpPoll.reveal();
        assertThat(jcPoll.verdict()).isEqualTo(DA.get("myths.verdict.myth"));
        assertThat(screen.verdict()).isEqualTo(DA.get("myths.verdict.myth"));
        assertThat(screen.text("live-counts-total")).isEqualTo(DA.get("myths.total", 5));
        Screenshots.window(projector, Screenshots.folder().resolve("presentation-poll-revealed-1920.png"));
        assertThat(screen.measure().get("overflow").intValue())
                .as("the revealed poll fits the slide")
                .isZero();
        Axe.assertNoViolations(projector);

        // The jobcenter representative closes it: gone from both views, the projector shows the slide again.
        jcPoll.close();
        practice.waitForNoPoll().waitUntilOffered(MYTH);
        jc.waitForNoPoll().waitUntilOffered(MYTH);
        screen.waitForSlide(blocks.get(1).slides().getFirst().title());
    }

    /** A caseworker votes on their phone (through the service: the phone's page is LivePollIT's). */
    private void vote(String caseworker, MythAnswer answer) {
        fixtures.as(
                caseworker, () -> polls.vote(polls.current(run).orElseThrow().pollId(), answer));
    }
}
