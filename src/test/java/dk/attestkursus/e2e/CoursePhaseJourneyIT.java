package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestClock;
import dk.attestkursus.transfer.ActionPlan;
import dk.attestkursus.transfer.ActionPlanService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The caseworker's start page through the course (issue 23, decision 024): with the platform's clock
 * stopped in each phase, the page says where the caseworker is and its first card is the one thing
 * that matters now; the preparation's tasks are gone after the session. And the demo's {@code ali},
 * who attended the held run weeks ago, finds the due second follow-up first.
 */
@IntegrationTest
class CoursePhaseJourneyIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    /** The phases photographed at 360, 1280 and 1920 px (target/screenshots/course-phase/). */
    private static final Set<CoursePhase> PHOTOGRAPHED = Set.of(CoursePhase.PREPARING, CoursePhase.SESSION_LIVE);

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    TestClock clock;

    @Autowired
    ActionPlanService plans;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    /**
     * Each phase: a moment in it, as an offset from the run's start (none: no run), whether the
     * caseworker wrote an action plan, the first card and the link on it that leads on.
     */
    static Stream<Arguments> phases() {
        return Stream.of(
                Arguments.of(CoursePhase.NOT_ENROLLED, null, false, "modules", "next-step"),
                Arguments.of(CoursePhase.ENROLLED, Duration.ofDays(-30), false, "modules", "next-step"),
                Arguments.of(CoursePhase.PREPARING, Duration.ofDays(-3), false, "prep-card", "prep-todo"),
                Arguments.of(CoursePhase.SESSION_TODAY, Duration.ofHours(-3), false, "session-card", "session-status"),
                Arguments.of(CoursePhase.SESSION_LIVE, Duration.ofMinutes(15), false, "session-card", "live-link"),
                Arguments.of(
                        CoursePhase.AFTER_SESSION, Duration.ofDays(5), false, "action-plan-card", "action-plan-todo"),
                Arguments.of(
                        CoursePhase.FOLLOW_UP_1_DUE, Duration.ofDays(20), true, "follow-up-card", "follow-up-todo"),
                // A follow-up asks how the plan went: without a plan, writing it comes first.
                Arguments.of(
                        CoursePhase.FOLLOW_UP_1_DUE,
                        Duration.ofDays(20),
                        false,
                        "action-plan-card",
                        "action-plan-todo"),
                Arguments.of(
                        CoursePhase.FOLLOW_UP_2_DUE, Duration.ofDays(45), true, "follow-up-card", "follow-up-todo"),
                // Nothing is pressing when the course is over and nothing was done: the modules lead.
                Arguments.of(CoursePhase.DONE, Duration.ofDays(120), false, "modules", "next-step"));
    }

    @ParameterizedTest(name = "{0}, plan {2}: first card {3}")
    @MethodSource("phases")
    void the_first_card_is_what_matters_in_each_phase(
            CoursePhase phase, @Nullable Duration sinceStart, boolean withPlan, String firstCard, String firstLink) {
        CreatedAccount caseworker = new TestAccounts(accounts, contexts).create("fase", Role.PARTICIPANT);
        String name = caseworker.account().username();
        // The session: 10.00-13.00 Danish time, six weeks from today.
        Instant start = LocalDate.now(TimeConfig.ZONE)
                .plusWeeks(6)
                .atTime(LocalTime.of(10, 0))
                .atZone(TimeConfig.ZONE)
                .toInstant();
        if (sinceStart != null) {
            CourseRunId run = fixtures.run("Fasehold", start);
            fixtures.enrol(run, name, EnrolmentRole.PARTICIPANT);
            clock.set(start.plus(sinceStart));
        }
        if (withPlan) {
            fixtures.as(
                    name,
                    () -> plans.save(List.of(new ActionPlan.ActionInput(
                            "Jeg skriver altid, hvad attesten skal bruges til.", "I næste anmodning"))));
        }
        LoginPage.open(browser).login(name, caseworker.initialPassword());

        CourseHomePage home = CourseHomePage.open(browser);
        assertThat(home.phase()).isEqualTo(phase.name());
        assertThat(home.phaseLine())
                .isEqualTo(DA.get("course.phase." + phase.name().toLowerCase(Locale.ROOT)));
        assertThat(home.firstCard()).as(phase + ": " + home.cardIds()).isEqualTo(firstCard);
        assertThat(browser.find(By.cssSelector("#" + firstCard + " #" + firstLink))
                        .isDisplayed())
                .isTrue();
        assertThat(home.relevance(firstCard)).isEqualTo(phase == CoursePhase.DONE ? "todo" : "now");
        if (phase.beforeSession()) {
            assertThat(home.hasCard("prep-card")).isTrue();
            assertThat(home.cardHeading("myths-card")).isEqualTo(DA.get("course.home.myths"));
        }
        if (phase.afterSession()) {
            // The preparation's tasks are gone; what was answered before is there to look back at.
            assertThat(home.hasCard("prep-card")).isFalse();
            assertThat(home.relevance("answered-before-card")).isEqualTo("later");
            assertThat(home.cardHeading("myths-card")).isEqualTo(DA.get("course.home.mythsAfter"));
            assertThat(home.relevance("myths-card")).isEqualTo("later");
        }
        switch (phase) {
            case SESSION_TODAY -> {
                assertThat(home.cardHeading("session-card")).isEqualTo(DA.get("course.home.sessionToday"));
                assertThat(home.cardText("session-card")).contains(DA.get("course.home.checkInFrom", "9.00"));
            }
            case SESSION_LIVE -> {
                assertThat(home.cardHeading("session-card")).isEqualTo(DA.get("course.home.sessionRunning"));
                assertThat(home.cardText("session-card"))
                        .contains(DA.get("course.home.sessionRunningText", "10.00", "13.00"));
                assertThat(home.linkTarget("check-in-link")).isEqualTo("kursus/tjek-ind");
            }
            case FOLLOW_UP_1_DUE, FOLLOW_UP_2_DUE -> {
                int number = phase == CoursePhase.FOLLOW_UP_1_DUE ? 1 : 2;
                if (withPlan) {
                    assertThat(home.linkTarget("follow-up-todo")).isEqualTo("kursus/opfoelgning/" + number);
                } else {
                    assertThat(home.cardText("action-plan-card")).contains(DA.get("transfer.card.planFirst", number));
                }
            }
            default -> {}
        }
        Axe.assertNoViolations(browser);
        if (PHOTOGRAPHED.contains(phase)) {
            photograph(home, "course-phase/" + phase.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void demo_ali_who_attended_the_held_run_weeks_ago_finds_the_second_follow_up_first() {
        LoginPage.open(browser).login("ali", DemoUser.PASSWORD);
        CourseHomePage home = new CourseHomePage(browser);

        assertThat(home.phase()).isEqualTo(CoursePhase.FOLLOW_UP_2_DUE.name());
        assertThat(home.firstCard()).isEqualTo("follow-up-card");
        assertThat(home.linkTarget("follow-up-todo")).isEqualTo("kursus/opfoelgning/2");
        assertThat(home.cardText("follow-up-card")).contains(DA.get("transfer.card.followUpText", 2));
        // The run he attended, not "not enrolled"; no task from before the session.
        assertThat(home.cardText("session-card"))
                .contains("Du deltog i kursusdagen")
                .doesNotContain(DA.get("course.home.noSession"));
        assertThat(home.hasCard("prep-card")).isFalse();
        assertThat(home.cardHeading("myths-card")).isEqualTo(DA.get("course.home.mythsAfter"));
        // His certificate is ready; it comes after the follow-up.
        assertThat(home.cardIds()).containsSubsequence("follow-up-card", "certificate-card");
        Axe.assertNoViolations(browser);
        photograph(home, "course-phase/ali-follow-up-2");
    }

    @Test
    void enrolled_again_after_attending_the_session_card_shows_both_runs() {
        CreatedAccount caseworker = new TestAccounts(accounts, contexts).create("igen", Role.PARTICIPANT);
        String name = caseworker.account().username();
        CourseRunId held = fixtures.run("Første hold", Instant.now().minus(Duration.ofDays(100)));
        fixtures.enrol(held, name, EnrolmentRole.PARTICIPANT);
        fixtures.attended(held, name);
        fixtures.leave(held, name); // one active place: taking the course again means leaving the first run
        CourseRunId next = fixtures.run("Andet hold", Instant.now().plus(Duration.ofDays(5)));
        fixtures.enrol(next, name, EnrolmentRole.PARTICIPANT);

        LoginPage.open(browser).login(name, caseworker.initialPassword());
        CourseHomePage home = new CourseHomePage(browser);

        assertThat(home.phase()).isEqualTo(CoursePhase.PREPARING.name());
        assertThat(home.firstCard()).isEqualTo("prep-card");
        String session = home.cardText("session-card");
        assertThat(session)
                .contains(DA.get("course.home.nextRun"), "Andet hold")
                .contains(DA.get("course.home.attendedRun"), "Første hold");
        assertThat(session.indexOf("Andet hold")).isLessThan(session.indexOf("Første hold"));
        assertThat(browser.findAll(By.cssSelector("#session-card h3"))).hasSize(2);
        Axe.assertNoViolations(browser);
    }

    /** The page at a phone's, a laptop's and a wide screen's width: nothing sideways, nothing cut off. */
    private void photograph(CourseHomePage home, String name) {
        for (int width : Screenshots.WIDTHS) {
            browser.setViewportWidth(width, width == 360 ? 780 : Browser.HEIGHT);
            assertThat(home.scrollsHorizontally())
                    .as("%s at %d px", name, width)
                    .isFalse();
            assertThat(home.clippedIn("#start-cards"))
                    .as("%s at %d px", name, width)
                    .isEmpty();
        }
        Screenshots.pages(browser, name);
        browser.setViewportWidth(Browser.WIDTH, Browser.HEIGHT);
    }
}
