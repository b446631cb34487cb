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

    /**
     * Withdraws a certificate as an administrator would: chooses the person (by the start of their label),
     * types the reason, confirms; returns the error shown beside the reason, or "" when it was withdrawn.
     */
    public String withdraw(String name, String reason) {
        return correct("withdraw", name, reason);
    }

    /** Issues a certificate again after a correction, as {@link #withdraw} does; "" when it was reissued. */
    public String reissue(String name, String reason) {
        return correct("reissue", name, reason);
    }

    private String correct(String action, String name, String reason) {
        org.openqa.selenium.WebElement who = browser.find(By.cssSelector("#withdraw-who input"));
        who.sendKeys(
                org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE);
        browser.waitForVaadin();
        who.sendKeys(name);
        By item = By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), '" + name + "')]");
        browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(item))
                .click();
        browser.waitForVaadin();
        typeInto("withdraw-reason", reason);
        browser.click(By.id(action + "-button"));
        browser.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        browser.waitForVaadin();
        String error = browser.isPresent(By.id("withdraw-reason"))
                ? browser.find(By.id("withdraw-reason")).getDomProperty("errorMessage")
                : null;
        boolean invalid = browser.isPresent(By.id("withdraw-reason"))
                && Boolean.parseBoolean(browser.find(By.id("withdraw-reason")).getDomProperty("invalid"));
        return invalid && error != null ? error : "";
    }

    public byte[] pdf() {
        return download(By.id("run-certificates-pdf"));
    }

    public byte[] zip() {
        return download(By.id("run-certificates-zip"));
    }
}
