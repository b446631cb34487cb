package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.e2e.pages.CertificatePage;
import dk.attestkursus.e2e.pages.CourseHomePage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.e2e.pages.RunCertificatesPage;
import dk.attestkursus.e2e.pages.VerifyPage;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.requests.RequestPdfTest;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.AccessiblePdf;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A caseworker who attended but has modules left sees what is missing; once every module is done they
 * download their certificate, and the public verification page (logged out) confirms its code and
 * refuses a forged one. The administrator downloads the run's certificates. Checked with axe.
 */
@IntegrationTest
class CertificateJourneyIT {

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
    EnrolmentService enrolment;

    @Autowired
    LearningService learning;

    @Autowired
    CourseContent content;

    @Test
    void a_caseworker_gets_a_certificate_anyone_can_verify_and_the_administrator_gets_the_runs() throws Exception {
        CreatedAccount caseworker = new TestAccounts(accounts, contexts).create("bevis", Role.PARTICIPANT);
        String user = caseworker.account().username();
        CourseRunId run = fixtures.run("Bevisholdet", Instant.now().minus(14, ChronoUnit.DAYS));
        fixtures.enrol(run, user, EnrolmentRole.PARTICIPANT);
        fixtures.as("admin", () -> {
            enrolment.setAttended(run, caseworker.account().id(), true);
            return null;
        });
        Course course = fixtures.as("admin", content::course);
        Module first = course.modules().getFirst();
        complete(user, first);

        LoginPage.open(browser).login(user, caseworker.initialPassword());
        CertificatePage page = CertificatePage.open(browser);
        assertThat(page.heading()).isEqualTo(DA.get("certificates.mine.title"));
        assertThat(page.isReady()).isFalse();
        assertThat(page.taskDone("attend")).isTrue();
        assertThat(page.taskDone("modules")).isFalse();
        assertThat(page.unfinishedModules())
                .hasSize(course.modules().size() - 1)
                .doesNotContain(first.title());
        Axe.assertNoViolations(browser);

        course.modules().stream().skip(1).forEach(m -> complete(user, m));
        page = CourseHomePage.open(browser).openCertificate();
        assertThat(page.isReady()).isTrue();
        String code = page.code();
        assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(page.verificationLink())
                .endsWith("/bevis/" + code.replace("-", ""))
                .as("the address the browser uses (no base URL is set), not a default port")
                .startsWith(browser.url("/bevis/"));
        byte[] pdfBytes = page.pdf();
        String pdf = RequestPdfTest.text(pdfBytes);
        assertThat(pdf).contains(DA.get("certificates.pdf.title"), "E2E " + user, course.title(), "Bevisholdet", code);
        // The downloaded certificate: Danish, titled for its holder, its verification address a link (decision 027).
        assertThat(AccessiblePdf.assertAccessible(pdfBytes, DA.get("certificates.pdf.titleFor", "E2E " + user), "da-DK")
                        .linkAddresses())
                .containsExactly(page.verificationLink());
        Axe.assertNoViolations(browser);

        new MainLayoutPage(browser).logout();
        VerifyPage verify = VerifyPage.open(browser, code.replace("-", ""));
        assertThat(verify.isValid()).isTrue();
        assertThat(verify.result())
                .contains(DA.get("certificates.verify.valid"), "E2E " + user, course.title())
                .doesNotContain("@", "Bevisholdet");
        Axe.assertNoViolations(browser);

        String forged = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        verify = verify.check(forged.toLowerCase(Locale.ROOT));
        assertThat(verify.isValid()).isFalse();
        assertThat(verify.result())
                .contains(DA.get("certificates.verify.invalid"), DA.get("certificates.verify.unknown"));
        verify = VerifyPage.open(browser, "").check("O0O0-I1I1");
        assertThat(verify.result()).contains(DA.get("certificates.verify.malformed", 10));
        verify = VerifyPage.open(browser, "").check("%&/");
        assertThat(verify.hasResult()).isFalse();
        assertThat(verify.fieldError()).isEqualTo(DA.get("certificates.verify.malformed", 10));
        verify = VerifyPage.open(browser, "").check("");
        assertThat(verify.hasResult()).isFalse();
        assertThat(verify.fieldError()).isEqualTo(DA.get("certificates.verify.empty"));

        LoginPage.open(browser).login("admin", DemoUser.PASSWORD);
        RunCertificatesPage runPage = RunCertificatesPage.open(browser, run.value());
        assertThat(runPage.intro()).contains("1 af 1");
        assertThat(runPage.rows()).containsExactly(List.of("E2E " + user, "Ja", "Ja", code));
        Axe.assertNoViolations(browser);
        assertThat(RequestPdfTest.text(runPage.pdf())).contains("E2E " + user, code);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(runPage.zip()))) {
            assertThat(zip.getNextEntry().getName())
                    .startsWith("kursusbevis-e2e-bevis-")
                    .endsWith(code + ".pdf");
            assertThat(zip.getNextEntry()).isNull();
        }

        // Issue 23: a correction: issued again, a new code, and the old one verifies as replaced.
        assertThat(runPage.reissue("E2E " + user, "")).isEqualTo(DA.get("certificates.error.reissue_reason"));
        Screenshots.pages(browser, "run-certificates-correction");
        assertThat(runPage.reissue("E2E " + user, "Navnet er rettet.")).isEmpty();
        String newCode = runPage.rows().getFirst().get(3);
        assertThat(newCode).isNotEqualTo(code).hasSize(code.length());
        VerifyPage replaced = VerifyPage.open(browser, code);
        assertThat(replaced.isValid()).isFalse();
        assertThat(replaced.result()).contains(DA.get("certificates.verify.replaced"));
        Screenshots.pages(browser, "verify-replaced");
        Axe.assertNoViolations(browser);
        assertThat(VerifyPage.open(browser, newCode).isValid()).isTrue();
        runPage = RunCertificatesPage.open(browser, run.value());

        // Then the administrator withdraws it with a reason; the code then verifies as withdrawn, and
        // the holder's page says why.
        assertThat(runPage.withdraw("E2E " + user, "Udstedt ved en fejl.")).isEmpty();
        assertThat(runPage.rows().getFirst().get(3)).startsWith(newCode + " (tilbagekaldt ");
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "run-certificates-withdrawn");
        runPage.logout();
        VerifyPage withdrawn = VerifyPage.open(browser, newCode);
        assertThat(withdrawn.isValid()).isFalse();
        assertThat(withdrawn.result()).contains(DA.get("certificates.verify.withdrawn"), "tilbagekaldt");
        Axe.assertNoViolations(browser);
        LoginPage.open(browser).login(user, caseworker.initialPassword());
        browser.open("kursus/kursusbevis");
        assertThat(browser.find(org.openqa.selenium.By.id("certificate-withdrawn-reason"))
                        .getText())
                .isEqualTo(DA.get("certificates.mine.withdrawnReason", "Udstedt ved en fejl."));
        Screenshots.pages(browser, "my-certificate-withdrawn");
    }

    private void complete(String user, Module module) {
        module.lessons().forEach(l -> fixtures.as(user, () -> learning.markRead(l.id())));
        module.quiz().forEach(q -> fixtures.as(user, () -> learning.answer(q.id(), q.correctIndex())));
    }
}
