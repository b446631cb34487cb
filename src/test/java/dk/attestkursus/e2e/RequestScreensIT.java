package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.RequestEditorPage;
import dk.attestkursus.e2e.pages.ReviewPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The request screens as a first walk-through found them (issue 19): the rubric cut off at the
 * window's edge, the advice the caseworker saw hidden from the reviewer, the own-case form asking for
 * fictional details, parts of the form sharing a row, text typed after a CPR number lost, and own-case
 * requests missing from the list the start page counts.
 */
@IntegrationTest
class RequestScreensIT {

    @RegisterExtension
    static final Browser caseworkerBrowser = Browser.danish();

    @RegisterExtension
    static final Browser instructorBrowser = Browser.danish();

    private static final Texts DA = Texts.DA;
    private static final String OWN_BEFORE = "egen-anmodning-foer";
    private static final String KIM = "oevelse-kim-lae-285";

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_own_case_request_is_written_anonymised_and_reviewed_with_a_rubric_that_fits_and_the_advice_given() {
        TestAccounts testAccounts = new TestAccounts(accounts, contexts);
        CreatedAccount writer = testAccounts.create("egen", Role.PARTICIPANT);
        CreatedAccount teacher = testAccounts.create("rubrik", Role.INSTRUCTOR);
        CourseRunId run = fixtures.run("Rubrikhold", Instant.now().plus(2, ChronoUnit.DAYS));
        fixtures.enrol(run, writer.account().username(), EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);

        LoginPage.open(caseworkerBrowser).login(writer.account().username(), writer.initialPassword());
        RequestEditorPage editor = RequestEditorPage.open(caseworkerBrowser, OWN_BEFORE);
        assertThat(editor.helperText("request-background"))
                .isEqualTo(DA.get("requests.field.backgroundHelpOwn"))
                .doesNotContain("opdigtede");
        assertThat(editor.isAbove("request-add-question", "request-consent"))
                .as("'Tilføj spørgsmål' and the consent choice on rows of their own")
                .isTrue();
        editor.chooseForm("LÆ 285");
        assertThat(editor.clippedIn(".request-form"))
                .as("the whole form title shows")
                .isEmpty();
        editor.type("request-purpose", "Attesten skal bruges til at planlægge den første opfølgning.");
        editor.type("request-question-1", "Kan borgeren arbejde?");
        assertThat(editor.guidanceKinds()).contains("DECISION_QUESTION");
        editor.submit();

        LoginPage.open(instructorBrowser).login(teacher.account().username(), teacher.initialPassword());
        ReviewPage review = ReviewPage.openQueue(instructorBrowser).openFirst();
        for (int width : List.of(1280, 1920)) {
            instructorBrowser.setViewportWidth(width, 900);
            assertThat(review.clippedIn("#rubric")).as("rubric at %d px", width).isEmpty();
            assertThat(review.scrollsHorizontally()).isFalse();
        }
        assertThat(instructorBrowser.find(By.cssSelector("#guidance h2")).getText())
                .isEqualTo(DA.get("review.guidanceTitle"));
        assertThat(instructorBrowser.findAll(
                        By.cssSelector("[data-criterion='roles'] .rubric-advised[data-kind='DECISION_QUESTION']")))
                .hasSize(1);
        Axe.assertNoViolations(instructorBrowser);
    }

