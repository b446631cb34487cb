package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dk.attestkursus.e2e.pages.ChoosePasswordPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.e2e.pages.RunsPage;
import dk.attestkursus.mail.MailDispatcher;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 22's journey: an instructor imports three people; their invitations arrive by mail (a real SMTP
 * server in the test); the first follows the link, is refused a common password, chooses a good one,
 * logs in and lands on the course start page; the second link is used twice and refused the second time;
 * the third has forgotten the password and resets it. The run's account page tells who is still missing.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3027", "attestkursus.test.fresh-database=true"})
class InvitationJourneyIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3027, "127.0.0.1", "smtp"));

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;
    private static final Pattern LINK = Pattern.compile("https?://\\S+?/adgangskode\\?token=[A-Za-z0-9_-]{43}");

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    MailDispatcher dispatcher;

    @TempDir
    Path dir;

    @Test
    void three_imported_people_activate_their_accounts_by_mail_and_one_resets_a_forgotten_password() throws Exception {
        String tag = Unique.tag();
        TestAccounts testAccounts = new TestAccounts(accounts, contexts);
        CreatedAccount instructor = testAccounts.createInstructor("jc", InstructorKind.JOBCENTER);
        LoginPage.open(browser).login(instructor.account().username(), instructor.initialPassword());
        RunsPage runs = RunsPage.open(browser).create();
        runs.field("run-name", "Hold " + tag).field("run-location", "Jobcentret, lokale 2");
        runs.save();
        String runPath = runs.path();
        List<String> emails =
                List.of("anne." + tag + "@kommune.dk", "bo." + tag + "@kommune.dk", "carl." + tag + "@kommune.dk");
        Path file = dir.resolve("deltagere.csv");
        Files.writeString(
                file,
                "Navn;E-mail;Team;Leder e-mail\r\nAnne Andersen;" + emails.get(0) + ";;\r\nBo Bech;" + emails.get(1)
                        + ";;\r\nCarl Cort;" + emails.get(2).toUpperCase() + ";;\r\n",
                StandardCharsets.UTF_8);
        runs.uploadParticipants(file).confirmImport();
        runs.logout();

        // The invitations are queued after the import committed, then sent.
        List<String> links = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            dispatcher.dispatchDue(Instant.now());
                            return linksTo(emails, "Din konto");
                        },
                        found -> found.size() == 3);

        // Anne: a common password is refused, a sentence is taken, she logs in and lands on the course.
        ChoosePasswordPage anne = ChoosePasswordPage.open(browser, links.get(0));
        assertThat(anne.heading()).isEqualTo(DA.get("choose.title.invitation"));
        Axe.assertNoViolations(browser);
        assertThat(anne.choose("password1234", "password1234")).isEqualTo(DA.get("password.error.common"));
        assertThat(anne.choose("kort", "kort")).isEqualTo(DA.get("password.error.tooShort", 12));
        assertThat(anne.choose("grøn kaffe om morgenen", "grøn kaffe om morgenen"))
                .isEmpty();
        String anneUser = anne.username();
        MainLayoutPage start = LoginPage.open(browser).login(anneUser, "grøn kaffe om morgenen");
        assertThat(start.path()).isEqualTo("/kursus");
        start.logout();

        // Bo: the link works once; the second time it says so.
        assertThat(ChoosePasswordPage.open(browser, links.get(1)).choose("blå bil på bakken", "blå bil på bakken"))
                .isEmpty();
        ChoosePasswordPage again = ChoosePasswordPage.open(browser, links.get(1));
        assertThat(again.formShown()).isFalse();
        assertThat(again.problem()).isEqualTo(DA.get("choose.used"));
        Axe.assertNoViolations(browser);
        // A link cut short in the mail is not found.
        assertThat(ChoosePasswordPage.open(
                                browser, links.get(2).substring(0, links.get(2).length() - 5))
                        .problem())
                .isEqualTo(DA.get("choose.unknown"));

        // Carl has forgotten: the login page's link, the same answer for anyone, a reset link by mail.
        LoginPage.open(browser);
        browser.click(By.cssSelector("vaadin-login-form vaadin-button[slot='forgot-password']"));
        browser.waitUntil(d -> browser.path().equals("/glemt-adgangskode"));
        Axe.assertNoViolations(browser);
        browser.find(By.cssSelector("#forgot-who input"))
                .sendKeys("  " + emails.get(2).toUpperCase() + " ");
        browser.click(By.id("forgot-send"));
        String answer = browser.findVisible(By.id("forgot-sent")).getText();
        assertThat(answer).isEqualTo(DA.get("forgot.sent", 60));
        List<String> resets = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            dispatcher.dispatchDue(Instant.now());
                            return linksTo(List.of(emails.get(2)), "Ny adgangskode");
                        },
                        found -> found.size() == 1);
        ChoosePasswordPage reset = ChoosePasswordPage.open(browser, resets.getFirst());
        assertThat(reset.heading()).isEqualTo(DA.get("choose.title.reset"));
        assertThat(reset.choose("tre små kager i ovnen", "tre små kager i ovnen"))
                .isEmpty();
        String carlUser = reset.username();
        MainLayoutPage carl = LoginPage.open(browser).login(carlUser, "tre små kager i ovnen");
        assertThat(carl.path()).isEqualTo("/kursus");
        carl.logout();
        // The invitation Carl never used stopped working when he chose a password.
        assertThat(ChoosePasswordPage.open(browser, links.get(2)).problem()).isEqualTo(DA.get("choose.used"));

        // The instructor sees who is active: all three now.
        LoginPage.open(browser).login(instructor.account().username(), instructor.initialPassword());
        browser.open("/underviser" + runPath + "/konti");
        assertThat(browser.findVisible(By.id("run-accounts-summary")).getText())
                .isEqualTo(DA.get("runAccounts.summary", 3, 3, 0));
        Axe.assertNoViolations(browser);
    }

    /** The personal links in the mails to these addresses whose subject contains {@code subject}, in their order. */
    private static List<String> linksTo(List<String> emails, String subject) throws Exception {
        MimeMessage[] received = smtp.getReceivedMessages();
        String[] found = new String[emails.size()];
        for (MimeMessage message : received) {
            if (!message.getSubject().contains(subject)) {
                continue;
            }
            String to = message.getAllRecipients()[0].toString().toLowerCase();
            int index = emails.indexOf(to);
            Matcher m = LINK.matcher(
                    GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
            if (index >= 0 && m.find()) {
                found[index] = m.group();
            }
        }
        return Arrays.stream(found).filter(java.util.Objects::nonNull).toList();
    }
}
