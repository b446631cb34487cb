package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.RequestEditorPage;
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
 * A save that fails for another reason than a conflict (issue 18: every write failed while the
 * database held a closed connection) says that it failed, keeps the text on the screen, never
 * claims a conflict, and goes through by itself once the fault is gone.
 */
@IntegrationTest
class SaveFailureIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final String EXERCISE = "oevelse-kim-lae-285";
    private static final String REFUSED_TEXT = "Kim er lagerarbejder og har været sygemeldt i fire uger.";

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_failed_save_says_so_keeps_the_text_and_saves_when_the_database_is_back() {
        CreatedAccount writer = new TestAccounts(accounts, contexts).create("gemmer", Role.PARTICIPANT);
        CourseRunId run = fixtures.run("Gemmehold", Instant.now().plus(2, ChronoUnit.DAYS));
        fixtures.enrol(run, writer.account().username(), EnrolmentRole.PARTICIPANT);
        LoginPage.open(browser).login(writer.account().username(), writer.initialPassword());
        RequestEditorPage editor = RequestEditorPage.open(browser, EXERCISE);
        editor.type("request-purpose", "Attesten skal bruges til at planlægge opfølgningen.");
        assertThat(editor.shown()).isEqualTo("saved");

        jdbc.execute("alter table request_draft add constraint e2e_save_fails_ck check (background <> '" + REFUSED_TEXT
                + "')");
        try {
            editor.typeOn("request-background", REFUSED_TEXT);
            String failed = editor.waitForStatus("failed");
            assertThat(failed)
                    .startsWith("Ikke gemt: Det lykkedes ikke at gemme kl.")
                    .contains("Din tekst er her stadig")
                    .doesNotContain("andet vindue")
                    .doesNotContain("Genindlæs");
            assertThat(editor.value("request-background")).isEqualTo(REFUSED_TEXT);
            assertThat(jdbc.queryForObject(
                            "select count(*) from request_draft where background = ?", Integer.class, REFUSED_TEXT))
                    .isZero();
        } finally {
            jdbc.execute("alter table request_draft drop constraint e2e_save_fails_ck");
        }

        // The page tries again by itself; no click, no reload.
        assertThat(editor.waitForStatus("saved")).startsWith("Gemt kl.");
        RequestEditorPage reopened = RequestEditorPage.open(browser, EXERCISE);
        assertThat(reopened.value("request-background")).isEqualTo(REFUSED_TEXT);
        assertThat(reopened.offersUnsavedText())
                .as("saved text is not offered again")
                .isFalse();
    }
}