    @Test
    void text_with_a_cpr_number_stays_on_the_page_while_the_rest_is_saved_and_the_advice_keeps_up() {
        CreatedAccount writer = new TestAccounts(accounts, contexts).create("cprside", Role.PARTICIPANT);
        LoginPage.open(caseworkerBrowser).login(writer.account().username(), writer.initialPassword());
        RequestEditorPage editor = RequestEditorPage.open(caseworkerBrowser, KIM);
        editor.type("request-purpose", "Borgeren er aktivitetsparat.");
        assertThat(editor.guidanceKinds()).contains("JARGON");
        String withCpr = "Kim, 010180-1234, har ondt i ryggen.";
        editor.type("request-background", withCpr);
        assertThat(editor.error("request-background")).contains("CPR-nummer");

        // Typed after the CPR number, in another field: saved, and the advice follows the new text.
        editor.type("request-purpose", "Attesten skal bruges til at planlægge den første opfølgning.");
        assertThat(editor.savedText()).startsWith("Gemt kl.").contains("undtagen teksten med CPR-nummeret");
        assertThat(editor.guidanceKinds())
                .as("the advice follows the new purpose")
                .doesNotContain("JARGON");
        assertThat(jdbc.queryForObject(
                        "select purpose from request_draft where account_id = ?",
                        String.class,
                        writer.account().id().value()))
                .startsWith("Attesten skal bruges");
        assertThat(jdbc.queryForObject(
                        "select background from request_draft where account_id = ?",
                        String.class,
                        writer.account().id().value()))
                .as("never the CPR text")
                .doesNotContain("010180")
                .doesNotContain("1234");

        // Away and back in the same tab: the text with the CPR number is offered from the page's memory.
        editor.leaveToListConfirming();
        RequestEditorPage again = RequestEditorPage.openFromList(caseworkerBrowser, KIM);
        assertThat(again.value("request-purpose")).startsWith("Attesten skal bruges");
        assertThat(again.offersUnsavedText()).isTrue();
        caseworkerBrowser.click(By.id("request-unsaved-use"));
        assertThat(again.value("request-background")).isEqualTo(withCpr);
        assertThat(again.error("request-background")).contains("CPR-nummer");
        Object inStorage = caseworkerBrowser.script("""
                return Object.keys(window.localStorage).filter(k => k.startsWith('attestkursus.draft.'))
                  .map(k => window.localStorage.getItem(k)).join('|');""");
        assertThat(String.valueOf(inStorage))
                .as("the browser's storage never holds it")
                .doesNotContain("010180");
    }

    @Test
    void the_browser_keeps_no_text_that_holds_or_is_starting_a_cpr_number() {
        CreatedAccount writer = new TestAccounts(accounts, contexts).create("cprjs", Role.PARTICIPANT);
        LoginPage.open(caseworkerBrowser).login(writer.account().username(), writer.initialPassword());
        RequestEditorPage.open(caseworkerBrowser, KIM);
        for (String cpr : List.of(
                "010180-1234",
                "0101801234",
                "Kim 01 01 80 1234 har",
                "010180/1234",
                "01.01.80–1234",
                "０１０１８０-１２３４",
                "Kim,010180\n1234")) {
            assertThat(keeperSays("looksLikeCpr", cpr)).as(cpr).isTrue();
        }
        for (String ordinary : List.of(
                "Sygemeldt siden 12.03.2024 kl. 10",
                "Ring på 12 34 56 78",
                "Det kostede 1.639 kr.",
                "Sagsnummer 2024-118877")) {
            assertThat(keeperSays("looksLikeCpr", ordinary)).as(ordinary).isFalse();
            assertThat(keeperSays("startsCpr", ordinary)).as(ordinary).isFalse();
        }
        assertThat(keeperSays("startsCpr", "Kim, 0101")).isTrue();
        assertThat(keeperSays("startsCpr", "Kim, 010180-12")).isTrue();
        assertThat(keeperSays("startsCpr", "Kim, 01")).isFalse();
    }

    private boolean keeperSays(String function, String text) {
        return Boolean.TRUE.equals(caseworkerBrowser.script(
                "return window.attestkursusDraftKeeper." + function + "(arguments[0]);", text));
    }

    @Test
    void the_start_page_and_the_list_count_the_same_requests_own_cases_and_their_feedback_included() {
        LoginPage.open(caseworkerBrowser).login("ali", DemoUser.PASSWORD);
        String card = caseworkerBrowser.find(By.id("requests-feedback-ready")).getText();
        caseworkerBrowser.click(By.id("requests-todo"));
        caseworkerBrowser.find(By.id("own-requests"));
        List<String> statuses = caseworkerBrowser.findAll(By.cssSelector(".exercise-card")).stream()
                .map(c -> c.getDomAttribute("data-status"))
                .toList();
        long returned = statuses.stream().filter("RETURNED"::equals).count();
        assertThat(returned)
                .as("ali's two own-case requests came back with feedback")
                .isEqualTo(2);
        assertThat(card).isEqualTo(DA.get("requests.home.feedback", returned));
        assertThat(caseworkerBrowser.findAll(By.cssSelector("#own-requests [data-status='RETURNED'] a")))
                .extracting(a -> a.getText())
                .containsOnly(DA.get("requests.seeFeedback"));
        Axe.assertNoViolations(caseworkerBrowser);
    }
}
