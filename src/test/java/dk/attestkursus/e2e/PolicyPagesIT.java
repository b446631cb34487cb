package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.AccessDeniedPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.e2e.pages.PolicyPage;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The privacy notice, the accessibility statement and the record of processing (issue 25): the two public
 * texts are reached from the login page and the other public pages without logging in, and from every
 * logged-in page's footer by keyboard; the record is the administrators' alone.
 */
@IntegrationTest
class PolicyPagesIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;
    private static final String CASEWORKER = "ali";

    @Test
    void from_the_login_page_a_stranger_reads_the_privacy_notice_and_the_accessibility_statement() {
        LoginPage login = LoginPage.open(browser);
        Screenshots.pages(browser, "policy-login");

        PolicyPage notice = PolicyPage.follow(login, PolicyPage.PRIVACY_LINK);
        assertThat(notice.path()).isEqualTo(PolicyPage.PRIVACY_NOTICE);
        assertThat(notice.titleText()).isEqualTo(DA.get("policy.notice.title"));
        assertThat(notice.title()).isEqualTo(DA.get("policy.notice.pageTitle"));
        assertThat(notice.dates()).startsWith("Udarbejdet ").contains("senest opdateret");
        assertThat(notice.bodyLanguage()).isEqualTo("da");
        assertThat(notice.body())
                .contains("Din kommune er dataansvarlig", "databehandler", "Datatilsynet", "CPR-numre", "Mine data");
        Axe.assertNoViolations(browser);
        readableOnAPhone(notice, "policy-privacy");

        PolicyPage statement = notice.followLink(PolicyPage.ACCESSIBILITY_LINK);
        assertThat(statement.path()).isEqualTo(PolicyPage.ACCESSIBILITY_STATEMENT);
        assertThat(statement.titleText()).isEqualTo(DA.get("policy.accessibility.title"));
        assertThat(statement.title()).isEqualTo(DA.get("policy.accessibility.pageTitle"));
        assertThat(statement.body()).contains("overholder delvist", "Digitaliseringsstyrelsen", "Feedback");
        Axe.assertNoViolations(browser);
        readableOnAPhone(statement, "policy-accessibility");

        statement.back();
        assertThat(LoginPage.isShown(browser))
                .as("a stranger's way back is the login page")
                .isTrue();
        LoginPage again = new LoginPage(browser);
        PolicyPage.follow(again, PolicyPage.ACCESSIBILITY_LINK);
        assertThat(browser.path()).isEqualTo(PolicyPage.ACCESSIBILITY_STATEMENT);
    }

    @Test
    void the_other_public_pages_link_both_texts_too() {
        for (String path : List.of("/glemt-adgangskode", "/adgangskode", "/bevis")) {
            browser.open(path);
            for (By link : List.of(PolicyPage.PRIVACY_LINK, PolicyPage.ACCESSIBILITY_LINK)) {
                assertThat(browser.isPresent(link))
                        .as("%s links %s", path, link)
                        .isTrue();
            }
            assertThat(browser.find(PolicyPage.PRIVACY_LINK).getDomAttribute("href"))
                    .as(path)
                    .isEqualTo("privatliv");
            Axe.assertNoViolations(browser);
        }
        Screenshots.pages(browser, "policy-links-verify");
    }

    @Test
    void a_caseworkers_pages_end_with_the_two_links_which_the_keyboard_reaches() {
        MainLayoutPage home = LoginPage.open(browser).login(CASEWORKER, DemoUser.PASSWORD);
        assertThat(home.path()).isEqualTo("/kursus");
        for (String path : List.of("/kursus", "/kursus/myter", "/min-konto")) {
            browser.open(path);
            WebElement footer = browser.find(By.id("layout-footer"));
            assertThat(footer.getDomProperty("textContent"))
                    .as(path)
                    .contains(DA.get("policy.link.privacy"), DA.get("policy.link.accessibility"));
            assertThat(afterTheMainContent(footer))
                    .as("%s: the footer comes after the page", path)
                    .isTrue();
        }

        browser.open("/kursus");
        Keyboard keys = new Keyboard(browser);
        keys.tabTo("#policy-link-privacy");
        keys.tabTo("#policy-link-accessibility");
        keys.press(Keys.ENTER);
        browser.waitUntil(d -> browser.path().equals(PolicyPage.ACCESSIBILITY_STATEMENT));
        PolicyPage statement = new PolicyPage(browser);
        assertThat(statement.titleText()).isEqualTo(DA.get("policy.accessibility.title"));
        statement.back();
        assertThat(browser.path())
                .as("a logged-in user's way back is their start page")
                .isEqualTo("/kursus");

        browser.setViewportWidth(360, 740);
        browser.open("/kursus");
        WebElement footer = browser.findOnScreen(By.id("layout-footer"));
        assertThat(afterTheMainContent(footer))
                .as("at 360 px the footer follows the page")
                .isTrue();
        assertThat(new MainLayoutPage(browser).scrollsHorizontally()).isFalse();
        assertThat(new MainLayoutPage(browser).clippedIn("#layout-footer")).isEmpty();
        Axe.assertNoViolations(browser);
        Screenshots.save(browser, "policy-footer-caseworker-360");
        for (int width : Screenshots.WIDTHS) {
            browser.setViewportWidth(width, Browser.HEIGHT);
            browser.open("/min-konto");
            browser.findOnScreen(By.id("layout-footer"));
            Screenshots.save(browser, "policy-footer-my-account-" + width);
        }
    }

    @Test
    void the_platform_administrator_opens_the_processing_record_from_the_menu() {
        MainLayoutPage start = LoginPage.open(browser).login(DemoUser.PLATFORM.username, DemoUser.PASSWORD);
        assertThat(start.navPaths()).contains(PolicyPage.PROCESSING_RECORD);

        start.navigate(PolicyPage.PROCESSING_RECORD);
        PolicyPage record = new PolicyPage(browser);
        assertThat(record.titleText()).isEqualTo(DA.get("policy.record.title"));
        assertThat(record.title()).isEqualTo(DA.get("policy.record.pageTitle"));
        assertThat(record.body())
                .contains("artikel 30, stk. 2", "Overførsel til tredjelande", "Ingen", "Adgangsstyring pr. kommune");
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "policy-processing-record");
        for (int width : List.of(360, 320)) {
            browser.setViewportWidth(width, 740);
            browser.open(PolicyPage.PROCESSING_RECORD);
            new PolicyPage(browser);
            assertThat(record.scrollsHorizontally()).as("at %d px", width).isFalse();
            Axe.assertNoViolations(browser);
        }
        Screenshots.save(browser, "policy-processing-record-320");
    }

    @Test
    void a_municipal_administrator_reads_the_record_too() {
        MainLayoutPage start = LoginPage.open(browser).login(DemoUser.ADMIN.username, DemoUser.PASSWORD);
        assertThat(start.navPaths()).contains(PolicyPage.PROCESSING_RECORD);
        PolicyPage record = PolicyPage.open(browser, PolicyPage.PROCESSING_RECORD);
        assertThat(record.titleText()).isEqualTo(DA.get("policy.record.title"));
    }

    @Test
    void a_caseworker_is_refused_the_processing_record() {
        MainLayoutPage home = LoginPage.open(browser).login(CASEWORKER, DemoUser.PASSWORD);
        assertThat(home.navPaths()).doesNotContain(PolicyPage.PROCESSING_RECORD);

        browser.open(PolicyPage.PROCESSING_RECORD);

        assertThat(AccessDeniedPage.isShown(browser)).isTrue();
        assertThat(browser.isPresent(By.id("policy-body"))).isFalse();
    }

    /** The page at 360 and 320 px: nothing scrolls sideways or is cut off; screenshots at each width. */
    private void readableOnAPhone(PolicyPage page, String name) {
        String path = page.path();
        for (int width : List.of(360, 320)) {
            browser.setViewportWidth(width, 740);
            browser.open(path);
            new PolicyPage(browser);
            assertThat(page.scrollsHorizontally())
                    .as("%s at %d px", path, width)
                    .isFalse();
            assertThat(page.clippedIn(".policy-column"))
                    .as("%s at %d px", path, width)
                    .isEmpty();
            Axe.assertNoViolations(browser);
        }
        Screenshots.pages(browser, name);
        browser.setViewportWidth(Browser.WIDTH, Browser.HEIGHT);
        browser.open(path);
        new PolicyPage(browser);
    }

    /** Whether the footer starts below the end of the main content and is in the page's flow (never on top). */
    private boolean afterTheMainContent(WebElement footer) {
        return Boolean.TRUE.equals(browser.script("""
                const main = document.getElementById('main-content');
                const f = arguments[0].getBoundingClientRect();
                const m = main.getBoundingClientRect();
                const position = getComputedStyle(arguments[0]).position;
                return f.height > 0 && f.top >= m.bottom - 1 && (position === 'static' || position === 'relative');
                """, footer));
    }
}
