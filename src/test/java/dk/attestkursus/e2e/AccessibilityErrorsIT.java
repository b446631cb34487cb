package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.ActionPlanPage;
import dk.attestkursus.e2e.pages.CasePage;
import dk.attestkursus.e2e.pages.ChoosePasswordPage;
import dk.attestkursus.e2e.pages.FollowUpPage;
import dk.attestkursus.e2e.pages.GuestInstructorsCard;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MunicipalitiesPage;
import dk.attestkursus.e2e.pages.MythPage;
import dk.attestkursus.e2e.pages.RequestEditorPage;
import dk.attestkursus.e2e.pages.ReviewPage;
import dk.attestkursus.e2e.pages.RunsPage;
import dk.attestkursus.e2e.pages.SingleSignOnPage;
import dk.attestkursus.e2e.pages.TeamsPage;
import dk.attestkursus.e2e.pages.VerifyPage;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.PersonalLinks;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * axe-core on each form in its error state (issue 24), the ones the other browser tests leave out: a
 * refused field must keep its label, its message must be tied to it and readable in contrast.
 */
@IntegrationTest
class AccessibilityErrorsIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final String EXERCISE = "oevelse-kim-lae-285";

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    ExerciseService exercises;

    @Autowired
    PersonalLinks links;

    @Autowired
    SystemUser system;

    @Test
    void a_request_with_a_cpr_number_and_the_question_before_leaving_it() {
        CreatedAccount writer = caseworkerInRun("axe-cpr", Duration.ofDays(2));
        LoginPage.open(browser).login(writer.account().username(), writer.initialPassword());
        RequestEditorPage editor = RequestEditorPage.open(browser, EXERCISE);
        editor.type("request-background", "Kim, 010180-1234, har ondt i ryggen.");
        assertThat(editor.error("request-background")).isNotEmpty();
        Axe.assertNoViolations(browser);

        browser.click(By.cssSelector("a[href='kursus/anmodninger'], a[href='/kursus/anmodninger']"));
        browser.findVisible(By.id("request-leave-anyway"));
        Axe.assertNoViolations(browser);
        browser.click(By.id("request-leave-anyway"));
        browser.waitUntil(d -> browser.path().equals(RequestEditorPage.LIST_PATH));
    }

    @Test
    void a_review_returned_without_its_scores() {
        CreatedAccount writer = caseworkerInRun("axe-uden-point", Duration.ofDays(2));
        CourseRunId run = lastRun;
        CreatedAccount teacher = new TestAccounts(accounts, contexts).create("axe-bedoemmer", Role.INSTRUCTOR);
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);
        fixtures.as(
                writer.account().username(),
                () -> exercises.submit(
                        EXERCISE,
                        run,
                        new RequestFields(
                                "LÆ 285",
                                "Attesten skal bruges til at planlægge den første opfølgning.",
                                "Kim er lagerarbejder og har ondt i ryggen.",
                                List.of("Hvilke skånehensyn skal der tages de næste fire uger?"),
                                false,
                                "",
                                ""),
                        -1));
        LoginPage.open(browser).login(teacher.account().username(), teacher.initialPassword());
        ReviewPage.openQueue(browser).openFirst();
        browser.click(By.id("review-return"));
        browser.waitUntil(d -> !browser.findAll(By.cssSelector("#rubric vaadin-radio-group[invalid]"))
                .isEmpty());
        Axe.assertNoViolations(browser);
    }

    @Test
    void a_caseworkers_answers_left_out() {
        CreatedAccount me = caseworkerInRun("axe-svar", Duration.ofDays(-15));
        LoginPage.open(browser).login(me.account().username(), me.initialPassword());

        MythPage myths = MythPage.openList(browser);
        myths.openMyth(myths.mythIds().getFirst());
        assertThat(myths.submitWithoutChoosing()).isNotEmpty();
        Axe.assertNoViolations(browser);

        CasePage.openList(browser).openCase(1);
        browser.click(By.id("case-submit"));
        browser.waitUntil(d -> browser.find(By.id("case-choice")).getDomAttribute("invalid") != null);
        Axe.assertNoViolations(browser);

        ActionPlanPage plan = ActionPlanPage.open(browser);
        plan.write(0, "Jeg skriver formålet for borger 010185-1234 først.", "I næste anmodning")
                .save();
        assertThat(plan.error("action-change-0")).isNotEmpty();
        Axe.assertNoViolations(browser);
        plan.write(0, "Jeg skriver altid, hvad attesten skal bruges til.", "I næste anmodning")
                .save();
        FollowUpPage followUp = plan.openCheckIn(1);
        followUp.save();
        assertThat(followUp.outcomeError(0)).isNotEmpty();
        Axe.assertNoViolations(browser);

        browser.open("/min-konto");
        fillPassword("my-current", "ikke-den-rigtige");
        fillPassword("my-password", "kort");
        fillPassword("my-repeat", "andet");
        browser.click(By.id("my-password-save"));
        browser.waitUntil(d -> !browser.findAll(By.cssSelector("vaadin-password-field[invalid]"))
                .isEmpty());
        Axe.assertNoViolations(browser);
    }

    @Test
    void a_self_assessment_with_no_answers() {
        CreatedAccount me = caseworkerInRun("axe-selv", Duration.ofDays(10));
        LoginPage.open(browser).login(me.account().username(), me.initialPassword());
        browser.open("kursus/selvvurdering/foer");
        browser.click(By.id("self-assessment-save"));
        browser.waitUntil(d -> browser.find(By.cssSelector("vaadin-radio-group.survey-statement"))
                        .getDomAttribute("invalid")
                != null);
        Axe.assertNoViolations(browser);
    }

    @Test
    void an_instructors_mail_plan_with_no_date() {
        CreatedAccount teacher = new TestAccounts(accounts, contexts).create("axe-mailplan", Role.INSTRUCTOR);
        caseworkerInRun("axe-mailmodtager", Duration.ofDays(10));
        fixtures.enrol(lastRun, teacher.account().username(), EnrolmentRole.INSTRUCTOR);
        LoginPage.open(browser).login(teacher.account().username(), teacher.initialPassword());
        browser.open("underviser/hold/" + lastRun.value() + "/mails");
        WebElement date = browser.findOnScreen(By.cssSelector("[id^='mail-date-'] input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
        browser.waitForVaadin();
        browser.click(By.cssSelector("[id^='mail-move-']"));
        browser.waitUntil(
                d -> browser.find(By.cssSelector("[id^='mail-date-']")).getDomAttribute("invalid") != null);
        Axe.assertNoViolations(browser);
    }

    @Test
    void the_administrators_forms_refusing() {
        LoginPage.open(browser).login(DemoUser.ADMIN.username, DemoUser.PASSWORD);
        assertThat(TeamsPage.open(browser).createExpectingNameError("")).isNotEmpty();
        Axe.assertNoViolations(browser);

        SingleSignOnPage sso = SingleSignOnPage.open(browser);
        sso.save("ikke en adresse", "", "", "hjoerring kommune", true);
        assertThat(sso.invalidFields()).isNotEmpty();
        Axe.assertNoViolations(browser);

        browser.open("/admin/kommuneside");
        WebElement markdown = browser.find(By.cssSelector("#local-markdown textarea"));
        markdown.sendKeys(Keys.END, "\n\nRing til Kim, 010180-1234.");
        browser.click(By.id("local-save"));
        browser.waitUntil(d -> browser.find(By.id("local-markdown")).getDomAttribute("invalid") != null);
        Axe.assertNoViolations(browser);

        LoginPage.open(browser).login("th-admin", DemoUser.PASSWORD);
        RunsPage.open(browser).openRun(0);
        assertThat(new GuestInstructorsCard(browser).invite("ukendt@eksempel.dk"))
                .isNotEmpty();
        Axe.assertNoViolations(browser);

        LoginPage.open(browser).login(DemoUser.PLATFORM.username, DemoUser.PASSWORD);
        assertThat(new MunicipalitiesPage(browser).createExpectingNameError("")).isNotEmpty();
        Axe.assertNoViolations(browser);
    }

    @Test
    void the_forms_before_logging_in_refusing() {
        browser.open("/glemt-adgangskode");
        browser.click(By.id("forgot-send"));
        browser.waitUntil(d -> browser.find(By.id("forgot-who")).getDomAttribute("invalid") != null);
        Axe.assertNoViolations(browser);

        VerifyPage verify = VerifyPage.open(browser, "").check("");
        assertThat(verify.fieldError()).isNotEmpty();
        Axe.assertNoViolations(browser);

        CreatedAccount someone = new TestAccounts(accounts, contexts).create("axe-ny-kode", Role.PARTICIPANT);
        // Reset links are the platform's to make (they go by mail only, decision 028).
        String token = system.call(() -> links.requestReset(someone.account().email()))
                .orElseThrow()
                .token();
        ChoosePasswordPage choose = ChoosePasswordPage.open(browser, "/adgangskode?token=" + token);
        assertThat(choose.choose("en lang og god saetning", "en anden saetning"))
                .isNotEmpty();
        Axe.assertNoViolations(browser);
    }

    private CourseRunId lastRun;

    /** A new caseworker in a new run that starts {@code in} from now (negative: held). */
    private CreatedAccount caseworkerInRun(String prefix, Duration in) {
        CreatedAccount caseworker = new TestAccounts(accounts, contexts).create(prefix, Role.PARTICIPANT);
        lastRun = fixtures.run("Axe-fejlhold", Instant.now().plus(in));
        fixtures.enrol(lastRun, caseworker.account().username(), EnrolmentRole.PARTICIPANT);
        return caseworker;
    }

    private void fillPassword(String id, String value) {
        browser.find(By.cssSelector("#" + id + " input")).sendKeys(value, Keys.TAB);
        browser.waitForVaadin();
    }
}
