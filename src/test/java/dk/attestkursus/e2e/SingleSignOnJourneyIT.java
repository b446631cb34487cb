package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.e2e.pages.OpenIdProviderLoginPage;
import dk.attestkursus.e2e.pages.SingleSignOnPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.NewAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SingleSignOn;
import dk.attestkursus.security.SsoInput;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import testidp.TestOpenIdProvider;
import testidp.TestOpenIdProvider.Person;

/**
 * Issue 22's single sign-on journey through real OpenID Connect providers started in the test (Spring
 * Authorization Server), two municipalities each on its own: Hjørring's administrator registers its
 * provider on "Kommunens login" (a wrong domain refused beside the field first); a caseworker types her
 * work e-mail on the login page, logs in at Hjørring's provider and lands on the course; someone the
 * provider knows but the platform does not, a token for another audience, and a provider vouching for an
 * e-mail of the other municipality are refused with a message and nothing created; Thisted's person logs
 * in through Thisted's provider; with passwords turned off a caseworker's password is refused while the
 * practice consultant's still works.
 */
@IntegrationTest
@TestPropertySource(properties = "attestkursus.test.fresh-database=true")
class SingleSignOnJourneyIT {

    @RegisterExtension
    static final Browser browser = Browser.danishOnLoopbackAddress();

    private static final Texts DA = Texts.DA;

    @LocalServerPort
    int port;

    @Autowired
    SingleSignOn sso;

    @Autowired
    AccountService accounts;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private TestOpenIdProvider hjoerring;
    private TestOpenIdProvider thisted;

    @AfterEach
    void stopProviders() {
        for (TestOpenIdProvider provider : new TestOpenIdProvider[] {hjoerring, thisted}) {
            if (provider != null) {
                provider.close();
            }
        }
    }

    private String redirect(String admin) {
        return "http://127.0.0.1:" + port + SingleSignOn.REDIRECT_PATH + fixtures.as(admin, sso::registrationId);
    }

