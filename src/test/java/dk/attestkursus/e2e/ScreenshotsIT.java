package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.e2e.pages.RequestEditorPage;
import dk.attestkursus.e2e.pages.ReviewPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.NewAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The screens people judge us by, photographed at the widths they are used at: the caseworker's start
 * page (phone and laptop) and an instructor's rubric review. See {@link Screenshots} for where they go.
 */
@IntegrationTest
class ScreenshotsIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_caseworker_start_page_at_360_1280_and_1920_px() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        for (int width : List.of(360, 1280, 1920)) {
            browser.setViewportWidth(width, width == 360 ? 780 : 900);
            CourseHomePage home = CourseHomePage.open(browser);
            assertThat(home.scrollsHorizontally()).as("%d px", width).isFalse();
            Path file = Screenshots.folder().resolve("caseworker-start-" + width + ".png");
            Screenshots.page(browser, width, width == 1280 ? Screenshots.docs("caseworker-start-1280.png") : file);
        }
    }

    @Test
    void the_rubric_review_at_1280_px() {
        String tag = Unique.tag();
        CreatedAccount writer = as(() -> accounts.create(new NewAccount(
                "Mette Munk", "mette-" + tag, "mette." + tag + "@kommune.dk", Role.PARTICIPANT, null, null)));
        CreatedAccount teacher = as(() -> accounts.create(new NewAccount(
                "Peter Holm",
                "peter-" + tag,
                "peter." + tag + "@kommune.dk",
                Role.INSTRUCTOR,
                InstructorKind.PRACTICE_CONSULTANT,
                null)));
        CourseRunId run = fixtures.run("Hold forår", Instant.now().plus(3, ChronoUnit.DAYS));
        fixtures.enrol(run, writer.account().username(), EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);

        LoginPage.open(browser).login(writer.account().username(), writer.initialPassword());
        RequestEditorPage editor = RequestEditorPage.open(browser, "oevelse-kim-lae-285");
        editor.chooseForm("LÆ 285");
        editor.type(
                "request-purpose",
                "Attesten skal bruges til at planlægge den første opfølgningssamtale og afklare, "
                        + "hvilke skånehensyn arbejdsgiveren skal tage.");
        editor.type(
                "request-background",
                "Kim er lagerarbejder med mange tunge løft og har været sygemeldt i tre uger "
                        + "med rygsmerter, der stråler ned i det ene ben.");
        editor.type("request-question-1", "Kan borgeren arbejde?");
        editor.consent(true);
        editor.type("request-consent-for", "Oplysninger fra egen læge om ryggen til brug i sygedagpengesagen.");
        browser.setViewportWidth(1280, 900);
        Screenshots.save(browser, "request-editor-1280");
        editor.submit();
        new MainLayoutPage(browser).logout();

        LoginPage.open(browser).login(teacher.account().username(), teacher.initialPassword());
        ReviewPage review = ReviewPage.openQueue(browser).openFirst();
        review.score("purpose", 2, "Formålet er tydeligt: lægen ved, hvad svaret skal bruges til.");
        assertThat(review.clippedIn("#rubric")).isEmpty();
        Screenshots.window(browser, Screenshots.docs("rubric-review-1280.png"));
        browser.script("document.getElementById('rubric').scrollIntoView({block: 'start'});");
        Screenshots.save(browser, "rubric-review-1280-rubric");
    }

    private <T> T as(Supplier<T> action) {
        return TestAccounts.asAdmin(contexts, action);
    }
}
