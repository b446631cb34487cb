package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.ActionPlanPage;
import dk.attestkursus.e2e.pages.FollowUpPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A caseworker on a phone (360 px) after the session: the start page points to the action plan; a CPR
 * number in it is refused at its field and not stored; the plan is saved; the first follow-up is
 * open, a missing answer is pointed out, and the check-in is saved; the start page then moves on.
 */
@IntegrationTest
class TransferJourneyIT {

    @RegisterExtension
    static final Browser phone = Browser.danish();

    @RegisterExtension
    static final Browser desk = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void write_an_action_plan_and_check_in_at_the_first_follow_up() {
        CreatedAccount writer = new TestAccounts(accounts, contexts).create("plan", Role.PARTICIPANT);
        // The session was 15 days ago: the first follow-up (+2 weeks) is open.
        CourseRunId run = fixtures.run("Planhold", Instant.now().minus(Duration.ofDays(15)));
        fixtures.enrol(run, writer.account().username(), EnrolmentRole.PARTICIPANT);
        phone.setViewportWidth(360, 780);

        // A link from a mail leads to the task itself after logging in.
        phone.open(ActionPlanPage.PATH);
        new LoginPage(phone).login(writer.account().username(), writer.initialPassword());
        assertThat(phone.path()).isEqualTo("/" + ActionPlanPage.PATH);
        phone.open("kursus");
        assertThat(phone.find(By.id("action-plan-todo")).getDomProperty("textContent"))
                .isEqualTo(DA.get("transfer.card.planOpen"));
        phone.click(By.id("action-plan-todo"));
        ActionPlanPage plan = new ActionPlanPage(phone);
        Axe.assertNoViolations(phone);
        assertThat(plan.scrollsHorizontally()).isFalse();

        plan.write(0, "Jeg skriver formålet for borger 010185-1234 først.", "I næste anmodning")
                .save();
        assertThat(plan.error("action-change-0")).isEqualTo(DA.get("transfer.error.cpr"));
        assertThat(plan.value("action-change-0")).contains("010185-1234");
        assertThat(jdbc.queryForObject(
                        "select count(*) from action_item where course_run_id = ?", Integer.class, run.value()))
                .isZero();

        plan.write(0, "Jeg skriver altid, hvad attesten skal bruges til.", "I næste anmodning om en LÆ 285")
                .write(1, "Jeg stryger spørgsmål, som kommunen selv skal vurdere.", "Denne uge")
                .save();
        assertThat(plan.status()).isEqualTo(DA.get("transfer.plan.saved", 2));
        assertThat(plan.error("action-change-0")).isEmpty();

        FollowUpPage followUp = plan.openCheckIn(1);
        Axe.assertNoViolations(phone);
        followUp.answer(0, DA.get("transfer.outcome.tried"), "Lægen svarede hurtigere.")
                .save();
        assertThat(followUp.outcomeError(1)).isEqualTo(DA.get("transfer.error.outcome"));
        assertThat(followUp.status()).isEqualTo(DA.get("transfer.followUp.fix"));
        followUp.answer(1, DA.get("transfer.outcome.not_yet"), "Ingen nye sager med attester endnu.")
                .save();
        assertThat(followUp.status()).isEqualTo(DA.get("transfer.followUp.saved"));
        assertThat(followUp.offersFollowUpRequest()).isFalse();
        assertThat(jdbc.queryForList("""
                select c.outcome from action_check_in c join action_item i on i.id = c.action_item_id
                where i.course_run_id = ? order by i.position""", String.class, run.value())).containsExactly("TRIED", "NOT_YET");

        // Back on the start page, the plan card says what is next (the second follow-up is weeks away).
        phone.open("kursus");
        assertThat(phone.find(By.id("action-plan-todo")).getDomProperty("textContent"))
                .isEqualTo(DA.get("transfer.card.planSee"));
        // The second follow-up is not open yet and says when it opens.
        phone.open("kursus/opfoelgning/2");
        assertThat(phone.find(By.cssSelector(".empty-state")).getDomProperty("textContent"))
                .startsWith("Opfølgningen åbner");
    }

    @Test
    void prepare_before_the_session_while_the_instructor_previews_and_moves_the_mails() {
        TestAccounts testAccounts = new TestAccounts(accounts, contexts);
        CreatedAccount writer = testAccounts.create("forbered", Role.PARTICIPANT);
        CreatedAccount teacher = testAccounts.createInstructor("mailunderviser", InstructorKind.JOBCENTER);
        CourseRunId run = fixtures.run("Forberedelseshold", Instant.now().plus(Duration.ofDays(10)));
        fixtures.enrol(run, writer.account().username(), EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);

        // The caseworker: the start page leads to the preparation; the self-assessment refuses a missing answer.
        LoginPage.open(phone).login(writer.account().username(), writer.initialPassword());
        phone.click(By.id("prep-todo"));
        phone.find(By.id("prep-tasks"));
        assertThat(phone.findAll(By.cssSelector(".prep-card[data-done='false']")))
                .hasSize(3);
        Axe.assertNoViolations(phone);
        phone.click(By.id("prep-self-assessment"));
        phone.find(By.id("self-assessment-save"));
        List<WebElement> groups = phone.findAll(By.cssSelector("vaadin-radio-group.survey-statement"));
        assertThat(groups).hasSizeBetween(6, 10);
        for (int i = 1; i < groups.size(); i++) {
            phone.click(By.cssSelector("vaadin-radio-group.survey-statement:nth-of-type(" + (i + 1)
                    + ") vaadin-radio-button:nth-of-type(4) > label"));
        }
        phone.click(By.id("self-assessment-save"));
        phone.waitForVaadin();
        assertThat(phone.find(By.cssSelector("vaadin-radio-group.survey-statement"))
                        .getDomAttribute("invalid"))
                .isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from self_assessment where course_run_id = ?", Integer.class, run.value()))
                .isZero();
        phone.click(By.cssSelector(
                "vaadin-radio-group.survey-statement:nth-of-type(1) vaadin-radio-button:nth-of-type(2)" + " > label"));
        phone.click(By.id("self-assessment-save"));
        phone.waitForVaadin();
        assertThat(phone.find(By.id("self-assessment-status")).getDomProperty("textContent"))
                .isEqualTo(DA.get("transfer.self.saved"));
        Axe.assertNoViolations(phone);

        // The instructor: the run's mails, a preview, and moving the reminder.
        LoginPage.open(desk).login(teacher.account().username(), teacher.initialPassword());
        desk.open("underviser/hold/" + run.value() + "/mails");
        assertThat(desk.find(By.id("mail-plan-prep")).getDomProperty("textContent"))
                .isEqualTo(DA.get("transfer.mails.prep", 1, 1, 0, 0, 0));
        desk.click(By.id("mail-preview-button-introduktion"));
        desk.waitForVaadin();
        assertThat(desk.find(By.id("mail-preview-introduktion")).getDomProperty("textContent"))
                .contains("Forberedelseshold");
        Axe.assertNoViolations(desk);
        desk.open("underviser/hold/" + run.value() + "/selvvurdering");
        assertThat(desk.find(By.id("summary-foer")).getDomProperty("textContent"))
                .contains(DA.get("transfer.summary.answered", 1, 1));
        Axe.assertNoViolations(desk);
    }
}
