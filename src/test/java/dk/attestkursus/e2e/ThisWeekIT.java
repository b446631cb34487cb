package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.InstructorHomePage;
import dk.attestkursus.e2e.pages.LeaderHomePage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * "Denne uge" on the instructors' and leaders' start pages (issue 23): across their runs or their team,
 * what is due in the coming and past seven days.
 */
@IntegrationTest
class ThisWeekIT {

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
    AppI18NProvider i18n;

    @Test
    void an_instructor_sees_a_missing_co_instructor_low_preparation_and_new_follow_up_answers() {
        TestAccounts people = new TestAccounts(accounts, contexts);
        CreatedAccount teacher = people.createInstructor("ugeunderviser", InstructorKind.JOBCENTER);
        String tag = Unique.tag();
        Instant soon = Instant.now().plus(Duration.ofDays(3));
        CourseRunId coming = fixtures.run("Ugehold " + tag, soon);
        fixtures.enrol(coming, teacher.account().username(), EnrolmentRole.INSTRUCTOR);
        for (int i = 0; i < 2; i++) {
            fixtures.enrol(
                    coming,
                    people.create("ugedeltager", Role.PARTICIPANT).account().username(),
                    EnrolmentRole.PARTICIPANT);
        }
        Instant held = Instant.now().minus(Duration.ofDays(15));
        CourseRunId past = fixtures.run("Opfølgningshold " + tag, held);
        fixtures.enrol(past, teacher.account().username(), EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(
                past, people.create("ugetidligere", Role.PARTICIPANT).account().username(), EnrolmentRole.PARTICIPANT);

        LoginPage.open(browser).login(teacher.account().username(), teacher.initialPassword());
        InstructorHomePage home = new InstructorHomePage(browser);

        Instant opened = LocalDate.ofInstant(held, TimeConfig.ZONE)
                .plusDays(14)
                .atStartOfDay(TimeConfig.ZONE)
                .toInstant();
        assertThat(home.thisWeek())
                .containsExactlyInAnyOrder(
                        DA.get("thisWeek.missingKind.PRACTICE_CONSULTANT", "Ugehold " + tag, date(soon)),
                        DA.get("thisWeek.prepLow", "Ugehold " + tag, date(soon), 0, 2),
                        // The fixture's run is 180 minutes, the runbook 150 (issue 23: seen before the day).
                        DA.get("thisWeek.programmeShorter", "Ugehold " + tag, date(soon), 30, 180),
                        DA.get("thisWeek.followUpAnswers", 1, "Opfølgningshold " + tag, date(opened), 0, 1));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "instructor-this-week");
    }

    @Test
    void a_leader_sees_the_teams_session_and_a_follow_up_that_opened() {
        TestAccounts people = new TestAccounts(accounts, contexts);
        CreatedAccount leader = people.create("ugeleder", Role.LEADER);
        String member =
                people.create("ugemedarbejder", Role.PARTICIPANT).account().username();
        String earlier =
                people.create("ugetidligere", Role.PARTICIPANT).account().username();
        String tag = Unique.tag();
        fixtures.members(fixtures.team("Ugeteam " + tag, leader.account().username()), member, earlier);
        Instant soon = Instant.now().plus(Duration.ofDays(2));
        CourseRunId coming = fixtures.run("Teamhold " + tag, soon);
        fixtures.enrol(coming, member, EnrolmentRole.PARTICIPANT);
        Instant held = Instant.now().minus(Duration.ofDays(15));
        CourseRunId past = fixtures.run("Tidligere teamhold " + tag, held);
        fixtures.enrol(past, earlier, EnrolmentRole.PARTICIPANT);

        LoginPage.open(browser).login(leader.account().username(), leader.initialPassword());
        LeaderHomePage home = new LeaderHomePage(browser);

        Instant opened = LocalDate.ofInstant(held, TimeConfig.ZONE)
                .plusDays(14)
                .atStartOfDay(TimeConfig.ZONE)
                .toInstant();
        assertThat(home.thisWeek())
                .containsExactlyInAnyOrder(
                        DA.get("thisWeek.teamSession", 1, "Teamhold " + tag, date(soon)),
                        DA.get("thisWeek.teamFollowUp", 1, "Tidligere teamhold " + tag, date(opened)));
        Axe.assertNoViolations(browser);
    }

    private String date(Instant at) {
        return Formats.date(at, DA.locale(), i18n);
    }
}
