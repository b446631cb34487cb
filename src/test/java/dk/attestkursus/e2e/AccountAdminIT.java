package dk.attestkursus.e2e;

import static dk.attestkursus.e2e.pages.CreateAccountDialog.EMAIL;
import static dk.attestkursus.e2e.pages.CreateAccountDialog.KIND;
import static dk.attestkursus.e2e.pages.CreateAccountDialog.NAME;
import static dk.attestkursus.e2e.pages.CreateAccountDialog.ROLE;
import static dk.attestkursus.e2e.pages.CreateAccountDialog.TEAM;
import static dk.attestkursus.e2e.pages.CreateAccountDialog.USERNAME;
import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.e2e.pages.AccountsPage;
import dk.attestkursus.e2e.pages.CreateAccountDialog;
import dk.attestkursus.e2e.pages.LoginPage;
import dk.attestkursus.e2e.pages.MainLayoutPage;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamService;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The administrator creates accounts in the accounts view; the new people can log in with the generated password. */
@IntegrationTest
class AccountAdminIT {

    @RegisterExtension
    static final Browser browser = Browser.danish();

    private static final Texts DA = Texts.DA;
    /** The alphabet of generated passwords: no 0/O, 1/l/I. */
    private static final String PASSWORD_PATTERN = "[a-km-zA-HJ-NP-Z2-9]{12}";

    @Autowired
    AccountService accountService;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    TeamService teams;

    private TestAccounts accounts;
    private AccountsPage page;
    /** A team of this test's own, so the demo leader's team stays as other tests expect it. */
    private String teamName;

    @BeforeEach
    void loginAsAdmin() {
        accounts = new TestAccounts(accountService, contexts);
        CreatedAccount leader = accounts.create("chef", Role.LEADER);
        teamName = "Team " + leader.account().username();
        TestAccounts.asAdmin(
                contexts, () -> teams.create(teamName, List.of(leader.account().id())));
        MainLayoutPage start = LoginPage.open(browser).login(DemoUser.ADMIN.username, DemoUser.PASSWORD);
        assertThat(start.path()).isEqualTo(DemoUser.ADMIN.startPath);
        page = AccountsPage.open(browser);
        assertThat(page.heading()).isEqualTo(DA.get("accounts.title"));
    }

    @Test
    void created_caseworker_logs_in_with_the_generated_password() {
        String username = TestAccounts.uniqueUsername("ny");
        String name = "Nina Ny " + username;
        CreateAccountDialog dialog = page.openCreateDialog();
        assertThat(dialog.selectedLabel(ROLE)).as("default role").isEqualTo(DA.get("role.participant"));
        assertThat(dialog.fieldVisible(TEAM)).isTrue();
        assertThat(dialog.fieldVisible(KIND))
                .as("instructor kind is for instructors only")
                .isFalse();

        dialog.name(name)
                .username(username)
                .email(username + "@kommune.example.dk")
                .team(teamName);
        dialog.save();

        String password = dialog.generatedPassword();
        assertThat(password).matches(PASSWORD_PATTERN);
        dialog.closePasswordDialog();

        List<String> row = page.waitForRow(username);
        assertThat(row)
                .startsWith(
                        name,
                        username,
                        username + "@kommune.example.dk",
                        DA.get("role.participant"),
                        teamName,
                        DA.get("accounts.status.notActivated"));

        MainLayoutPage newcomer = page.logout().login(username, password);
        assertThat(newcomer.path()).isEqualTo("/kursus");
        assertThat(newcomer.userName()).isEqualTo(name);
        assertThat(newcomer.heading()).isEqualTo(DA.get("course.home.title"));
    }

