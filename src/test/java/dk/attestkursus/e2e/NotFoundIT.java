package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.NotFoundPage;
import dk.attestkursus.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An unknown address shows a Danish "not found" page with a way home. Visitors who are not logged
 * in are asked to log in first (only the login page is public) and then get the page.
 */
@IntegrationTest
class NotFoundIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Test
    void unknown_address_shows_the_danish_not_found_page_with_a_way_home() {
        LoginPage.open(browser).login(DemoUser.LEDER.username, DemoUser.PASSWORD);

        NotFoundPage page = NotFoundPage.open(browser, "/findes-ikke");

        assertThat(page.path()).isEqualTo("/findes-ikke");
        assertThat(page.titleText()).isEqualTo(DA.get("notFound.title"));
        assertThat(page.title()).isEqualTo(DA.get("notFound.title"));
        assertThat(browser.driver().getPageSource()).contains(DA.get("notFound.text"));
        assertThat(page.homeLinkText()).isEqualTo(DA.get("notFound.home"));

        page.goHome();

        assertThat(browser.path()).isEqualTo(DemoUser.LEDER.startPath);
    }

    @Test
    void deep_unknown_address_inside_the_course_is_not_found_too() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);

        NotFoundPage page = NotFoundPage.open(browser, "/kursus/modul/findes-ikke");

        assertThat(page.titleText()).isEqualTo(DA.get("notFound.title"));
        page.goHome();
        assertThat(browser.path()).isEqualTo(DemoUser.SAGSBEHANDLER.startPath);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/hold/99999999999999999999",
                "/hold/99999999999999999999/rediger",
                "/underviser/session/99999999999999999999",
                "/underviser/hold/99999999999999999999/mails"
            })
    void an_id_too_long_to_be_a_number_is_not_found_too(String path) {
        LoginPage.open(browser).login(DemoUser.JOBCENTER.username, DemoUser.PASSWORD);

        NotFoundPage page = NotFoundPage.open(browser, path);

        assertThat(page.titleText()).isEqualTo(DA.get("notFound.title"));
        assertThat(browser.driver().getPageSource()).doesNotContain("NumberFormatException");
    }

    @Test
    void visitor_not_logged_in_logs_in_first_and_then_gets_the_not_found_page() {
        browser.open("/findes-ikke");
        assertThat(LoginPage.isShown(browser)).isTrue();

        new LoginPage(browser).submit(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);

        NotFoundPage page = new NotFoundPage(browser);
        assertThat(page.path()).isEqualTo("/findes-ikke");
        assertThat(page.titleText()).isEqualTo(DA.get("notFound.title"));
    }
}
