package dk.attestkursus.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.e2e.pages.FacilitatorPage;
import dk.attestkursus.e2e.pages.LiveSessionPage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.ProgrammePage;
import dk.attestkursus.e2e.pages.RunsPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A run from creation to the live session, in two browsers: an instructor creates a run (and is
 * warned until a practice consultant is chosen), imports participants from a Danish Excel file
 * (a bad row first refuses the whole file), opens the facilitator view and advances two blocks
 * while the co-instructor's screen follows by push, a caseworker following on the phone's session
 * page sees the poll the instructors open appear there and votes, the co-instructor closes the poll
 * from the facilitator view, and the runbook PDF downloads.
 */
@IntegrationTest
class CourseRunJourneyIT {

    @RegisterExtension
    static final Browser jobcenterBrowser = Browser.danish();

    @RegisterExtension
    static final Browser gpBrowser = Browser.danish();

    @RegisterExtension
    static final Browser phone = Browser.danish();

    private static final Texts DA = Texts.DA;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseContent content;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @TempDir
    Path dir;

    private Path excelFile(String name, String... rows) throws Exception {
        Path file = dir.resolve(name);
        String text = "\uFEFFNavn;E-mail;Team;Leder e-mail\r\n" + String.join("\r\n", rows) + "\r\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void an_instructor_creates_a_run_imports_participants_and_runs_the_session_with_a_co_instructor() throws Exception {
        TestAccounts testAccounts = new TestAccounts(accounts, contexts);
        CreatedAccount jobcenter = testAccounts.createInstructor("jc", InstructorKind.JOBCENTER);
        CreatedAccount gp = testAccounts.createInstructor("gp", InstructorKind.PRACTICE_CONSULTANT);
        CreatedAccount leader = testAccounts.create("leder", Role.LEADER);
        String leaderEmail = leader.account().email();
        String tag = jobcenter.account().username();

        // The jobcenter representative creates a run; without a practice consultant the editor warns.
        LoginPage.open(jobcenterBrowser).login(jobcenter.account().username(), jobcenter.initialPassword());
        RunsPage runs = RunsPage.open(jobcenterBrowser).create();
        assertThat(runs.editorWarnings()).containsExactly(DA.get("run.warning.noPracticeConsultant"));
        assertThat(runs.fieldValue("run-municipality")).isEqualTo("Hjørring Kommune"); // the session's, not typed
        runs.field("run-location", "Jobcentret, lokale 3");
        assertThat(runs.saveExpectingError("run-name")).isEqualTo(DA.get("run.error.required"));
        Axe.assertNoViolations(jobcenterBrowser);
        runs.field("run-name", "Hold " + tag)
                .tickInstructor("E2E " + gp.account().username());
        assertThat(runs.editorWarnings()).isEmpty();
        runs.save();
        assertThat(runs.heading()).isEqualTo("Hold " + tag);
        assertThat(runs.runWarnings()).isEmpty();
        assertThat(runs.checkInCode()).matches("[A-Z2-9]{6}");
        long runId = Long.parseLong(runs.path().substring(runs.path().lastIndexOf('/') + 1));

        // A file with a bad address and an unknown leader is refused whole, row by row.
        runs.uploadParticipants(excelFile(
                "fejl.csv",
                "Åse Ørum;aase." + tag + "@kommune.dk;Team Nord;" + leaderEmail,
                "Bent;bent-uden-snabel-a;Team Nord;" + leaderEmail,
                "Cille;cille." + tag + "@kommune.dk;Team Nord;ukendt@kommune.dk"));
        assertThat(runs.importSummary()).isEqualTo(DA.get("import.summary", 1, 0, 0, 2));
        assertThat(runs.importReasons()).contains(DA.get("import.error.leaderUnknown", "ukendt@kommune.dk"));
        assertThat(runs.canImport()).isFalse();
        Axe.assertNoViolations(jobcenterBrowser);
        runs.cancelImport();
        assertThat(runs.participantEmails()).isEmpty();

        // The corrected file imports both, æøå intact.
        runs.uploadParticipants(excelFile(
                "rettet.csv",
                "Åse Ørum;aase." + tag + "@kommune.dk;Team Nord;" + leaderEmail,
                "Bent Bæk;bent." + tag + "@kommune.dk;Team Nord;" + leaderEmail));
        assertThat(runs.importSummary()).isEqualTo(DA.get("import.summary", 2, 0, 0, 0));
        runs.confirmImport();
        assertThat(runs.status()).isEqualTo(DA.get("import.done", 2, 2, 0));
        assertThat(runs.participantEmails())
                .containsExactlyInAnyOrder("aase." + tag + "@kommune.dk", "bent." + tag + "@kommune.dk");
        assertThat(runs.participantCount())
                .isEqualTo(DA.get("run.placesOpen", 2) + " " + DA.get("run.attendedCount", 0));
        // An instructor's import puts nobody in a leader's team: teams are the administrators' (issue 21).
        assertThat(runs.participantTeams()).isEmpty();
        assertThat(runs.participantCells()).contains(DA.get("run.noTeam"));
        assertThat(runs.clippedIn("#participants-grid")).isEmpty();
        Axe.assertNoViolations(jobcenterBrowser);

        // One more by hand: a new account whose first password the dialog shows once.
        String caseworkerEmail = "cecilie." + tag + "@kommune.dk";
        String password = runs.addParticipant("Cecilie Ågård", caseworkerEmail);
        assertThat(password).hasSize(12);
        assertThat(runs.participantEmails()).contains(caseworkerEmail);
        String caseworkerUsername = "cecilie." + tag;

        // The session: both instructors open the facilitator view; one advances, the other follows.
        // The run adapts its copy of the runbook: a local block first, which the shared one never gets.
        var program = TestAccounts.asAdmin(contexts, () -> content.course().program());
        runs.followLink("session.programme");
        ProgrammePage programme = new ProgrammePage(jobcenterBrowser);
        assertThat(programme.total()).isEqualTo(DA.get("programme.total", program.sessionMinutes(), 150));
        programme.addLocalBlock("Kommunens egen sag", 10, "Vi læser en anonymiseret anmodning fra jobcentret.");
        assertThat(programme.titles().getFirst()).startsWith("Kommunens egen sag");
        assertThat(programme.warning()).isEqualTo(DA.get("programme.tooLong", 10));
        Axe.assertNoViolations(jobcenterBrowser);

        // The run is three weeks away: starting it now asks first (issue 23), and "no" leaves it waiting.
        FacilitatorPage driver = programme.backToSession();
        assertThat(driver.startExpectingQuestion()).contains(DA.get("session.earlyTitle"));
        Screenshots.pages(jobcenterBrowser, "session-early-start-question");
        Axe.assertNoViolations(jobcenterBrowser);
        assertThat(driver.keepWaiting().started()).isFalse();
        driver.start();
        assertThat(driver.currentTitle()).isEqualTo("Kommunens egen sag");
        driver.advance();
        var blocks = program.blocks();
        assertThat(driver.currentTitle()).isEqualTo(blocks.get(0).title());
        assertThat(driver.currentLead())
                .isEqualTo(DA.get("session.leads", DA.get(blocks.get(0).lead().labelKey())));
        assertThat(driver.timer()).contains(":");
        Axe.assertNoViolations(jobcenterBrowser);

        LoginPage.open(gpBrowser).login(gp.account().username(), gp.initialPassword());
        FacilitatorPage follower = FacilitatorPage.open(gpBrowser, runId);
        assertThat(follower.currentTitle()).isEqualTo(blocks.get(0).title());

        // The caseworker follows on a phone, on the one session page (the old "follow" address leads
        // there), and the poll the instructors open appears on it, above the block.
        LoginPage.open(phone).login(caseworkerUsername, password);
        phone.setViewportWidth(360, 740);
        LiveSessionPage follow =
                LiveSessionPage.openOldAddress(phone).waitForBlock(blocks.get(0).title());
        assertThat(follow.path()).isEqualTo(LiveSessionPage.PATH);
        assertThat(follow.menuIconDrawn())
                .as("the page's menu entry has an icon")
                .isTrue();
        assertThat(follow.scrollsHorizontally()).as("session page at 360 px").isFalse();
        Axe.assertNoViolations(phone);

        driver.advance();
        follower.waitForBlock(blocks.get(1).title());
        follow.waitForBlock(blocks.get(1).title());
        String myth = blocks.get(1).polls().getFirst();
        driver.openPoll(myth);
        assertThat(follow.statement())
                .isEqualTo(TestAccounts.asAdmin(
                        contexts,
                        () -> content.course().myth(myth).orElseThrow().statement()));
        assertThat(follow.path())
                .as("the poll comes to the page, the page stays")
                .isEqualTo(LiveSessionPage.PATH);
        assertThat(follow.block()).isEqualTo(blocks.get(1).title());
        follow.vote("fact");
        assertThat(follow.scrollsHorizontally())
                .as("session page with a poll at 360 px")
                .isFalse();
        Axe.assertNoViolations(phone);
        Screenshots.page(phone, 360, Screenshots.folder().resolve("session-page-360.png"));
        // The co-instructor runs the poll from the facilitator view too: three caseworkers are under the
        // group rule, so the vote is not shown; closing it there ends it on the phone.
        assertThat(follower.waitForPoll().withheld()).isEqualTo(DA.get("polls.group.fewPeople", 5));
        follower.poll().close();
        assertThat(follow.closed()).isEqualTo(DA.get("live.closed"));
        driver.waitUntilOffered(myth);
        driver.advance();
        follower.waitForBlock(blocks.get(2).title());
        assertThat(driver.currentTitle()).isEqualTo(blocks.get(2).title());

        // The runbook PDF holds the run and its timed blocks, in Danish.
        byte[] pdf = driver.runbookPdf();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString())
                .contains(DA.get("pdf.runbook.title", "Hold " + tag))
                .contains(blocks.get(1).title());
    }
}