    @Test
    void created_instructor_gets_a_kind_and_reaches_the_instructor_start_page() {
        String username = TestAccounts.uniqueUsername("underviser");
        String name = "Ulla Underviser " + username;
        CreateAccountDialog dialog = page.openCreateDialog();

        dialog.name(name)
                .username(username)
                .email(username + "@kommune.example.dk")
                .choose(ROLE, DA.get("role.instructor"));
        assertThat(dialog.fieldVisible(KIND)).isTrue();
        assertThat(dialog.fieldVisible(TEAM)).as("team is for caseworkers only").isFalse();
        dialog.choose(KIND, DA.get("instructorKind.jobcenter"));
        dialog.save();

        String password = dialog.generatedPassword();
        dialog.closePasswordDialog();
        assertThat(page.waitForRow(username).get(3))
                .isEqualTo(DA.get("role.instructor") + " (" + DA.get("instructorKind.jobcenter") + ")");

        MainLayoutPage newcomer = page.logout().login(username, password);
        assertThat(newcomer.path()).isEqualTo("/underviser");
        assertThat(newcomer.heading()).isEqualTo(DA.get("instructor.home.title"));
    }

    @Test
    void saving_with_empty_required_fields_shows_field_errors_and_creates_nothing() {
        int before = accounts.all().size();
        int rowsBefore = page.rows().size();
        CreateAccountDialog dialog = page.openCreateDialog();

        dialog.save();

        assertThat(dialog.open()).as("the dialog stays open").isTrue();
        for (String field : List.of(NAME, USERNAME, EMAIL)) {
            assertThat(dialog.invalid(field)).as("%s invalid", field).isTrue();
            assertThat(dialog.error(field)).as("%s error", field).isEqualTo(DA.get("account.error.required"));
        }
        assertThat(dialog.invalid(ROLE)).isFalse();
        assertThat(accounts.all()).hasSize(before);
        assertThat(page.rows()).hasSize(rowsBefore);
    }

    @Test
    void a_taken_user_name_is_refused_beside_that_field_and_the_input_is_kept() {
        String email = TestAccounts.uniqueUsername("dublet") + "@kommune.example.dk";
        int before = accounts.all().size();
        CreateAccountDialog dialog = page.openCreateDialog();

        dialog.name("Dorte Dublet").username(DemoUser.SAGSBEHANDLER.username).email(email);
        dialog.save();

        assertThat(dialog.open()).isTrue();
        assertThat(dialog.invalid(USERNAME)).isTrue();
        assertThat(dialog.error(USERNAME)).isEqualTo(DA.get("account.error.username.taken"));
        assertThat(dialog.invalid(NAME)).isFalse();
        assertThat(dialog.invalid(EMAIL)).isFalse();
        assertThat(dialog.value(NAME)).isEqualTo("Dorte Dublet");
        assertThat(dialog.value(USERNAME)).isEqualTo(DemoUser.SAGSBEHANDLER.username);
        assertThat(dialog.value(EMAIL)).isEqualTo(email);
        assertThat(accounts.all())
                .hasSize(before)
                .extracting(AccountSummary::email)
                .doesNotContain(email);
    }

    @Test
    void admin_deactivates_reactivates_and_resets_a_password_and_the_user_feels_each() {
        CreatedAccount created = accounts.create("drift", Role.PARTICIPANT);
        String username = created.account().username();
        page = AccountsPage.open(browser);
        page.waitForRow(username);

        page.act(username, "deactivate").confirm().waitForStatus(username, DA.get("accounts.status.inactive"));
        assertThat(accounts.byUsername(username).active()).isFalse();
        LoginPage refused = page.logout().loginExpectingRefusal(username, created.initialPassword());
        assertThat(refused.errorTitle()).isEqualTo(DA.get("login.error.title"));

        page = loginAgainAsAdmin();
        page.act(username, "reactivate").waitForStatus(username, DA.get("accounts.status.notActivated"));
        page.act(username, "resetPassword").confirm();
        String newPassword = page.takeGeneratedPassword();
        assertThat(newPassword).matches(PASSWORD_PATTERN).isNotEqualTo(created.initialPassword());

        LoginPage oldRefused = page.logout().loginExpectingRefusal(username, created.initialPassword());
        assertThat(oldRefused.errorShown()).isTrue();
        MainLayoutPage in = LoginPage.open(browser).login(username, newPassword);
        assertThat(in.path()).isEqualTo("/kursus");
    }

    private AccountsPage loginAgainAsAdmin() {
        LoginPage.open(browser).login(DemoUser.ADMIN.username, DemoUser.PASSWORD);
        return AccountsPage.open(browser);
    }
}
