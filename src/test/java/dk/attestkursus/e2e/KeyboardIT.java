package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.testsupport.IntegrationTest;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Keyboard users: the first Tab after login reaches the skip link, which moves focus to the main content. */
@IntegrationTest
@DisabledIfSystemProperty(named = "skipE2e", matches = "true")
class KeyboardIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"SAGSBEHANDLER", "ADMIN"})
    void skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(DemoUser user) {
        MainLayoutPage page = LoginPage.open(browser).login(user.username, DemoUser.PASSWORD);
        assertThat(page.path()).isEqualTo(user.startPath);
        WebElement skip = page.skipLink();

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();

        assertThat(activeElementId()).as("first Tab stop").isEqualTo("skip-link");
        assertThat(skip.getText()).as("visible text of the focused skip link")
                .isEqualTo(Texts.DA.get("layout.skipToContent"));
        assertThat(browser.<Boolean>script("""
                const r = arguments[0].getBoundingClientRect();
                return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
                """, skip)).as("the focused skip link is on screen").isTrue();

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitForVaadin();

        assertThat(activeElementId()).as("focus after the skip link").isEqualTo("main-content");
        assertThat(browser.path()).as("the skip link does not navigate away").isEqualTo(user.startPath);
        assertThat(page.mainContent().getDomAttribute("role")).isEqualTo("main");
    }

    private String activeElementId() {
        browser.waitForVaadin();
        return browser.script("return document.activeElement ? document.activeElement.id : null;");
    }
}
