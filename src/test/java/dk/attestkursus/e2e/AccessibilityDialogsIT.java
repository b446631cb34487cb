package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.certificates.CertificateService;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.AccountsPage;
import dk.attestkursus.e2e.pages.FacilitatorPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MunicipalitiesPage;
import dk.attestkursus.e2e.pages.ProgrammePage;
import dk.attestkursus.e2e.pages.ResultsPage;
import dk.attestkursus.e2e.pages.RunCertificatesPage;
import dk.attestkursus.e2e.pages.RunsPage;
import dk.attestkursus.e2e.pages.TeamsPage;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.results.ResultsSeed;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * axe-core with each dialog open (issue 24), the ones {@link AccessibilityIT} and the journeys leave out:
 * every confirmation, the new-password dialog, a run's dialogs, the leader's data extract, and the forms
 * inside dialogs in their error state. Each dialog is closed with Escape (nothing is changed) unless
 * confirming it is what opens the next.
 */
@IntegrationTest
class AccessibilityDialogsIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final String OPEN_DIALOG = "vaadin-dialog[opened], vaadin-confirm-dialog[opened]";

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    ResultsSeed seed;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    LearningService learning;

    @Autowired
    CourseContent content;

    @Autowired
    CertificateService certificates;

    @TempDir
    Path dir;

    @Test
    void the_administrators_confirmations_and_the_new_password() {
        CreatedAccount someone = new TestAccounts(accounts, contexts).create("axe-konto", Role.PARTICIPANT);
        String username = someone.account().username();
        String team = "Axe-team " + Unique.tag();
        fixtures.team(team);
        LoginPage.open(browser).login(DemoUser.ADMIN.username, DemoUser.PASSWORD);

        AccountsPage page = AccountsPage.open(browser);
        page.act(username, "deactivate");
        assertDialogAccessible();
        escape();
        page.act(username, "resetPassword");
        assertDialogAccessible();
        page.confirm();
        browser.findVisible(By.id("generated-password"));
        assertDialogAccessible();
        page.takeGeneratedPassword();

        TeamsPage teams = TeamsPage.open(browser);
        browser.click(By.xpath(
                "//*[@id='teams']//vaadin-button[@aria-label='" + Texts.DA.get("teams.deleteOne", team) + "']"));
        assertDialogAccessible();
        escape();
        assertThat(teams.names()).contains(team);
    }

    @Test
    void the_platform_administrators_delete_confirmation() {
        LoginPage.open(browser).login(DemoUser.PLATFORM.username, DemoUser.PASSWORD);
        new MunicipalitiesPage(browser);
        browser.click(By.xpath("(//*[@id='municipalities']//vaadin-button[normalize-space(.)='"
                + Texts.DA.get("municipalities.deleteShort") + "'])[1]"));
        assertDialogAccessible();
        escape();
    }

    @Test
    void logging_out_everywhere_asks_first() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        browser.open("/min-konto");
        browser.click(By.id("logout-everywhere"));
        assertDialogAccessible();
        escape();
    }

    @Test
    void a_runs_dialogs_its_cancellation_and_its_programme() {
        TestAccounts testAccounts = new TestAccounts(accounts, contexts);
        CreatedAccount teacher = testAccounts.create("axe-underviser", Role.INSTRUCTOR);
        CreatedAccount participant = testAccounts.create("axe-deltager", Role.PARTICIPANT);
        CourseRunId run = fixtures.run("Axe-hold", Instant.now().plus(3, ChronoUnit.DAYS));
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, participant.account().username(), EnrolmentRole.PARTICIPANT);
        LoginPage.open(browser).login(teacher.account().username(), teacher.initialPassword());

        browser.open("hold/" + run.value());
        browser.find(By.id("participant-count"));
        browser.click(By.id("add-participant"));
        assertDialogAccessible();
        browser.click(By.id("participant-save")); // nothing typed: the form's error state
        browser.waitUntil(d ->
                Boolean.parseBoolean(browser.find(By.id("participant-name")).getDomProperty("invalid")));
        assertDialogAccessible();
        escape();
        browser.click(By.id("import-participants"));
        assertDialogAccessible();
        escape();
        browser.click(By.cssSelector("#participants-grid vaadin-button[data-action='move']"));
        assertDialogAccessible();
        escape();
        browser.click(By.cssSelector("#participants-grid vaadin-button[data-action='withdraw']"));
        assertDialogAccessible();
        escape();

        RunsPage editor = RunsPage.openEditor(browser, run.value());
        browser.click(By.id("cancel-run")); // no reason: the card's error state
        assertThat(editor.cancelReasonError()).isNotEmpty();
        Axe.assertNoViolations(browser);
        editor.askToCancel("Underviseren er syg.");
        assertDialogAccessible();
        escape();

        browser.open("underviser/session/" + run.value() + "/program");
        ProgrammePage programme = new ProgrammePage(browser);
        browser.click(By.id("local-add")); // no title: the add form's error state
        browser.waitUntil(
                d -> Boolean.parseBoolean(browser.find(By.id("local-title")).getDomProperty("invalid")));
        Axe.assertNoViolations(browser);
        programme.addLocalBlock("Kommunens egen sag", 10, "Vi læser en anonymiseret anmodning.");
        browser.click(By.id("programme-reset"));
        assertDialogAccessible();
        escape();
        browser.click(By.xpath("//*[@id='programme']//vaadin-button[@aria-label='"
                + Texts.DA.get("programme.remove", "Kommunens egen sag") + "']"));
        assertDialogAccessible();
        escape();

        // Notes not saved: leaving the session page asks first.
        FacilitatorPage session = FacilitatorPage.open(browser, run.value());
        browser.find(By.cssSelector("#notes-text textarea")).sendKeys("Husk lokalet til opfølgningen.", Keys.TAB);
        browser.waitForVaadin();
        browser.click(By.id("programme-link"));
        assertDialogAccessible();
        escape();
        assertThat(session.path()).startsWith("/underviser/session/");
    }

    @Test
    void the_leaders_data_extract_with_its_problems_and_its_deletion() throws IOException {
        CreatedAccount leader = new TestAccounts(accounts, contexts).create("axe-leder", Role.LEADER);
        long leaderId = leader.account().id().value();
        long run = seed.run("Axe-resultathold " + leaderId, Instant.now().minus(70, ChronoUnit.DAYS));
        seed.team(leaderId, run, 6, 1, 2, "Der var ikke tid");
        LoginPage.open(browser).login(leader.account().username(), leader.initialPassword());
        ResultsPage page = ResultsPage.open(browser, "");

        browser.click(By.id("extract-open"));
        assertDialogAccessible();
        YearMonth last = YearMonth.now().minusMonths(1);
        String good = "måned;attest;sendt;returneret;udgift\r\n" + last + ";LÆ 265;8;1;\r\n";
        Path bad = dir.resolve("udtraek-fejl.csv");
        Files.writeString(bad, good + last.plusMonths(3) + ";LÆ 999;-1;0;\r\n", StandardCharsets.UTF_8);
        page.uploadExtract(bad);
        assertThat(page.extractProblems()).isNotEmpty();
        assertDialogAccessible();
        Path fixed = dir.resolve("udtraek.csv");
        Files.writeString(fixed, good, StandardCharsets.UTF_8);
        page.uploadExtract(fixed);
        assertDialogAccessible();
        page = page.storeExtract();
        browser.click(By.id("extract-delete"));
        assertDialogAccessible();
        escape();
        assertThat(page.isPresent("extract-delete")).isTrue();
    }

    @Test
    void withdrawing_a_certificate_asks_whose_and_then_to_confirm() {
        CreatedAccount holder = new TestAccounts(accounts, contexts).create("axe-bevis", Role.PARTICIPANT);
        String user = holder.account().username();
        CourseRunId run = fixtures.run("Axe-bevishold", Instant.now().minus(14, ChronoUnit.DAYS));
        fixtures.enrol(run, user, EnrolmentRole.PARTICIPANT);
        fixtures.as("admin", () -> {
            enrolment.setAttended(run, holder.account().id(), true);
            return null;
        });
        for (Module module : fixtures.as("admin", content::course).modules()) {
            module.lessons().forEach(l -> fixtures.as(user, () -> learning.markRead(l.id())));
            module.quiz().forEach(q -> fixtures.as(user, () -> learning.answer(q.id(), q.correctIndex())));
        }
        fixtures.as("admin", () -> certificates.issueForRun(run));
        LoginPage.open(browser).login(DemoUser.ADMIN.username, DemoUser.PASSWORD);
        RunCertificatesPage.open(browser, run.value());

        browser.click(By.id("withdraw-button")); // nobody chosen: the card's error state
        browser.waitUntil(d -> browser.find(By.id("withdraw-who")).getDomAttribute("invalid") != null);
        Axe.assertNoViolations(browser);
        browser.find(By.cssSelector("#withdraw-who input")).sendKeys("E2E " + user);
        browser.click(By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), 'E2E " + user + "')]"));
        browser.find(By.cssSelector("#withdraw-reason textarea")).sendKeys("Udstedt ved en fejl.");
        browser.click(By.id("withdraw-button"));
        assertDialogAccessible();
        escape();
    }

    /** Waits for an open dialog, then runs axe on the page with it. */
    private void assertDialogAccessible() {
        browser.waitUntil(d -> browser.isPresent(By.cssSelector(OPEN_DIALOG)));
        Axe.assertNoViolations(browser);
    }

    /** Closes the open dialog with Escape, as a keyboard user would, and waits until it is gone. */
    private void escape() {
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitUntil(d -> !browser.isPresent(By.cssSelector(OPEN_DIALOG)));
        browser.waitForVaadin();
    }
}
