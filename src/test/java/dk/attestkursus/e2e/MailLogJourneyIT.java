package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.mail.OutgoingMail;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator reads the mail log without SMTP configured: told that mails wait in the queue,
 * finds a mail by its address, reads it, cancels it; the log is checked with axe.
 */
@IntegrationTest
class MailLogJourneyIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    MailOutbox outbox;

    @Autowired
    SystemUser system;

    @Autowired
    MunicipalScope scope;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void find_read_and_cancel_a_queued_mail() {
        String tag = Unique.tag();
        String address = "mette." + tag + "@kommune.dk";
        // queued in the demo's first municipality, where the administrator below is (decision 020)
        system.run(() -> scope.within(
                DemoAccounts.FIRST_MUNICIPALITY,
                () -> new TransactionTemplate(transactions)
                        .execute(s -> outbox.enqueue(new OutgoingMail(
                                "e2e/" + tag,
                                address,
                                null,
                                MailTopic.of("e2e-" + tag),
                                "Velkommen til kurset " + tag,
                                "Kære Mette\n\nVelkommen.",
                                "<p>Kære Mette</p>",
                                null,
                                Instant.now())))));
        CreatedAccount admin = new TestAccounts(accounts, contexts).create("postadmin", Role.ADMIN);

        LoginPage.open(browser).login(admin.account().username(), admin.initialPassword());
        // The start page does not say "nothing waits for you" while mails wait for a mail server.
        assertThat(browser.find(By.id("admin-todo")).getDomProperty("textContent"))
                .doesNotContain(DA.get("admin.home.nothingToDo"));
        browser.click(By.id("attention-mail-no-server"));
        browser.waitUntil(d -> browser.path().equals("/admin/mails"));
        assertThat(browser.find(By.id("mail-no-smtp")).getDomProperty("textContent"))
                .isEqualTo(DA.get("mail.log.noSmtp"));
        browser.find(By.cssSelector("#mail-search input")).sendKeys(address, Keys.TAB);
        browser.waitForVaadin();
        browser.waitUntil(d -> browser.findAll(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> address.equals(c.getDomProperty("textContent"))));
        Axe.assertNoViolations(browser);
        // The subject is shown whole, not cut to a few letters.
        assertThat(browser.<Boolean>script("""
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent === arguments[0]);
                return cell.scrollWidth <= cell.clientWidth + 1;""", "Velkommen til kurset " + tag)).isTrue();
        browser.findAll(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> address.equals(c.getDomProperty("textContent")))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitForVaadin();
        assertThat(browser.find(By.id("mail-details")).getDomProperty("textContent"))
                .contains("Kære Mette")
                .contains(DA.get("mail.log.noAttempts"));
        // It opens where the reader is (a dialog in the window), as the recipient reads it: no Markdown.
        assertThat(browser.<Boolean>script("""
                const r = document.getElementById('mail-details').getBoundingClientRect();
                return r.top >= 0 && r.top < window.innerHeight;""")).isTrue();
        assertThat(browser.findAll(By.cssSelector("#mail-details .mail-body p")))
                .isNotEmpty();
        Axe.assertNoViolations(browser);
        browser.click(By.id("mail-cancel"));
        browser.waitForVaadin();
        assertThat(browser.find(By.id("mail-result")).getDomProperty("textContent"))
                .isEqualTo(DA.get("mail.log.cancelled"));
        assertThat(jdbc.queryForObject(
                        "select status from mail_message where dedupe_key = ?", String.class, "e2e/" + tag))
                .isEqualTo("CANCELLED");
        Axe.assertNoViolations(browser);
    }
}
