package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.e2e.pages.FormGuidePage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.NotFoundPage;
import dk.attestkursus.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The caseworker finds LÆ 285 in the form guide by searching "sygedagpenge", filters, and opens a form. */
@IntegrationTest
class FormGuideIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    CourseContent content;

    @Autowired
    SecurityContextHolderStrategy contexts;

    private Course course;

    @BeforeEach
    void login() {
        course = TestAccounts.asAdmin(contexts, content::course);
        LoginPage.open(browser).login(DemoUser.SAGSBEHANDLER.username, DemoUser.PASSWORD);
    }

    @Test
    void searching_sygedagpenge_finds_lae_285_first_and_its_page_has_dated_fee_and_sources() {
        FormGuidePage guide = FormGuidePage.open(browser);
        int all = course.forms().size();
        assertThat(guide.countText()).isEqualTo(DA.get("forms.count", all, all));
        assertThat(guide.cardNumbers()).hasSize(all);

        guide.search("sygedagpenge");
        assertThat(guide.cardNumbers()).first().isEqualTo("LÆ 285");
        assertThat(guide.cardNumbers()).hasSizeLessThan(all);

        LaeForm lae285 = course.form("lae-285").orElseThrow();
        assertThat(guide.openForm("lae-285")).isEqualTo("LÆ 285 " + lae285.title());
        assertThat(guide.path()).isEqualTo("/attestguide/lae-285");
        assertThat(guide.title()).isEqualTo("LÆ 285 " + lae285.title());
        assertThat(guide.details())
                .contains(
                        DA.get("forms.fee"),
                        "1.140 kr. (2021)",
                        DA.get("forms.consultation.yes"),
                        DA.get("forms.request"),
                        "LÆ 281");
        assertThat(guide.sourceCount()).isEqualTo(lae285.sourceIds().size());
        Axe.assertNoViolations(browser);
    }

    @Test
    void filters_narrow_the_list_and_a_search_without_hits_offers_a_way_back() {
        FormGuidePage guide = FormGuidePage.open(browser);
        long withConsultation = course.forms().stream()
                .filter(f -> Boolean.TRUE.equals(f.consultation()))
                .count();
        guide.toggleConsultationFilter();
        assertThat(guide.cardNumbers())
                .hasSize((int) withConsultation)
                .contains("LÆ 265", "LÆ 285")
                .doesNotContain("LÆ 125");

        guide.search("fleksjobvisitation-der-ikke-findes");
        assertThat(guide.cardNumbers()).isEmpty();
        assertThat(guide.emptyStateShown()).isTrue();
        assertThat(guide.countText())
                .isEqualTo(DA.get("forms.count", 0, course.forms().size()));
        Axe.assertNoViolations(browser);

        guide.clearAll();
        assertThat(guide.cardNumbers()).hasSize(course.forms().size());
    }

    @Test
    void an_unknown_form_address_is_not_found_and_the_guide_fits_a_phone() {
        NotFoundPage missing = NotFoundPage.open(browser, "/attestguide/lae-999");
        assertThat(missing.titleText()).isEqualTo(DA.get("notFound.title"));

        browser.setViewportWidth(360, 740);
        try {
            FormGuidePage guide = FormGuidePage.open(browser);
            assertThat(guide.scrollsHorizontally()).isFalse();
            guide.openForm("lae-265");
            assertThat(guide.scrollsHorizontally()).isFalse();
        } finally {
            browser.setViewportWidth(1280, 900);
        }
    }
}
