package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages run under their Content-Security-Policy (issue 24, decision 029): the app works (every browser
 * test fails on anything the policy blocked, see Browser), and script that found its way into a page does
 * not run (an event-handler attribute).
 */
@IntegrationTest
class ContentSecurityPolicyIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    @Test
    void script_slipped_into_a_logged_in_page_does_not_run_and_is_reported() {
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);

        browser.script("""
                document.body.insertAdjacentHTML('beforeend',
                    '<img id="e2e-x" src="data:," onerror="window.e2eRan = 1" alt="">');""");

        List<String> blocked = new ArrayList<>();
        browser.waitUntil(d -> blocked.addAll(browser.cspViolations()) && !blocked.isEmpty() || !blocked.isEmpty());
        assertThat(blocked).anySatisfy(v -> assertThat(v).startsWith("script-src"));
        assertThat(browser.<Object>script("return window.e2eRan === undefined ? null : window.e2eRan"))
                .as("the injected handler ran")
                .isNull();
    }
}
