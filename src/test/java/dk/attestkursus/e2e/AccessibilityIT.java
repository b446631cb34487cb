package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.e2e.pages.AccessDeniedPage;
import dk.attestkursus.e2e.pages.AccountsPage;
import dk.attestkursus.e2e.pages.CasePage;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.CreateAccountDialog;
import dk.attestkursus.e2e.pages.GuestInstructorsCard;
import dk.attestkursus.e2e.pages.LessonPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.e2e.pages.MunicipalitiesPage;
import dk.attestkursus.e2e.pages.MythPage;
import dk.attestkursus.e2e.pages.NotFoundPage;
import dk.attestkursus.e2e.pages.QuizPage;
import dk.attestkursus.e2e.pages.RunsPage;
import dk.attestkursus.e2e.pages.TeamsPage;
import dk.attestkursus.security.PersonalLinks;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/** axe-core finds no WCAG 2.1 A/AA violation on the main pages. */
@IntegrationTest
class AccessibilityIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    @Autowired
    PersonalLinks links;

    @Autowired
    SystemUser system;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CourseRunService runs;

    @Test
    void login_page() {
        LoginPage.open(browser);
        Axe.assertNoViolations(browser);
    }

    @Test
    void login_page_with_its_error_message() {
        LoginPage login = LoginPage.open(browser).loginExpectingRefusal(TestAccounts.uniqueUsername("axe"), "wrong");
        assertThat(login.errorShown()).isTrue();
        Axe.assertNoViolations(browser);
    }

    @ParameterizedTest
    @EnumSource(
            value = DemoUser.class,
            names = {"SAGSBEHANDLER", "PRAKSISKONSULENT", "LEDER", "ADMIN"})
    void start_page_of_each_role(DemoUser user) {
        MainLayoutPage page = LoginPage.open(browser).login(user.username, DemoUser.PASSWORD);
        assertThat(page.path()).isEqualTo(user.startPath);
        Axe.assertNoViolations(browser);
    }

    @Test
    void accounts_view() {
        LoginPage.open(browser).login(DemoUser.ADMIN.username, DemoUser.PASSWORD);
        AccountsPage.open(browser);
        Axe.assertNoViolations(browser);
    }

    @Test
    void create_account_dialog_with_errors() {
        LoginPage.open(browser).login(DemoUser.ADMIN.username, DemoUser.PASSWORD);
        CreateAccountDialog dialog = AccountsPage.open(browser).openCreateDialog();
        dialog.save();
        assertThat(dialog.invalid(CreateAccountDialog.NAME)).isTrue();
        Axe.assertNoViolations(browser);
    }

    @Test
    void lesson() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        LessonPage lesson = new CourseHomePage(browser).openModule(1).openLesson(1);
        assertThat(lesson.bodyText()).isNotBlank();
        Axe.assertNoViolations(browser);
    }

    @Test
    void not_found_page() {
        LoginPage.open(browser).login(DemoUser.LEDER.username, DemoUser.PASSWORD);
        NotFoundPage.open(browser, "/findes-ikke");
        Axe.assertNoViolations(browser);
    }

    @Test
    void access_denied_page() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        browser.open("/admin");
        new AccessDeniedPage(browser);
        Axe.assertNoViolations(browser);
    }

    @Test
    void knowledge_check_with_feedback_and_a_case_with_the_experts_answer() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        QuizPage quiz = new CourseHomePage(browser).openModule(1).openQuiz();
        assertThat(quiz.answerWithoutChoosing(firstQuestionId())).isNotBlank();
        Axe.assertNoViolations(browser);

        CasePage cases = CasePage.openList(browser);
        Axe.assertNoViolations(browser);
        cases.openCase(1);
        Axe.assertNoViolations(browser);
    }

    @Test
    void the_platform_administrators_municipalities_and_the_national_view() {
        LoginPage.open(browser).login("platform", DemoUser.PASSWORD);
        assertThat(browser.path()).isEqualTo(MunicipalitiesPage.PATH);
        new MunicipalitiesPage(browser);
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "platform-municipalities");
        browser.click(By.xpath("//*[@id='municipalities']//vaadin-button[normalize-space(.)='"
                + Texts.DA.get("municipalities.rename") + "']"));
        browser.findVisible(By.id("municipality-new-name"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "platform-rename-dialog");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.waitUntil(d -> !browser.isPresent(By.id("municipality-new-name")));
        browser.open("/national");
        browser.find(By.id("national-quality"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "national-view");
    }

    @Test
    void the_municipalitys_own_page_and_its_editor() {
        LoginPage.open(browser).login(DemoUser.ADMIN.username, DemoUser.PASSWORD);
        browser.open("/kommune");
        browser.find(By.id("local-page"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "local-page");
        browser.open("/admin/kommuneside");
        browser.find(By.id("local-preview"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "local-page-editor");
    }

    @Test
    void the_self_service_pages_of_issue_22() {
        browser.open("/glemt-adgangskode");
        browser.find(By.id("forgot-who"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "forgot-password");
        browser.open("/adgangskode?token=forkert");
        browser.find(By.id("choose-problem"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "choose-password-unknown");
        String token = system.call(() -> links.requestReset("sagsbehandler@demo.attestkursus.dk"))
                .orElseThrow()
                .token();
        browser.open("/adgangskode?token=" + token);
        browser.find(By.id("choose-password"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "choose-password");

        LoginPage.open(browser).login(DemoUser.JOBCENTER.username, DemoUser.PASSWORD);
        browser.open("/min-konto");
        browser.find(By.id("my-password-save"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "my-account");
        long run = fixtures.as(DemoUser.JOBCENTER.username, () -> runs.myRunsAsInstructor())
                .getFirst()
                .id()
                .value();
        browser.open("/underviser/hold/" + run + "/konti");
        browser.find(By.id("run-accounts-summary"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "run-accounts");
    }

    @Test
    void the_municipalitys_teams_and_their_dialogs() {
        LoginPage.open(browser).login(DemoUser.ADMIN.username, DemoUser.PASSWORD);
        TeamsPage teams = TeamsPage.open(browser);
        assertThat(teams.names()).contains("Sygedagpengeteamet");
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "admin-teams");
        for (String button : List.of("teams.edit", "teams.members")) {
            browser.click(
                    By.xpath("//*[@id='teams']//vaadin-button[normalize-space(.)='" + Texts.DA.get(button) + "']"));
            String field = button.equals("teams.edit") ? "team-edit-name" : "team-members";
            browser.findVisible(By.id(field));
            Axe.assertNoViolations(browser);
            Screenshots.pages(browser, button.equals("teams.edit") ? "admin-team-edit" : "admin-team-members");
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            browser.waitUntil(d -> !browser.isPresent(By.id(field)));
        }
    }

    @Test
    void a_leaders_figures_beside_the_national_average() {
        LoginPage.open(browser).login(DemoUser.LEDER.username, DemoUser.PASSWORD);
        browser.open("/leder/resultater");
        browser.find(By.id("national-compare"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "leader-national-average");
    }

    @Test
    void a_runs_guest_instructors_for_its_administrator() {
        LoginPage.open(browser).login("th-admin", DemoUser.PASSWORD);
        RunsPage.open(browser).openRun(0);
        new GuestInstructorsCard(browser);
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "run-guest-instructors");
    }

    @Test
    void instructors_run_statistics() {
        LoginPage.open(browser).login(DemoUser.PRAKSISKONSULENT.username, DemoUser.PASSWORD);
        browser.open("/underviser/laering");
        browser.find(By.className("run-learning"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "instructor-learning");
    }

    @Test
    void the_myths_list_and_the_instructors_poll_page_without_a_poll() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        MythPage.openList(browser);
        Axe.assertNoViolations(browser);
        new MainLayoutPage(browser).logout().login(DemoUser.JOBCENTER.username, DemoUser.PASSWORD);
        browser.open("/underviser/myter");
        browser.find(By.id("poll-myths"));
        Axe.assertNoViolations(browser);
    }

    @Test
    void the_runs_a_run_its_programme_and_the_projector_before_the_session() {
        LoginPage.open(browser).login(DemoUser.PRAKSISKONSULENT.username, DemoUser.PASSWORD);
        RunsPage runs = RunsPage.open(browser);
        Axe.assertNoViolations(browser);
        String runPath = browser.find(By.cssSelector("#run-list .card-action")).getDomAttribute("href");
        browser.open(runPath);
        browser.find(By.id("participants-grid"));
        Axe.assertNoViolations(browser);
        runs.followLink("session.programme");
        browser.find(By.id("programme-total"));
        Axe.assertNoViolations(browser);
        browser.open(runPath.replace("hold/", "underviser/session/") + "/praesentation");
        browser.find(By.id("slide"));
        Axe.assertNoViolations(browser);
    }

    @Test
    void check_in_with_a_wrong_code_and_the_follow_page_before_the_session() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        browser.open("/kursus/tjek-ind");
        browser.find(By.cssSelector("#check-in-code-field input")).sendKeys("FORKERT", Keys.ENTER);
        browser.waitUntil(d -> browser.find(By.id("check-in-code-field")).getDomAttribute("invalid") != null);
        assertThat(browser.find(By.id("check-in-code-field")).getDomProperty("errorMessage"))
                .isEqualTo(Texts.DA.get("run.refused.unknown_code"));
        Axe.assertNoViolations(browser);
        browser.open("/kursus/session");
        browser.find(By.id("follow-now"));
        Axe.assertNoViolations(browser);
    }

    private String firstQuestionId() {
        return browser.find(By.className("quiz-question")).getDomAttribute("data-question");
    }
}
