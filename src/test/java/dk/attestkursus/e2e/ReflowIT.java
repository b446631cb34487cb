package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The main pages of each role (its side navigation) on a phone and enlarged (issue 24): axe-core at 360 px,
 * no sideways scrolling at 320 px (WCAG 1.4.10) nor with the text at 200 % (WCAG 1.4.4).
 */
@IntegrationTest
class ReflowIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void each_roles_pages_at_360_and_320_px_and_with_text_at_200_percent(DemoUser user) {
        LoginPage.open(browser).login(user.username, DemoUser.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String path : user.navPaths) {
            open(path, 360);
            try {
                Axe.assertNoViolations(browser);
            } catch (AssertionError violations) {
                problems.add(violations.getMessage().lines().limit(4).reduce("", String::concat));
            }
            check(user, path, "360px", problems);

            open(path, 320);
            check(user, path, "320px", problems);

            open(path, Browser.WIDTH);
            Reflow.textSize(browser, 200);
            check(user, path, "text200", problems);
        }
        assertThat(problems).as("axe at 360 px and pages that scroll sideways").isEmpty();
    }

    @Test
    void at_320_px_the_user_menu_shows_icons_that_keep_their_names() {
        LoginPage.open(browser).login(DemoUser.PLATFORM.username, DemoUser.PASSWORD);
        open("/min-konto", 320);
        for (String id : List.of("language-switch", "logout")) {
            WebElement button = browser.find(By.id(id));
            assertThat(browser.<Boolean>script("""
                    const r = arguments[0].getBoundingClientRect();
                    return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;""", button))
                    .as("#%s inside the window", id)
                    .isTrue();
            assertThat(button.getDomProperty("textContent").strip())
                    .as("#%s keeps its label for screen readers", id)
                    .isEqualTo(Texts.DA.get(id.equals("logout") ? "layout.logout" : "language.switchTo"));
        }
        Axe.assertNoViolations(browser);
        Screenshots.save(browser, "reflow-my-account-320");
        Screenshots.pages(browser, "reflow-my-account");
        open("/platform", 320);
        Screenshots.save(browser, "reflow-municipalities-320");
        Screenshots.pages(browser, "reflow-municipalities");
    }

    /** Adds what scrolls sideways to {@code problems}, with a screenshot of it in target/screenshots. */
    private void check(DemoUser user, String path, String how, List<String> problems) {
        List<String> found = Reflow.overflow(browser);
        if (!found.isEmpty()) {
            found.forEach(p -> problems.add(path + " " + how + ": " + p));
            Screenshots.save(browser, "reflow-" + user.username + path.replace('/', '-') + "-" + how);
        }
    }

    private void open(String path, int width) {
        browser.setViewportWidth(width, 740);
        browser.open(path);
        browser.find(By.cssSelector("h1"));
    }
}
