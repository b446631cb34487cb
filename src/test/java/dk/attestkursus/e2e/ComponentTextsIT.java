package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.RunsPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The texts Vaadin's components bring themselves are Danish on a Danish page (issue 24): the date picker's
 * calendar (month and day names, Monday first, "I dag", "Annuller", the date as 24.3.2026), the upload's
 * button and drop text, the password field's show button and the drawer's label.
 */
@IntegrationTest
class ComponentTextsIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    /** Every text in an element and its shadow roots, in document order. */
    private static final String TEXTS = """
            const out = [];
            const visit = n => {
              if (n.nodeType === Node.TEXT_NODE) { const t = n.textContent.trim(); if (t) { out.push(t); } return; }
              if (n.shadowRoot) { visit(n.shadowRoot); }
              n.childNodes.forEach(visit);
            };
            visit(arguments[0]);
            return out;""";

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void the_date_picker_the_upload_the_password_field_and_the_drawer_speak_danish() {
        CreatedAccount teacher = new TestAccounts(accounts, contexts).create("dansk-underviser", Role.INSTRUCTOR);
        CourseRunId run = fixtures.run("Danske tekster", Instant.now().plus(3, ChronoUnit.DAYS));
        fixtures.enrol(run, teacher.account().username(), EnrolmentRole.INSTRUCTOR);
        LoginPage.open(browser).login(teacher.account().username(), teacher.initialPassword());

        // On a phone the drawer opens over the page as a dialog, labelled.
        browser.setViewportWidth(360, 740);
        browser.waitUntil(d -> browser.find(By.tagName("vaadin-app-layout")).getDomAttribute("overlay") != null);
        assertThat(browser.<String>script("""
                        const layout = document.querySelector('vaadin-app-layout');
                        return layout.shadowRoot.querySelector('[part="drawer"]').getAttribute('aria-label');""")).isEqualTo(DA.get("component.appLayout.drawer"));

        RunsPage.openEditor(browser, run.value());
        WebElement picker = browser.find(By.id("run-date"));
        browser.script("arguments[0].value = '2026-03-24';", picker);
        assertThat(browser.find(By.cssSelector("#run-date input")).getDomProperty("value"))
                .isEqualTo("24.3.2026");
        browser.script("arguments[0].open();", picker);
        browser.waitUntil(d -> texts(picker).contains(DA.get("component.datePicker.today")));
        List<String> calendar = texts(picker);
        List<String> months = Arrays.stream(
                        DA.get("component.datePicker.months").split(","))
                .map(String::strip)
                .toList();
        assertThat(calendar)
                .contains(DA.get("component.datePicker.today"), DA.get("common.cancel"), months.get(2) + " 2026")
                .doesNotContain("Today", "Cancel", "March 2026", "Mon");
        assertThat(browser.<List<String>>script("""
                        const all = [];
                        const find = root => root.querySelectorAll('*').forEach(el => {
                          if (el.tagName === 'VAADIN-MONTH-CALENDAR') { all.push(el); }
                          if (el.shadowRoot) { find(el.shadowRoot); }
                        });
                        find(arguments[0]);
                        const month = all[0];
                        return [...month.shadowRoot.querySelectorAll('[part~="weekday"]')]
                            .map(w => w.textContent.trim()).filter(t => t.length > 0);""", picker))
                .as("the weekdays, Monday first")
                .containsExactly("man", "tir", "ons", "tor", "fre", "lør", "søn");
        Screenshots.save(browser, "component-texts-date-picker");
        browser.script("arguments[0].close();", picker);

        browser.open("hold/" + run.value());
        browser.click(By.id("import-participants"));
        List<String> upload = texts(browser.find(By.id("import-upload")));
        assertThat(upload).contains(DA.get("upload.add"), DA.get("upload.drop")).doesNotContain("Upload File...");

        browser.open("/min-konto");
        WebElement reveal = browser.script("""
                const field = document.getElementById('my-current');
                return field.querySelector('vaadin-password-field-button')
                    || field.shadowRoot.querySelector('vaadin-password-field-button, [part~="reveal-button"]');""");
        assertThat(reveal.getDomAttribute("aria-label")).isEqualTo(DA.get("component.password.reveal"));
        Screenshots.save(browser, "component-texts-my-account");
    }

    private static List<String> texts(WebElement element) {
        return browser.script(TEXTS, element);
    }
}
