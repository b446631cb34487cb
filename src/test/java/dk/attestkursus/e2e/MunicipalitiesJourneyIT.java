package dk.attestkursus.e2e;

import static dk.attestkursus.e2e.pages.CreateAccountDialog.KIND;
import static dk.attestkursus.e2e.pages.CreateAccountDialog.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.GuestInstructorService;
import dk.attestkursus.e2e.pages.AccountsPage;
import dk.attestkursus.e2e.pages.CreateAccountDialog;
import dk.attestkursus.e2e.pages.GuestInstructorsCard;
import dk.attestkursus.e2e.pages.InstructorHomePage;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MunicipalitiesPage;
import dk.attestkursus.e2e.pages.RunsPage;
import dk.attestkursus.e2e.pages.TeamsPage;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21's journey: the platform administrator creates a municipality and its administrator; that
 * administrator creates an instructor, a run, imports participants and invites the demo's practice
 * consultant of another municipality (Hjørring) as co-instructor; the practice consultant finds the run
 * on their start page, opens it as a guest and then sees that run and no other of that municipality, and
 * none of their own while the visit lasts; back home, their own runs return.
 */
@IntegrationTest
class MunicipalitiesJourneyIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;

    @TempDir
    Path dir;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GuestInstructorService guestService;

    @Test
    void a_new_municipality_runs_a_course_with_a_practice_consultant_of_another_municipality_as_guest()
            throws Exception {
        String tag = Unique.tag();
        String municipality = "Prøvested " + tag + " Kommune";
        String adminUsername = "adm-" + tag;

        // The platform administrator (VID) creates the municipality and its first administrator.
        LoginPage.open(browser).login("platform", DemoUser.PASSWORD);
        MunicipalitiesPage platform = new MunicipalitiesPage(browser);
        assertThat(platform.names()).contains("Hjørring Kommune", "Thisted Kommune");
        assertThat(platform.createExpectingNameError("Hjørring Kommune"))
                .isEqualTo(DA.get("municipality.error.name.taken"));
        String password = platform.create(municipality, "Mette Admin", adminUsername, adminUsername + "@kommune.dk");
        assertThat(platform.names()).contains(municipality);
        Axe.assertNoViolations(browser);
        platform.logout();

        // Its administrator starts with an empty municipality: creates a jobcenter instructor.
        LoginPage.open(browser).login(adminUsername, password);
        AccountsPage accounts = AccountsPage.open(browser);
        assertThat(accounts.rows()).hasSize(1); // only the administrator: no other municipality's people
        CreateAccountDialog dialog = accounts.openCreateDialog();
        dialog.name("Jakob Jobcenter")
                .username("jc-" + tag)
                .email("jc-" + tag + "@kommune.dk")
                .choose(ROLE, DA.get("role.instructor"))
                .choose(KIND, DA.get("instructorKind.jobcenter"));
        dialog.save();
        dialog.closePasswordDialog();
        accounts.waitForRow("jc-" + tag);
        CreateAccountDialog leaderDialog = accounts.openCreateDialog();
        leaderDialog
                .name("Lise Leder")
                .username("leder-" + tag)
                .email("leder-" + tag + "@kommune.dk")
                .choose(ROLE, DA.get("role.leader"));
        leaderDialog.save();
        leaderDialog.closePasswordDialog();
        accounts.waitForRow("leder-" + tag);

        // A named team led by the new leader; a second team of the same name is refused.
        TeamsPage teams = TeamsPage.open(browser);
        assertThat(teams.emptyShown()).isTrue();
        teams.create("Ydelsesteamet", "Lise Leder");
        assertThat(teams.details()).containsExactly(DA.get("teams.row", "Lise Leder", 0));
        assertThat(teams.createExpectingNameError("ydelsesteamet")).isEqualTo(DA.get("teams.error.nameTaken"));
        Axe.assertNoViolations(browser);

        // A run, taught by the jobcenter instructor; its municipality is the session's, shown not typed.
        RunsPage runs = RunsPage.open(browser).create();
        assertThat(runs.fieldValue("run-municipality")).isEqualTo(municipality);
        runs.field("run-name", "Hold " + tag)
                .field("run-location", "Rådhuset, mødelokale 1")
                .tickInstructor("Jakob Jobcenter");
        runs.save();
        assertThat(runs.heading()).isEqualTo("Hold " + tag);

        // Participants from a file: the administrator's file may name one of the municipality's teams.
        Path file = dir.resolve("deltagere.csv");
        Files.writeString(
                file,
                "\uFEFFNavn;E-mail;Team;Leder e-mail\r\n"
                        + "Åse Ørum;aase." + tag + "@kommune.dk;ydelsesteamet;\r\n"
                        + "Bent Bæk;bent." + tag + "@kommune.dk;;\r\n",
                StandardCharsets.UTF_8);
        runs.uploadParticipants(file);
        assertThat(runs.importSummary()).isEqualTo(DA.get("import.summary", 2, 0, 0, 0));
        runs.confirmImport();
        assertThat(runs.participantEmails())
                .containsExactlyInAnyOrder("aase." + tag + "@kommune.dk", "bent." + tag + "@kommune.dk");
        assertThat(runs.participantTeams()).containsExactly(DA.get("run.teamOfLeader", "Ydelsesteamet", "Lise Leder"));

        // The practice consultant of Hjørring as guest co-instructor; a wrong address is told so.
        GuestInstructorsCard guests = new GuestInstructorsCard(browser);
        Axe.assertNoViolations(browser); // the run page with its guest card, before any notification shows
        assertThat(guests.invite("ingen@eksempel.dk")).isEqualTo(DA.get("run.refused.no_such_guest"));
        assertThat(guests.invite("praksiskonsulent@demo.attestkursus.dk")).isEmpty();
        assertThat(guests.guests())
                .containsExactly(DA.get("guests.from", "Peter Praksiskonsulent", "Hjørring Kommune"));
        // A second run of the municipality, which does not invite the guest.
        RunsPage.open(browser).create();
        runs.field("run-name", "Andet hold " + tag)
                .field("run-location", "Rådhuset, mødelokale 2")
                .tickInstructor("Jakob Jobcenter");
        runs.save();
        runs.logout();

        // The guest finds the invitation on their start page and opens the run in the host municipality.
        LoginPage.open(browser).login("praksiskonsulent", DemoUser.PASSWORD);
        InstructorHomePage home = new InstructorHomePage(browser);
        assertThat(home.runNames()).noneMatch(n -> n.contains(tag));
        assertThat(home.guestRuns()).singleElement().asString().contains("Hold " + tag, municipality);
        RunsPage guestRun = home.openGuestRun("Hold " + tag);
        assertThat(guestRun.heading()).isEqualTo("Hold " + tag);
        assertThat(guestRun.participantEmails()).hasSize(2);
        InstructorHomePage asGuest = InstructorHomePage.open(browser);
        assertThat(asGuest.guestBannerShown()).isTrue();
        assertThat(asGuest.runNames()).containsExactly("Hold " + tag);
        assertThat(RunsPage.open(browser).runCount()).isEqualTo(1);
        Axe.assertNoViolations(browser);

        // Back in Hjørring: the demo runs return, the guest run is an invitation again.
        InstructorHomePage back = asGuest.leaveGuestVisit();
        assertThat(back.guestBannerShown()).isFalse();
        assertThat(back.runNames()).noneMatch(n -> n.contains(tag)).isNotEmpty();

        // Visiting again, then the host revokes the invitation: the next page ends the visit and goes home.
        RunsPage again = back.openGuestRun("Hold " + tag);
        CourseRunId guestRunId = new CourseRunId(
                Long.parseLong(again.path().substring(again.path().lastIndexOf('/') + 1)));
        AccountId guestId = new AccountId(fixtures.id("praksiskonsulent"));
        fixtures.as(adminUsername, () -> {
            guestService.revoke(guestRunId, guestId);
            return null;
        });
        browser.open("/hold");
        browser.waitUntil(d -> browser.path().equals("/underviser") && !browser.isPresent(By.id("guest-banner")));
        InstructorHomePage home2 = new InstructorHomePage(browser);
        assertThat(home2.guestBannerShown()).isFalse();
        assertThat(home2.guestRuns()).isEmpty();
        home2.logout();
    }
}
