package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The login page: demo hints, one message for any wrong credentials, and the lock after five failures. */
@IntegrationTest
class LoginIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    AccountService accountService;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    AppI18NProvider i18n;

    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(accountService, contexts);
    }

    @Test
    void login_page_is_danish_and_lists_the_demo_accounts() {
        LoginPage login = LoginPage.open(browser);

        assertThat(login.title()).isEqualTo(DA.get("login.pageTitle"));
        assertThat(login.formTitle()).isEqualTo(DA.get("login.form.title"));
        assertThat(login.usernameLabel()).isEqualTo(DA.get("login.form.username"));
        assertThat(login.passwordLabel()).isEqualTo(DA.get("login.form.password"));
        assertThat(login.submitText()).isEqualTo(DA.get("login.form.submit"));
        assertThat(login.revealButtonLabel()).isEqualTo(DA.get("login.form.reveal"));
        assertThat(login.errorShown()).isFalse();
        assertThat(login.demoUsernames())
                .containsExactlyElementsOf(
                        Arrays.stream(DemoUser.values()).map(u -> u.username).toList());
        assertThat(login.demoAccountsText()).contains(DA.get("login.demo.text", DemoUser.PASSWORD));
        assertThat(login.languageSwitchText()).isEqualTo(DA.get("language.switchTo"));
    }

    @Test
    void wrong_password_and_unknown_user_get_the_same_message_that_does_not_say_which() {
        CreatedAccount account = accounts.create("wrongpw", Role.PARTICIPANT);

        LoginPage wrongPassword =
                LoginPage.open(browser).loginExpectingRefusal(account.account().username(), "not-the-password");
        assertThat(LoginPage.isShown(browser)).isTrue();
        assertThat(wrongPassword.errorShown()).isTrue();
        String title = wrongPassword.errorTitle();
        String message = wrongPassword.errorMessage();
        String address = browser.driver().getCurrentUrl();

        LoginPage unknownUser = LoginPage.open(browser)
                .loginExpectingRefusal(TestAccounts.uniqueUsername("nobody"), "not-the-password");
        assertThat(unknownUser.errorShown()).isTrue();

        assertThat(title).isEqualTo(DA.get("login.error.title"));
        assertThat(message).isEqualTo(DA.get("login.error.message"));
        assertThat(unknownUser.errorTitle()).isEqualTo(title);
        assertThat(unknownUser.errorMessage()).isEqualTo(message);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(address);
        // Names neither field as the wrong one: not the per-field messages, one message for both.
        assertThat(message).doesNotContain(DA.get("login.error.username"), DA.get("login.error.password"));
    }

    @Test
    void five_wrong_passwords_hold_the_name_back_here_with_the_same_message_for_an_unknown_name() {
        CreatedAccount created = accounts.create("lock", Role.PARTICIPANT);
        String username = created.account().username();
        String unknown = TestAccounts.uniqueUsername("nobody");

        for (int attempt = 1; attempt <= 5; attempt++) {
            LoginPage page = LoginPage.open(browser).loginExpectingRefusal(username, "wrong-" + attempt);
            assertThat(page.errorTitle()).as("attempt %d", attempt).isEqualTo(DA.get("login.error.title"));
            LoginPage.open(browser).loginExpectingRefusal(unknown, "wrong-" + attempt);
        }

        // Even the right password is held back from this computer now, with a message that says how long.
        LoginPage held = LoginPage.open(browser).loginExpectingRefusal(username, created.initialPassword());
        assertThat(LoginPage.isShown(browser)).isTrue();
        assertThat(held.errorShown()).isTrue();
        assertThat(held.errorTitle()).isEqualTo(DA.get("login.tooMany.title"));
        assertThat(held.errorMessage()).isEqualTo(DA.get("login.tooMany.message", 5));
        // A name nobody has gets the very same answer: the page tells nobody which names exist.
        LoginPage nobody = LoginPage.open(browser).loginExpectingRefusal(unknown, "wrong");
        assertThat(nobody.errorTitle()).isEqualTo(held.errorTitle());
        assertThat(nobody.errorMessage()).isEqualTo(held.errorMessage());
        // The account itself is not locked: its owner at another computer logs in (LoginProtectionIT).
        assertThat(accounts.byUsername(username).lockedUntil()).isNull();
    }
}
