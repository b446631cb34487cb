package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** "Dit kursusbevis" ({@code /kursus/kursusbevis}): the caseworker's certificate, or what is missing. */
public final class CertificatePage extends MainLayoutPage {

    public static final String PATH = "kursus/kursusbevis";

    public CertificatePage(Browser browser) {
        super(browser);
        browser.waitUntil(
                d -> browser.isPresent(By.id("certificate-ready")) || browser.isPresent(By.id("certificate-missing")));
    }

    public static CertificatePage open(Browser browser) {
        browser.open(PATH);
        return new CertificatePage(browser);
    }

    public boolean isReady() {
        return browser.isPresent(By.id("certificate-ready"));
    }

    /** Whether a task ("attend", "modules") is shown as done. */
    public boolean taskDone(String task) {
        return "true".equals(browser.find(By.id("certificate-task-" + task)).getDomAttribute("data-done"));
    }

    /** The titles of the modules still to complete. */
    public List<String> unfinishedModules() {
        return texts(browser.findAll(By.cssSelector("#certificate-unfinished li")));
    }

    /** The code as printed, e.g. "K7QX2-M9TRA". */
    public String code() {
        return textOf(By.id("certificate-code"));
    }

    public String verificationLink() {
        return browser.find(By.id("certificate-verify-link")).getDomAttribute("href");
    }

    public byte[] pdf() {
        return download(By.id("certificate-pdf"));
    }
}
