package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.AccessDeniedPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/** Each demo account logs in, lands on its own start page, sees only its own menu and views, and logs out. */
@IntegrationTest
class RoleJourneyIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    /** Something only the view at a path shows, to prove the view itself did not render. */
    private static final Map<String, By> VIEW_MARKERS = Map.ofEntries(
            Map.entry("/kursus", By.id("modules")),
            Map.entry("/underviser", By.cssSelector("#runs")),
            Map.entry("/leder", By.id("team-size")),
            Map.entry("/leder/resultater", By.id("results-scope")),
            Map.entry("/admin", By.id("admin-todo")),
            Map.entry("/admin/konti", By.id("accounts-grid")),
            Map.entry("/kursus/modul/01-roller-og-ansvar", By.id("lessons")),
            Map.entry("/attestguide", By.id("form-results")),
            Map.entry("/kursus/myter", By.id("myth-list")),
            Map.entry("/kursus/live", By.id("live-title")),
            Map.entry("/underviser/myter", By.id("polls-intro")),
            Map.entry("/kursus/anmodninger", By.id("requests-intro")),
            Map.entry("/underviser/anmodninger", By.id("reviews-intro")),
            Map.entry("/hold", By.id("run-list")),
            Map.entry("/kursus/tjek-ind", By.id("check-in-code-field")),
            Map.entry("/kursus/session", By.id("follow-now")),
            Map.entry("/kursus/handlingsplan", By.id("action-plan-intro")),
            Map.entry("/kursus/kursusbevis", By.id("certificate-missing")),
            Map.entry("/admin/mails", By.id("mail-grid")),
            Map.entry("/platform", By.id("municipality-create")),
            Map.entry("/national", By.id("national-participation")),
            Map.entry("/kommune", By.id("local-page")),
            Map.entry("/admin/fortegnelse", By.id("policy-body")));

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void logs_in_to_own_start_page_with_own_menu(DemoUser user) {
        MainLayoutPage page = LoginPage.open(browser).login(user.username, DemoUser.PASSWORD);

        assertThat(page.path()).isEqualTo(user.startPath);
        assertThat(page.heading()).isEqualTo(DA.get(user.headingKey));
        assertThat(page.userName()).isEqualTo(user.displayName);
        assertThat(page.userRole()).isEqualTo(DA.get(user.roleKey));
        assertThat(page.navPaths()).containsExactlyElementsOf(user.navPaths);
        assertThat(page.navTexts())
                .containsExactlyElementsOf(user.navKeys.stream().map(DA::get).toList());
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void views_of_other_roles_show_access_denied(DemoUser user) {
        LoginPage.open(browser).login(user.username, DemoUser.PASSWORD);

        for (String forbidden : user.forbiddenPaths) {
            browser.open(forbidden);
            AccessDeniedPage denied = new AccessDeniedPage(browser);
            assertThat(denied.path()).as("address of %s", forbidden).isEqualTo(forbidden);
            assertThat(denied.titleText()).as("title on %s", forbidden).isEqualTo(DA.get("accessDenied.title"));
            assertThat(browser.isPresent(VIEW_MARKERS.get(forbidden)))
                    .as("%s must not render the view at %s", user.username, forbidden)
                    .isFalse();
            // The menu still shows only the user's own entries.
            assertThat(denied.navPaths()).containsExactlyElementsOf(user.navPaths);
        }

        AccessDeniedPage denied = new AccessDeniedPage(browser);
        assertThat(denied.homeLinkText()).isEqualTo(DA.get("accessDenied.home"));
        denied.goHome();
        assertThat(browser.path()).isEqualTo(user.startPath);
        assertThat(browser.isPresent(VIEW_MARKERS.get(user.startPath))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void logout_returns_to_login_and_the_start_page_needs_login_again(DemoUser user) {
        MainLayoutPage page = LoginPage.open(browser).login(user.username, DemoUser.PASSWORD);
        assertThat(page.path()).isEqualTo(user.startPath);

        LoginPage login = page.logout();

        assertThat(LoginPage.isShown(browser)).as("login page after logout").isTrue();
        assertThat(login.formTitle()).isEqualTo(DA.get("login.form.title"));

        browser.open(user.startPath);
        assertThat(LoginPage.isShown(browser))
                .as("%s after logout asks for login", user.startPath)
                .isTrue();
        assertThat(browser.isPresent(VIEW_MARKERS.get(user.startPath))).isFalse();
    }
}
