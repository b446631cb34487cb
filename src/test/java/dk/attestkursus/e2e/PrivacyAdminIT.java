package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.e2e.pages.PrivacyAdminPage;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A municipality's administrator opens "Persondata" from the menu: what the next retention run will purge
 * and the access log, where a leader's opening of results stands by name and kind and can be filtered by
 * person; axe-clean, reflowing at a phone's width, photographed at three widths.
 */
@IntegrationTest
class PrivacyAdminIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ResultsService results;

    @Test
    void the_administrator_reads_retention_and_the_access_log() {
        String leader = fixtures.account("persondataleder", Role.LEADER);
        TeamId team = fixtures.team("Persondatateam " + Unique.tag(), leader);
        fixtures.as(leader, () -> results.dashboard(team, null));
        CreatedAccount admin = new TestAccounts(accounts, contexts).create("persondataadmin", Role.ADMIN);

        MainLayoutPage home = LoginPage.open(browser).login(admin.account().username(), admin.initialPassword());
        home.navigate(PrivacyAdminPage.PATH);
        PrivacyAdminPage page = new PrivacyAdminPage(browser);

        assertThat(page.heading()).isEqualTo(DA.get("privacyAdmin.title"));
        assertThat(page.sectionHeadings())
                .containsExactly(DA.get("privacyAdmin.retention.title"), DA.get("privacyAdmin.log.title"));
        assertThat(page.retention())
                .contains(DA.get("privacyAdmin.retention.period", DA.get("privacyAdmin.retention.months", 12)))
                .contains(DA.get("privacyAdmin.retention.willPurge"))
                .contains(DA.get("privacyAdmin.retention.accessLog"))
                .doesNotContain("!");
        String name = "Test " + leader;
        browser.waitUntil(d -> page.cells().contains(name));
        assertThat(page.cells()).contains(DA.get("accessLog.kind.RESULTS_OPENED"), DA.get("privacyAdmin.log.group"));
        Axe.assertNoViolations(browser);

        page.filterBy(name);
        browser.waitUntil(d -> page.shown().equals(DA.get("privacyAdmin.log.shown", 1)));
        assertThat(page.cells())
                .contains(name, "resultater, team " + team.value() + ", hold afholdte")
                .doesNotContain(admin.account().displayName());
        Axe.assertNoViolations(browser);

        browser.setViewportWidth(360, Browser.HEIGHT);
        browser.waitForVaadin();
        assertThat(Reflow.overflow(browser))
                .as("what scrolls sideways at 360 px")
                .isEmpty();
        Axe.assertNoViolations(browser);
        browser.setViewportWidth(Browser.WIDTH, Browser.HEIGHT);
        Screenshots.pages(browser, "privacy-admin");

        // The platform administrator: the platform's own log, and no municipality's figures.
        page.logout().login("platform", DemoUser.PASSWORD).navigate(PrivacyAdminPage.PATH);
        PrivacyAdminPage platform = new PrivacyAdminPage(browser);
        assertThat(platform.retention())
                .contains(DA.get("privacyAdmin.retention.platform"))
                .contains(DA.get("privacyAdmin.retention.willPurgePlatform"));
        assertThat(platform.cells()).doesNotContain(name);
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "privacy-admin-platform");
    }
}
