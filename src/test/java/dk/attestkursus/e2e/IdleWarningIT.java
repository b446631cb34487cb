package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.IdleWarningDialog;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two minutes before an idle session ends, a logged-in page asks whether the user is still there (issue 24):
 * a dialog in Danish with the time left, its button focused; Enter keeps the session and closes it. When the
 * count runs out the page reloads. (That the server really ends the idle session: LoginProtectionIT.) Logging
 * out ends the session on the server.
 */
@IntegrationTest
class IdleWarningIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Test
    void the_warning_shows_the_time_left_and_enter_keeps_the_session() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);

        IdleWarningDialog warning = IdleWarningDialog.bringForward(browser, Duration.ofSeconds(110));

        assertThat(warning.title()).isEqualTo(DA.get("idle.title"));
        assertThat(warning.text()).isEqualTo(DA.get("idle.text"));
        assertThat(warning.timeLeft()).matches(DA.get("idle.left", "1:\\d\\d").replace(".", "\\."));
        assertThat(warning.focused().getAttribute("id")).isEqualTo("idle-continue");
        Axe.assertNoViolationsIn(browser, "#idle-dialog");
        // A window of another size is a request of the user (Vaadin reports it), so the warning opens anew.
        for (int width : Screenshots.WIDTHS) {
            browser.setViewportWidth(width, Browser.HEIGHT);
            browser.waitForVaadin();
            warning = IdleWarningDialog.bringForward(browser, Duration.ofSeconds(110));
            Screenshots.save(browser, "idle-warning-" + width);
            assertThat(warning.isOpen()).as("open in the picture").isTrue();
            // The dialog alone: axe's own scrolling of the page behind it is a request that closes it.
            Axe.assertNoViolationsIn(browser, "#idle-dialog");
        }
        browser.setViewportWidth(Browser.WIDTH, Browser.HEIGHT);
        browser.waitForVaadin();
        warning = IdleWarningDialog.bringForward(browser, Duration.ofSeconds(110));

        warning.continueWithEnter();

        assertThat(warning.millisLeft())
                .as("the request Enter sent starts the count again")
                .isGreaterThan(Duration.ofMinutes(25).toMillis());
        assertThat(browser.path()).isEqualTo(DemoUser.SAGSBEHANDLER.startPath);
    }

    @Test
    void logging_out_ends_the_session_on_the_server() throws Exception {
        MainLayoutPage page = LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        page.logout();

        // The old session cookie, sent by anyone who kept it, no longer opens a page.
        HttpResponse<String> withOldCookie = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.url("/kursus")))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(withOldCookie.statusCode()).isEqualTo(302);
        assertThat(withOldCookie.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void when_the_count_runs_out_the_page_reloads() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
        IdleWarningDialog.bringForward(browser, Duration.ofSeconds(3));

        browser.waitForNewDocument(() -> {});

        assertThat(browser.path()).isEqualTo(DemoUser.SAGSBEHANDLER.startPath);
    }
}
