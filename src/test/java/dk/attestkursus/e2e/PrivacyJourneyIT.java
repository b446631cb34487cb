package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.certificates.CertificateService;
import dk.attestkursus.certificates.MyCertificate;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MyDataPage;
import dk.attestkursus.e2e.pages.VerifyPage;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 25 in the browser (a database of its own, since an account is erased): the demo caseworker
 * {@code ali} opens "Mine data" and downloads it as a ZIP; his administrator opens his personal data from
 * the accounts page, reads what erasure will take and erases it; his certificate's code then verifies as
 * withdrawn or deleted.
 */
@IntegrationTest
@TestPropertySource(properties = {"attestkursus.test.fresh-database=true", "attestkursus.test.context=privacy-journey"})
class PrivacyJourneyIT {

    private static final Texts DA = Texts.DA;

    @RegisterExtension
    static final Browser browser = Browser.danish();

    @Autowired
    Fixtures fixtures;

    @Autowired
    CertificateService certificates;

    @TempDir
    Path downloads;

    @Test
    void a_caseworker_downloads_his_data_and_his_administrator_erases_it() throws IOException {
        MyCertificate certificate = fixtures.as("ali", certificates::mine);
        String code = certificate.issued().orElseThrow().code();
        long ali = fixtures.id("ali");
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of(
                                "behavior",
                                "allow",
                                "downloadPath",
                                downloads.toAbsolutePath().toString()));

        LoginPage.open(browser).login("ali", DemoUser.PASSWORD);
        MyDataPage mine = MyDataPage.open(browser);
        assertThat(mine.heading()).isEqualTo(DA.get("privacy.mine.title"));
        assertThat(mine.features())
                .as("what the platform holds about ali, by feature")
                .contains("account", "learning", "requests", "certificates", "transfer");
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "my-data");
        mine.download();
        Path zip = browser.waitUntil(d -> finishedZip().orElse(null));
        List<String> entries = entries(Files.readAllBytes(zip));
        assertThat(entries)
                .contains("LAES-MIG.txt", "account.json", "learning.json", "requests.json", "certificates.json")
                .anyMatch(e -> e.startsWith("certificates/") && e.endsWith(".pdf"))
                .anyMatch(e -> e.startsWith("requests/") && e.endsWith(".pdf"))
                .doesNotHaveDuplicates();

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).login("admin", DemoUser.PASSWORD);
        MyDataPage person = MyDataPage.openFor(browser, ali);
        assertThat(person.heading()).isEqualTo(DA.get("privacy.person.title", "Ali Hassan"));
        List<String> goes = person.openErasure();
        assertThat(goes)
                .as("the confirmation names what will go")
                .anyMatch(line -> line.startsWith(DA.get("privacy.requests.title") + ":"))
                .anyMatch(line -> line.startsWith(DA.get("privacy.certificates.title") + ":"));
        Axe.assertNoViolations(browser);
        Screenshots.pages(browser, "person-data-erase-dialog");
        person.confirmErasure();
        assertThat(person.lead()).startsWith(DA.get("privacy.person.erased", "").substring(0, 20));
        Screenshots.pages(browser, "person-data-erased");

        browser.driver().manage().deleteAllCookies();
        VerifyPage verify = VerifyPage.open(browser, code.replace("-", ""));
        assertThat(verify.isValid()).isFalse();
        assertThat(verify.result()).contains(DA.get("certificates.verify.erased"));
        Axe.assertNoViolations(browser);
    }

    private java.util.Optional<Path> finishedZip() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip"))
                    .filter(f -> f.toFile().length() > 0)
                    .findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
