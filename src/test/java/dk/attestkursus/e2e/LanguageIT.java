package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** English browsers get English; the user menu switches language, and the choice outlives the session. */
@IntegrationTest
class LanguageIT {

    /** A browser of its own per test, asking for English. */
    @RegisterExtension
    final Browser browser = Browser.english();

    private static final Texts DA = Texts.DA;
    private static final Texts EN = Texts.EN;

    @Autowired
    AccountService accountService;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void login_page_follows_an_english_browser_and_its_switch_turns_it_danish() {
        LoginPage login = LoginPage.open(browser);

        assertThat(login.title()).isEqualTo(EN.get("login.pageTitle"));
        assertThat(login.formTitle()).isEqualTo(EN.get("login.form.title"));
        assertThat(login.subtitle()).isEqualTo(EN.get("login.subtitle"));
        assertThat(login.usernameLabel()).isEqualTo(EN.get("login.form.username"));
        assertThat(login.languageSwitchText()).isEqualTo(EN.get("language.switchTo"));

        LoginPage danish = login.switchLanguage();

        assertThat(danish.subtitle()).isEqualTo(DA.get("login.subtitle"));
        assertThat(danish.usernameLabel()).isEqualTo(DA.get("login.form.username"));
        assertThat(danish.languageSwitchText()).isEqualTo(DA.get("language.switchTo"));
    }

    @Test
    void user_menu_switches_language_and_the_choice_is_remembered_at_next_login() {
        // An account of this test's own: the chosen language is stored on the account.
        CreatedAccount created = new TestAccounts(accountService, contexts).create("lang", Role.PARTICIPANT);
        String username = created.account().username();
        String password = created.initialPassword();

        MainLayoutPage page = LoginPage.open(browser).login(username, password);
        assertEnglish(page);

        page = page.switchLanguage();
        assertDanish(page);
        page = page.switchLanguage();
        assertEnglish(page);
        page = page.switchLanguage();
        assertDanish(page);

        // Log out and in again: the browser still asks for English, the account's choice wins.
        LoginPage login = page.logout();
        assertThat(login.formTitle()).isEqualTo(EN.get("login.form.title"));
        page = login.login(username, password);
        assertDanish(page);

        // And back: English is remembered the same way.
        page = page.switchLanguage();
        assertEnglish(page);
        page = page.logout().login(username, password);
        assertEnglish(page);
    }

    private static void assertEnglish(MainLayoutPage page) {
        assertThat(page.path()).isEqualTo("/kursus");
        assertThat(page.heading()).isEqualTo(EN.get("course.home.title"));
        assertThat(page.navTexts())
                .containsExactlyElementsOf(
                        DemoUser.SAGSBEHANDLER.navKeys.stream().map(EN::get).toList());
        assertThat(page.userRole()).isEqualTo(EN.get("role.participant"));
        assertThat(page.languageSwitchText()).isEqualTo(EN.get("language.switchTo"));
    }

    private static void assertDanish(MainLayoutPage page) {
        assertThat(page.path()).isEqualTo("/kursus");
        assertThat(page.heading()).isEqualTo(DA.get("course.home.title"));
        assertThat(page.navTexts())
                .containsExactlyElementsOf(
                        DemoUser.SAGSBEHANDLER.navKeys.stream().map(DA::get).toList());
        assertThat(page.userRole()).isEqualTo(DA.get("role.participant"));
        assertThat(page.languageSwitchText()).isEqualTo(DA.get("language.switchTo"));
    }
}