    @Test
    void each_municipality_logs_in_through_its_own_provider_and_nobody_through_the_others() {
        String tag = Unique.tag().toLowerCase(Locale.ROOT);
        String hjDomain = "hj-" + tag + ".dk";
        String thDomain = "th-" + tag + ".dk";
        String anna = "anna@" + hjDomain;
        String tina = "tina@" + thDomain;
        CreatedAccount annaAccount = fixtures.as(
                "admin",
                () -> accounts.create(
                        new NewAccount("Anna Andersen", "anna-" + tag, anna, Role.PARTICIPANT, null, null)));
        fixtures.as(
                "th-admin",
                () -> accounts.create(
                        new NewAccount("Tina Thomsen", "tina-" + tag, tina, Role.PARTICIPANT, null, null)));
        String chief = "chef@" + hjDomain;
        fixtures.as(
                "admin",
                () -> accounts.create(new NewAccount("Carl Chef", "chef-" + tag, chief, Role.ADMIN, null, null)));
        hjoerring = TestOpenIdProvider.start(
                "hjoerring",
                "attestkursus-hj",
                "hemmelig-hj",
                redirect("admin"),
                List.of(
                        Person.of("anna", "anna-pw", anna),
                        Person.of("chef", "chef-pw", chief),
                        Person.of("ny-anna", "ny-pw", anna),
                        Person.of("ukendt", "ukendt-pw", "ukendt@" + hjDomain),
                        new Person("stjaalet", "stjaalet-pw", anna, true),
                        Person.of("thomas", "thomas-pw", tina)));
        thisted = TestOpenIdProvider.start(
                "thisted",
                "attestkursus-th",
                "hemmelig-th",
                redirect("th-admin"),
                List.of(Person.of("tina", "tina-pw", tina), Person.of("falsk", "falsk-pw", anna)));

        // Hjørring's administrator registers the provider; a domain that is none is refused beside the field.
        LoginPage.open(browser).login("admin", DemoAccounts.PASSWORD);
        SingleSignOnPage settings = SingleSignOnPage.open(browser);
        assertThat(settings.status()).isEqualTo(DA.get("sso.status.none"));
        assertThat(settings.redirectAddress()).isEqualTo(redirect("admin"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "admin-sso-empty");
        settings.save(hjoerring.issuer(), "attestkursus-hj", "hemmelig-hj", "hjoerring kommune", true);
        assertThat(settings.errorOf("sso-domains")).isEqualTo(DA.get("sso.error.domainInvalid", "hjoerring"));
        assertThat(settings.status()).isEqualTo(DA.get("sso.status.none"));
        settings.save(hjoerring.issuer(), "attestkursus-hj", "hemmelig-hj", hjDomain.toUpperCase(Locale.ROOT), true);
        assertThat(settings.invalidFields()).isEmpty();
        // Passwords are turned off only by someone logged in through the provider: proof that it works.
        settings.save(hjoerring.issuer(), "attestkursus-hj", "", hjDomain, false);
        assertThat(settings.passwordLoginError()).isEqualTo(DA.get("sso.error.passwordsOffUntried"));
        assertThat(settings.status())
                .startsWith(DA.get("sso.status.on", hjDomain, "").substring(0, 20));
        Screenshots.pages(browser, "admin-sso");
        settings.logout();
        fixtures.as(
                "th-admin",
                () -> sso.save(
                        new SsoInput(thisted.issuer(), "attestkursus-th", "hemmelig-th", "email", thDomain, true)));
        int accountsBefore = jdbc.queryForObject("select count(*) from account", Integer.class);

        // Anna: her work e-mail, Hjørring's provider, the course.
        LoginPage login = LoginPage.open(browser);
        assertThat(login.asksForEmail()).isTrue();
        assertThat(login.formTitle()).isEqualTo(DA.get("login.form.titlePassword"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "login-sso");
        login.continueWithEmail("  " + anna.toUpperCase(Locale.ROOT) + " ");
        new OpenIdProviderLoginPage(browser, hjoerring.issuer()).login("anna", "anna-pw");
        browser.waitUntil(d -> browser.path().equals("/kursus"));
        MainLayoutPage course = new MainLayoutPage(browser);
        assertThat(course.userName()).isEqualTo("Anna Andersen");
        course.logout();

        // Known to the provider, unknown here: refused, nothing created.
        assertThat(refusedThrough(hjoerring, anna, "ukendt", "ukendt-pw")).isEqualTo(DA.get("login.sso.refused"));
        // Someone else at the provider with Anna's address (a mailbox given to another): refused.
        assertThat(refusedThrough(hjoerring, anna, "ny-anna", "ny-pw")).isEqualTo(DA.get("login.sso.refused"));
        // A token made out to another application: refused.
        assertThat(refusedThrough(hjoerring, anna, "stjaalet", "stjaalet-pw")).isEqualTo(DA.get("login.sso.failed"));
        // Thisted's provider vouching for Hjørring's Anna, and Hjørring's for Thisted's Tina: never let in.
        assertThat(refusedThrough(thisted, tina, "falsk", "falsk-pw")).isEqualTo(DA.get("login.sso.refused"));
        assertThat(refusedThrough(hjoerring, anna, "thomas", "thomas-pw")).isEqualTo(DA.get("login.sso.refused"));
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class))
                .isEqualTo(accountsBefore);

        // Tina: Thisted's provider, her own account.
        LoginPage.open(browser).continueWithEmail(tina);
        new OpenIdProviderLoginPage(browser, thisted.issuer()).login("tina", "tina-pw");
        browser.waitUntil(d -> browser.path().equals("/kursus"));
        assertThat(new MainLayoutPage(browser).userName()).isEqualTo("Tina Thomsen");
        browser.abandonSession();

        // An e-mail whose domain has no provider: the password form, as before.
        LoginPage plain = LoginPage.open(browser);
        plain.continueWithEmail("someone@" + tag + ".example.dk");
        assertThat(plain.ssoMessage()).isEqualTo(DA.get("login.sso.password"));

        // Passwords turned off in Hjørring: Anna's password is refused with the way in; the GP keeps theirs.
        LoginPage.open(browser).continueWithEmail(chief);
        new OpenIdProviderLoginPage(browser, hjoerring.issuer()).login("chef", "chef-pw");
        browser.waitUntil(d -> browser.path().equals("/admin"));
        SingleSignOnPage off = SingleSignOnPage.open(browser);
        off.save(hjoerring.issuer(), "attestkursus-hj", "", hjDomain, false);
        assertThat(off.status())
                .startsWith(DA.get("sso.status.onNoPasswords", hjDomain, "").substring(0, 20));
        off.logout();
        LoginPage refused = LoginPage.open(browser)
                .loginExpectingRefusal(annaAccount.account().username(), annaAccount.initialPassword());
        assertThat(refused.errorTitle()).isEqualTo(DA.get("login.ssoOnly.title"));
        assertThat(LoginPage.open(browser)
                        .login("praksiskonsulent", DemoAccounts.PASSWORD)
                        .path())
                .isEqualTo("/underviser");
    }

    /** Goes through a provider (reached by typing {@code email}) as {@code username}; the message shown after. */
    private String refusedThrough(TestOpenIdProvider provider, String email, String username, String password) {
        browser.abandonSession();
        LoginPage.open(browser).continueWithEmail(email);
        new OpenIdProviderLoginPage(browser, provider.issuer()).login(username, password);
        browser.waitUntil(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:" + port + "/login"));
        LoginPage page = new LoginPage(browser);
        String message = page.ssoMessage();
        browser.abandonSession();
        return message;
    }
}
