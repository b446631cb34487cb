package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Lesson;
import dk.attestkursus.content.Module;
import dk.attestkursus.e2e.pages.CertificatePage;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.LessonPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.e2e.pages.ModulePage;
import dk.attestkursus.e2e.pages.VerifyPage;
import dk.attestkursus.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Caseworkers follow along on phones: at 360 px nothing scrolls sideways and the menu opens from the toggle. */
@IntegrationTest
class MobileIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    @Autowired
    CourseContent content;

    @Autowired
    SecurityContextHolderStrategy contexts;

    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 740;

    @BeforeEach
    void caseworkerOnAPhone() {
        LoginPage login = LoginPage.open(browser);
        browser.setViewportWidth(PHONE_WIDTH, PHONE_HEIGHT);
        login.login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
    }

    @Test
    void start_page_fits_360_px() {
        CourseHomePage home = new CourseHomePage(browser);

        assertThat(browser.<Number>script("return window.innerWidth;").intValue())
                .isEqualTo(PHONE_WIDTH);
        assertThat(home.scrollsHorizontally())
                .as("horizontal scrolling on /kursus at 360 px")
                .isFalse();
    }

    @Test
    void the_certificate_pages_fit_360_px() {
        CertificatePage missing = CertificatePage.open(browser);
        assertThat(missing.isReady()).isFalse();
        assertThat(missing.scrollsHorizontally())
                .as("horizontal scrolling on the certificate to-do at 360 px")
                .isFalse();

        browser.driver().manage().deleteAllCookies(); // another caseworker's phone
        LoginPage.open(browser).login("ali", DemoUser.PASSWORD);
        CertificatePage ready = CertificatePage.open(browser);
        assertThat(ready.isReady()).isTrue();
        assertThat(ready.scrollsHorizontally())
                .as("horizontal scrolling on the certificate at 360 px")
                .isFalse();
        String code = ready.code();

        browser.driver().manage().deleteAllCookies(); // anyone, not logged in
        VerifyPage verify = VerifyPage.open(browser, code);
        assertThat(verify.isValid()).isTrue();
        assertThat(verify.scrollsHorizontally())
                .as("horizontal scrolling on the verification page at 360 px")
                .isFalse();
    }

    @Test
    void modules_and_lessons_fit_360_px() {
        LessonPage first = new CourseHomePage(browser).openModule(1).openLesson(1);
        assertThat(first.scrollsHorizontally())
                .as("horizontal scrolling on %s at 360 px", first.path())
                .isFalse();

        // Every module and lesson, as the content defines them.
        for (Module module : TestAccounts.asAdmin(contexts, content::course).modules()) {
            browser.open("/kursus/modul/" + module.key());
            ModulePage modulePage = new ModulePage(browser);
            assertThat(modulePage.scrollsHorizontally())
                    .as("horizontal scrolling on %s", modulePage.path())
                    .isFalse();
            for (Lesson lesson : module.lessons()) {
                browser.open("/kursus/modul/" + module.key() + "/" + lesson.slug());
                LessonPage page = new LessonPage(browser);
                assertThat(page.heading()).isEqualTo(lesson.title());
                assertThat(page.scrollsHorizontally())
                        .as("horizontal scrolling on %s", page.path())
                        .isFalse();
            }
        }
    }

    @Test
    void drawer_toggle_opens_the_navigation() {
        MainLayoutPage page = new CourseHomePage(browser);
        assertThat(page.drawerIsOverlay())
                .as("narrow layout: the drawer covers the content")
                .isTrue();
        assertThat(page.drawerOpen()).isFalse();
        assertThat(page.navigationVisible()).isFalse();

        page.toggleDrawer();

        assertThat(page.drawerOpen()).isTrue();
        browser.waitUntil(d -> page.navigationVisible());
        assertThat(page.navTexts())
                .containsExactlyElementsOf(DemoUser.SAGSBEHANDLER.navKeys.stream()
                        .map(Texts.DA::get)
                        .toList());
    }

    @Test
    void a_knowledge_check_and_a_case_fit_360_px_with_their_questions_in_full() {
        Course course = TestAccounts.asAdmin(contexts, content::course);
        browser.open("/kursus/modul/" + course.modules().getFirst().key() + "/videnstjek");
        browser.find(By.className("quiz-question"));
        assertThat(new MainLayoutPage(browser).scrollsHorizontally())
                .as("knowledge check at 360 px")
                .isFalse();
        assertThat(browser.<Boolean>script("""
                const label = document.querySelector('.quiz-question vaadin-radio-group [slot=label]');
                return label.scrollWidth <= label.clientWidth + 1;
                """))
                .as("the question text is not cut off")
                .isTrue();

        browser.open("/kursus/cases/" + course.cases().getFirst().id());
        browser.find(By.id("case-choice"));
        assertThat(new MainLayoutPage(browser).scrollsHorizontally())
                .as("case at 360 px")
                .isFalse();
    }
}
