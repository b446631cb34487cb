package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** "Kursusbeviser" ({@code /underviser/hold/<id>/kursusbeviser}): a run's certificates. */
public final class RunCertificatesPage extends MainLayoutPage {

    public RunCertificatesPage(Browser browser) {
        super(browser);
        browser.find(By.id("run-certificates-intro"));
    }

    public static RunCertificatesPage open(Browser browser, long runId) {
        browser.open("underviser/hold/" + runId + "/kursusbeviser");
        return new RunCertificatesPage(browser);
    }

    public String intro() {
        return textOf(By.id("run-certificates-intro"));
    }

    /** Each participant's cells: name, attended, all modules, code. */
    public List<List<String>> rows() {
        return browser.findAll(By.cssSelector("#run-certificates-table tbody tr")).stream()
                .map(tr -> texts(tr.findElements(By.cssSelector("th, td"))))
                .toList();
    }

    public byte[] pdf() {
        return download(By.id("run-certificates-pdf"));
    }

    public byte[] zip() {
        return download(By.id("run-certificates-zip"));
    }
}
