package dk.attestkursus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Account administration through the service, against the real database and security. */
@IntegrationTest
class AccountServiceIT {

    @Autowired
    TeamService teams;

    @Autowired
    AccountService service;

    @Autowired
    AccountRepository repository;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    private static String unique(String prefix) {
        return prefix + Unique.tag();
    }

    private static NewAccount participant(String username) {
        return new NewAccount("Test Person", username, username + "@example.dk", Role.PARTICIPANT, null, null);
    }

    /** Logs in the way the login form does: same user details, encoder and authentication events. */
    private Authentication login(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void admin_creates_an_account_with_a_hashed_generated_password_that_logs_in() {
        String leaderName = unique("chef");
        AccountId leader = service.create(
                        new NewAccount("Ny Leder", leaderName, leaderName + "@example.dk", Role.LEADER, null, null))
                .account()
                .id();
        TeamId team = teams.create("Team " + leaderName, List.of(leader));
        String username = unique("ny");
        CreatedAccount created = service.create(new NewAccount(
                "  Ny Sagsbehandler ", username.toUpperCase(), username + "@Example.dk", Role.PARTICIPANT, null, team));

        assertThat(created.account().username()).isEqualTo(username);
        assertThat(created.account().displayName()).isEqualTo("Ny Sagsbehandler");
        assertThat(created.account().email()).isEqualTo(username + "@example.dk");
        assertThat(created.account().team()).contains(team);
        assertThat(teams.memberIds(team)).containsExactly(created.account().id());
        assertThat(created.initialPassword()).hasSize(12);
        String storedHash = repository.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(storedHash).startsWith("{bcrypt}").doesNotContain(created.initialPassword());
        assertThat(login(username, created.initialPassword()).isAuthenticated()).isTrue();
        assertThat(service.listAccounts()).extracting(AccountSummary::username).contains(username);
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void empty_required_fields_give_field_errors_and_store_nothing() {
        long before = repository.count();

        assertThatThrownBy(() -> service.create(new NewAccount(" ", "", null, null, null, null)))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("displayName", "account.error.required")
                                .containsEntry("username", "account.error.required")
                                .containsEntry("email", "account.error.required")
                                .containsEntry("role", "account.error.required"));
        assertThatThrownBy(() -> service.create(
                        new NewAccount("Ib", unique("ib"), unique("ib") + "@x.dk", Role.INSTRUCTOR, null, null)))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("instructorKind"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void duplicate_user_name_or_email_is_refused_in_any_case_and_stores_nothing() {
        String username = unique("dublet");
        service.create(participant(username));
        long before = repository.count();

        assertThatThrownBy(() -> service.create(new NewAccount(
                        "Anden",
                        " " + username.toUpperCase() + " ",
                        unique("andet") + "@example.dk",
                        Role.PARTICIPANT,
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(Map.entry("username", "account.error.username.taken")));
        assertThatThrownBy(() -> service.create(new NewAccount(
                        "Anden",
                        unique("andet"),
                        (username + "@example.dk").toUpperCase(),
                        Role.PARTICIPANT,
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(Map.entry("email", "account.error.email.taken")));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_cpr_number_typed_as_a_name_is_refused_and_nothing_is_stored() {
        long before = repository.count();
        String username = unique("cpr");
        assertThatThrownBy(() -> service.create(new NewAccount(
                        "Borger 010180-1234", username, username + "@example.dk", Role.PARTICIPANT, null, null)))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("displayName", "account.error.cpr"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void malformed_user_name_email_and_a_team_that_does_not_exist_are_refused() {
        long before = repository.count();
        assertThatThrownBy(() -> service.create(new NewAccount(
                        "X", "har mellemrum", "ikke-en-adresse", Role.PARTICIPANT, null, new TeamId(-5))))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("username", "account.error.username.format")
                                .containsEntry("email", "account.error.email.format")
                                .containsEntry("teamId", "teams.error.unknown"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void deactivated_accounts_cannot_log_in_until_reactivated_and_admins_cannot_deactivate_themselves() {
        CreatedAccount created = service.create(participant(unique("stop")));
        String username = created.account().username();

        assertThat(service.deactivate(created.account().id()).active()).isFalse();
        assertThatThrownBy(() -> login(username, created.initialPassword())).isInstanceOf(DisabledException.class);

        service.reactivate(created.account().id());
        assertThat(login(username, created.initialPassword()).isAuthenticated()).isTrue();

        assertThatThrownBy(() -> service.deactivate(adminId()))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("active"));
        assertThat(repository.findByUsername("admin").orElseThrow().isActive()).isTrue();
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void wrong_passwords_never_lock_the_account_and_a_password_reset_replaces_the_password() {
        CreatedAccount created = service.create(participant(unique("laas")));
        String username = created.account().username();

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> login(username, "forkert")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login(username, created.initialPassword()).isAuthenticated())
                .as("a colleague typing the name cannot keep the owner out (decision 029)")
                .isTrue();
        AccountSummary listed = service.listAccounts().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
        assertThat(listed.lockedAt(clock.instant())).isFalse();

        String newPassword = service.resetPassword(created.account().id());
        assertThat(newPassword).isNotEqualTo(created.initialPassword()).hasSize(12);
        assertThatThrownBy(() -> login(username, created.initialPassword()))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login(username, newPassword).isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void unknown_user_names_fail_like_wrong_passwords() {
        assertThatThrownBy(() -> login("findes-ikke", "demo")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithUserDetails(value = "sagsbehandler", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_caseworker_is_refused_every_administration_call() {
        long before = repository.count();
        assertThatThrownBy(() -> service.listAccounts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(participant(unique("snyd")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword(adminId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deactivate(adminId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.myTeam()).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "leder", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_leader_sees_their_own_team_only() {
        List<String> team = new ArrayList<>(List.of("sagsbehandler"));
        team.addAll(DemoAccounts.TEAM);
        assertThat(service.myTeam()).extracting(AccountSummary::username).containsExactlyInAnyOrderElementsOf(team);
        assertThatThrownBy(() -> service.listAccounts()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_logged_in_is_refused() {
        assertThatThrownBy(() -> service.myLanguage()).isInstanceOf(AuthenticationException.class);
    }

    @Test
    @WithUserDetails(value = "jobcenter", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_chosen_language_is_remembered_and_only_danish_or_english_is_accepted() {
        service.setMyLanguage(Locale.ENGLISH);
        assertThat(service.myLanguage()).contains(Locale.ENGLISH);
        assertThatThrownBy(() -> service.setMyLanguage(Locale.GERMAN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(service.myLanguage()).contains(Locale.ENGLISH);
        service.setMyLanguage(Locale.forLanguageTag("da"));
        assertThat(service.myLanguage()).contains(Locale.forLanguageTag("da"));
    }

    private AccountId adminId() {
        return new AccountId(repository.findByUsername("admin").orElseThrow().requireId());
    }
}
