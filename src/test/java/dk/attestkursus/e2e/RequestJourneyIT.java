package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.RequestEditorPage;
import dk.attestkursus.e2e.pages.ReviewPage;
import dk.attestkursus.requests.RequestPdfTest;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A caseworker writes a request and sees guidance; a CPR number is refused at its field and not
 * stored; markup stays text; the request is submitted; an instructor scores it with the rubric and
 * returns it with the GP's reading; the caseworker reads the feedback, revises and resubmits.
 */
@IntegrationTest
class RequestJourneyIT {

    @RegisterExtension
    static final Browser caseworkerBrowser = Browser.danish();

    @RegisterExtension
    static final Browser instructorBrowser = Browser.danish();

    private static final Texts DA = Texts.DA;
    private static final String EXERCISE = "oevelse-kim-lae-285";

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void write_get_guidance_submit_get_feedback_revise_and_resubmit() throws Exception {
        TestAccounts testAccounts = new TestAccounts(accounts, contexts);
        CreatedAccount writer = testAccounts.create("skriver", Role.PARTICIPANT);
        CreatedAccount teacher = testAccounts.create("underviser", Role.INSTRUCTOR);
        CourseRunId run = fixtures.run("Skrivehold", Instant.now().plus(2, ChronoUnit.DAYS));
        fixtures.enrol(run, writer.account().username(), EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);

        LoginPage.open(caseworkerBrowser).login(writer.account().username(), writer.initialPassword());
        RequestEditorPage editor = RequestEditorPage.open(caseworkerBrowser, EXERCISE);
        assertThat(editor.guidanceKinds()).contains("PURPOSE_MISSING", "FORM_MISSING", "NO_QUESTIONS");
        Axe.assertNoViolations(caseworkerBrowser);

        editor.chooseForm("LÆ 265");
        editor.type("request-purpose", "Borgeren er aktivitetsparat.");
        assertThat(editor.savedText()).startsWith("Gemt kl.");
        assertThat(editor.guidanceKinds()).contains("PURPOSE_UNCLEAR", "FORM_MISMATCH", "JARGON");
        editor.type("request-question-1", "Hvad er borgerens arbejdsevne?");
        assertThat(editor.guidanceKinds()).contains("DECISION_QUESTION");

        // A CPR number is refused at its field and never stored; the screen keeps the text.
        editor.type("request-background", "Kim, 010180-\n1234, har ondt i ryggen.");
        assertThat(editor.error("request-background")).isEqualTo(DA.get("requests.error.cpr", 1));
        assertThat(editor.savedText())
                .as("the rest may be saved, never the text with the number")
                .containsIgnoringCase("teksten med CPR-nummeret")
                .contains("her på siden");
        assertThat(jdbc.queryForObject(
                        "select count(*) from request_draft where background like '%1234%'", Integer.class))
                .isZero();

        editor.type("request-background", "Kim er lagerarbejder <b>og</b> har ondt i ryggen.");
        assertThat(editor.error("request-background")).isEmpty();
        editor.chooseForm("LÆ 285");
        editor.type("request-purpose", "Attesten skal bruges til at planlægge den første opfølgning.");
        editor.type("request-question-1", "Hvilke skånehensyn skal der tages de næste fire uger?");
        editor.consent(true);
        editor.type("request-consent-for", "Oplysninger om ryggen fra egen læge til sygedagpengesagen.");
        assertThat(editor.guidanceKinds())
                .contains("PLAIN_LANGUAGE")
                .doesNotContain("JARGON", "DECISION_QUESTION", "FORM_MISMATCH", "PURPOSE_UNCLEAR");
        editor.submit();
        assertThat(editor.status()).isEqualTo("SUBMITTED");

        // The instructor reviews with the rubric and returns the feedback with the GP's reading.
        LoginPage.open(instructorBrowser).login(teacher.account().username(), teacher.initialPassword());
        ReviewPage queue = ReviewPage.openQueue(instructorBrowser);
        assertThat(queue.waiting()).isEqualTo(DA.get("reviews.waiting", 1));
        ReviewPage review = queue.openFirst();
        assertThat(review.requestText()).contains("Kim er lagerarbejder <b>og</b> har ondt i ryggen.");
        Axe.assertNoViolations(instructorBrowser);
        for (String criterion : new String[] {"purpose", "form", "questions", "roles", "language", "information"}) {
            review.score(criterion, 2, "");
        }
        review.score("questions", 1, "Spørg også til, hvornår han kan løfte igen.");
        review.gpReading("Som læge kan jeg svare på det her uden en ny konsultation.");
        review.returnFeedback();
        assertThat(review.who())
                .contains(DA.get("review.returnedBy", "E2E " + teacher.account().username()));

        // The caseworker reads the feedback, revises and resubmits.
        editor = RequestEditorPage.open(caseworkerBrowser, EXERCISE);
        assertThat(editor.status()).isEqualTo("RETURNED");
        assertThat(editor.feedback(1))
                .contains("Spørg også til, hvornår han kan løfte igen.")
                .contains("Som læge kan jeg svare på det her uden en ny konsultation.");
        Axe.assertNoViolations(caseworkerBrowser);
        String pdf = RequestPdfTest.text(editor.pdf(1));
        assertThat(pdf)
                .contains("Spørg også til, hvornår han kan løfte igen.")
                .contains("Kim er lagerarbejder <b>og</b> har ondt i ryggen.")
                .contains(DA.get("review.gpReading"))
                .containsPattern("Version 1 – sendt \\p{L}+dag \\d+\\. \\p{L}+ \\d{4} kl\\. \\d")
                .contains("Givet af E2E " + teacher.account().username() + ", ")
                .as("the web page's instruction is not part of the request")
                .doesNotContain("Skriv anmodningen");
        editor.addQuestion();
        editor.type("request-question-2", "Hvornår forventer du, at han kan løfte igen?");
        editor.submit();
        assertThat(editor.status()).isEqualTo("SUBMITTED");
        assertThat(editor.changes(2))
                .contains(DA.get("requests.field.question", 2))
                .contains("Hvornår forventer du, at han kan løfte igen?")
                .as("only the new question changed")
                .doesNotContain(DA.get("requests.anchor.consent"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from request_version where exercise_id = ? and account_id = ?",
                        Integer.class,
                        EXERCISE,
                        fixtures.id(writer.account().username())))
                .isEqualTo(2);

        // On a phone the form and the guidance stack; nothing scrolls sideways.
        caseworkerBrowser.setViewportWidth(360, 740);
        editor = RequestEditorPage.open(caseworkerBrowser, EXERCISE);
        assertThat(editor.scrollsHorizontally()).as("request editor at 360 px").isFalse();
    }
}
