package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** "Maillog" ({@code /admin/mails}): the administrator's view of the outbox. */
public final class MailLogPage extends MainLayoutPage {

    public static final String PATH = "/admin/mails";

    public MailLogPage(Browser browser) {
        super(browser);
        browser.find(By.id("mail-grid"));
    }

    public static MailLogPage open(Browser browser) {
        browser.open(PATH);
        return new MailLogPage(browser);
    }

    /** The totals line, e.g. "3 i kø · 0 sendt · 0 fejlet · 0 annulleret". */
    public String totals() {
        return textOf(By.id("mail-totals"));
    }
}
