package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.LiveSessionPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.PollHostPage;
import dk.attestkursus.e2e.pages.RequestEditorPage;
import dk.attestkursus.e2e.pages.ReviewPage;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The four tasks of issue 24 done with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows; no
 * mouse, no click on the element under test): a caseworker writes, saves and submits a request; a
 * caseworker votes in a live poll; an instructor scores a request with the rubric; a leader downloads a
 * table as CSV. Each control reached shows where the focus is.
 */
@IntegrationTest
class KeyboardJourneyIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    @RegisterExtension
    static final Browser instructorBrowser = Browser.danish();

    private static final Texts DA = Texts.DA;
    private static final String EXERCISE = "oevelse-kim-lae-285";
    private static final String MYTH = "roller-overskrides";

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    ExerciseService exercises;

    @Autowired
    CourseContent content;

    @TempDir
    Path downloads;

    private final Keyboard keys = new Keyboard(browser);

    @Test
    void a_caseworker_writes_saves_and_submits_a_request() {
        CreatedAccount writer = runOfThree("tast-skriver", 2 * 24 * 60).caseworker();
        LoginPage.open(browser).login(writer.account().username(), writer.initialPassword());
        browser.open(RequestEditorPage.LIST_PATH);

        keys.tabTo("#open-" + EXERCISE).press(Keys.ENTER);
        browser.waitUntil(d -> browser.path().equals(RequestEditorPage.LIST_PATH + "/" + EXERCISE));
        RequestEditorPage editor = new RequestEditorPage(browser);
        browser.find(By.id("request-purpose"));

        // The form: the list opens with an arrow key, arrows go to the form, Enter chooses it.
        keys.tabTo("#request-form-choice").press(Keys.ARROW_DOWN);
        browser.waitUntil(d ->
                Boolean.TRUE.equals(browser.script("return document.getElementById('request-form-choice').opened;")));
        for (int i = 0; i < 40 && !keys.focusedText().startsWith("LÆ 285"); i++) {
            keys.press(Keys.ARROW_DOWN);
        }
        assertThat(keys.focusedText()).startsWith("LÆ 285");
        savesAfter(() -> keys.press(Keys.ENTER));
        assertThat(browser.find(By.cssSelector("#request-form-choice vaadin-select-value-button"))
                        .getDomProperty("textContent"))
                .contains("LÆ 285");

        savesAfter(() -> keys.tabTo("#request-purpose").type("Attesten skal bruges til opfølgningen."));
        savesAfter(() -> keys.tabTo("#request-question-1")
                .type("Hvilke skånehensyn skal der tages de næste fire uger?")
                .tab());
        // Back with Shift+Tab to finish the purpose, then on to the consent.
        savesAfter(() -> keys.shiftTabTo("#request-purpose")
                .press(Keys.END)
                .type(" Vi planlægger den første opfølgning med arbejdsgiveren.")
                .tab());
        assertThat(editor.value("request-purpose"))
                .isEqualTo("Attesten skal bruges til opfølgningen."
                        + " Vi planlægger den første opfølgning med arbejdsgiveren.");
        keys.tabTo("#request-consent");
        assertThat(keys.focusedText()).isEqualTo(DA.get("requests.consent.yes"));
        savesAfter(() -> keys.press(Keys.SPACE));
        savesAfter(() -> keys.tabTo("#request-consent-for")
                .type("Oplysninger om ryggen fra egen læge til sygedagpengesagen.")
                .tab());
        assertThat(editor.savedText()).startsWith("Gemt kl.");

        keys.tabTo("#request-submit").press(Keys.ENTER);
        browser.waitUntil(d -> "SUBMITTED".equals(editor.status()));
    }

    @Test
    void a_caseworker_votes_in_a_live_poll() {
        Run people = runOfThree("tast-stemmer", 20);
        CreatedAccount voter = people.caseworker();
        CreatedAccount teacher = people.teacher();
        LoginPage.open(browser).login(voter.account().username(), voter.initialPassword());
        LiveSessionPage live = LiveSessionPage.open(browser);

        LoginPage.open(instructorBrowser).login(teacher.account().username(), teacher.initialPassword());
        PollHostPage.open(instructorBrowser).openPoll(MYTH);

        live.statement(); // arrives by push
        keys.tabTo("#vote-fact");
        assertThat(keys.focusedText()).isEqualTo(DA.get("myths.answer.fact"));
        keys.shiftTabTo("#vote-myth").press(Keys.SPACE);
        assertThat(live.yourVote()).isEqualTo(DA.get("live.yourVote", DA.get("myths.answer.myth")));
        assertThat(keys.focusIn("#live-your-vote"))
                .as("focus stays at the answer")
                .isTrue();
    }

    @Test
    void an_instructor_scores_a_request_with_the_rubric() {
        Run people = runOfThree("tast-bedoemt", 2 * 24 * 60);
        CreatedAccount writer = people.caseworker();
        CreatedAccount teacher = people.teacher();
        fixtures.as(
                writer.account().username(),
                () -> exercises.submit(
                        EXERCISE,
                        people.run(),
                        new RequestFields(
                                "LÆ 285",
                                "Attesten skal bruges til at planlægge den første opfølgning med arbejdsgiveren.",
                                "Kim er lagerarbejder og har ondt i ryggen.",
                                List.of("Hvilke skånehensyn skal der tages de næste fire uger?"),
                                true,
                                "Oplysninger fra egen læge om ryggen til brug i sygedagpengesagen.",
                                ""),
                        -1));

        Keyboard teacherKeys = new Keyboard(instructorBrowser);
        LoginPage.open(instructorBrowser).login(teacher.account().username(), teacher.initialPassword());
        ReviewPage.openQueue(instructorBrowser);
        teacherKeys.tabTo("#review-queue .queue-card a").press(Keys.ENTER);
        instructorBrowser.find(By.id("rubric"));
        ReviewPage review = new ReviewPage(instructorBrowser);

        Writing.Rubric rubric =
                fixtures.as("admin", () -> content.course().writing().rubric());
        for (Writing.Criterion criterion : rubric.criteria()) {
            int score = criterion.key().equals("questions") ? 1 : rubric.scale().getLast();
            // Tab lands on the group's first level; Space takes it, arrows move to and take the others.
            teacherKeys.tabTo("#score-" + criterion.key()).press(Keys.SPACE);
            for (int i = 0;
                    i < rubric.scale().size() && !teacherKeys.focusedText().startsWith(score + ":");
                    i++) {
                teacherKeys.press(Keys.ARROW_DOWN);
            }
            assertThat(teacherKeys.focusedText()).startsWith(score + ":");
            if (criterion.key().equals("questions")) {
                teacherKeys.tabTo("#comment-questions").type("Spørg også til, hvornår han kan løfte igen.");
            }
        }
        teacherKeys.tabTo("#review-gp").type("Som læge kan jeg svare på det her uden en ny konsultation.");
        teacherKeys.tabTo("#review-return").press(Keys.ENTER);
        instructorBrowser.waitUntil(d -> review.who().contains("retur"));
        assertThat(review.who())
                .contains(DA.get("review.returnedBy", "E2E " + teacher.account().username()));
        for (Writing.Criterion criterion : rubric.criteria()) {
            String checked = instructorBrowser
                    .find(By.cssSelector("#score-" + criterion.key() + " vaadin-radio-button[checked]"))
                    .getDomProperty("textContent");
            int expected =
                    criterion.key().equals("questions") ? 1 : rubric.scale().getLast();
            assertThat(checked).as(criterion.key()).startsWith(expected + ":");
        }
    }

    @Test
    void a_leader_downloads_a_table_as_csv() throws IOException {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of(
                                "behavior",
                                "allow",
                                "downloadPath",
                                downloads.toAbsolutePath().toString()));
        LoginPage.open(browser).login(DemoUser.LEDER.username, DemoUser.PASSWORD);
        browser.open("/leder/resultater");

        keys.tabTo("vaadin-details:has(#table-kvalitet) > vaadin-details-summary")
                .press(Keys.SPACE);
        browser.waitUntil(d -> browser.find(By.cssSelector("vaadin-details:has(#table-kvalitet)"))
                        .getDomAttribute("opened")
                != null);
        keys.tabTo("#csv-kvalitet");
        assertThat(keys.focusedText()).isEqualTo(DA.get("results.csv", DA.get("results.table.kvalitet")));
        keys.press(Keys.ENTER);

        Path file = downloads.resolve("kvalitet.csv");
        browser.waitUntil(d -> Files.exists(file)
                && !Files.exists(downloads.resolve("kvalitet.csv.crdownload"))
                && file.toFile().length() > 0);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .startsWith("\uFEFF" + DA.get("results.col.criterion") + ";")
                .contains("Formålet er beskrevet;");
    }

    /** A run of the test's own: the caseworker under test, another caseworker and an instructor. */
    private record Run(CourseRunId run, CreatedAccount caseworker, CreatedAccount teacher) {}

    /** A new run starting in {@code minutes} minutes, with two new caseworkers and a new jobcenter instructor. */
    private Run runOfThree(String prefix, int minutes) {
        TestAccounts testAccounts = new TestAccounts(accounts, contexts);
        CreatedAccount caseworker = testAccounts.create(prefix, Role.PARTICIPANT);
        CreatedAccount other = testAccounts.create(prefix + "-to", Role.PARTICIPANT);
        CreatedAccount teacher = testAccounts.create(prefix + "-underviser", Role.INSTRUCTOR);
        CourseRunId run = fixtures.run("Tastaturhold", Instant.now().plus(minutes, ChronoUnit.MINUTES));
        fixtures.enrol(run, caseworker.account().username(), EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, other.account().username(), EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);
        return new Run(run, caseworker, teacher);
    }

    /** Runs a keyboard action and waits until the request editor has tried a save since. */
    private void savesAfter(Runnable action) {
        String before = saves();
        action.run();
        browser.waitUntil(d -> !saves().equals(before));
        browser.waitUntil(d -> !"pending"
                .equals(browser.driver().findElement(By.id("request-saved")).getDomAttribute("data-shown")));
        browser.waitForVaadin();
    }

    private String saves() {
        String n = browser.find(By.id("request-saved")).getDomAttribute("data-saves");
        return n == null ? "0" : n;
    }
}
