package dk.attestkursus.e2e;

import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.CreatedAccount;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.NewAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.Unique;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Accounts of a test's own, made through the {@link AccountService} as an administrator would, so
 * a test never changes the demo accounts other tests log in with.
 */
public final class TestAccounts {

    private final AccountService accounts;
    private final SecurityContextHolderStrategy contexts;

    /** {@code contexts}: the application's strategy bean, which method security reads (Vaadin's). */
    public TestAccounts(AccountService accounts, SecurityContextHolderStrategy contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    /** A user name no other test uses, e.g. {@code lock-3f9a1c2b}. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + Unique.tag();
    }

    /** Creates an account with a generated password; caseworkers get no leader, instructors are jobcenter staff. */
    public CreatedAccount create(String prefix, Role role) {
        String username = uniqueUsername(prefix);
        return asAdmin(
                contexts,
                () -> accounts.create(new NewAccount(
                        "E2E " + username,
                        username,
                        username + "@e2e.example.dk",
                        role,
                        role == Role.INSTRUCTOR ? InstructorKind.JOBCENTER : null,
                        null)));
    }

    /** Creates an instructor of the given kind (practice consultant or jobcenter). */
    public CreatedAccount createInstructor(String prefix, InstructorKind kind) {
        String username = uniqueUsername(prefix);
        return asAdmin(
                contexts,
                () -> accounts.create(new NewAccount(
                        "E2E " + username, username, username + "@e2e.example.dk", Role.INSTRUCTOR, kind, null)));
    }

    /** All accounts, as the administrator's service lists them. */
    public List<AccountSummary> all() {
        return asAdmin(contexts, accounts::listAccounts);
    }

    public AccountSummary byUsername(String username) {
        return all().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No account " + username));
    }

    /**
     * Runs an action as the demo's municipal administrator, logged in as {@code admin} would be, so it
     * works in that municipality (decision 020); {@code contexts}, the application's strategy bean, says
     * which application context.
     */
    public static <T> T asAdmin(SecurityContextHolderStrategy contexts, Supplier<T> action) {
        return Fixtures.asDemoAdmin(contexts, action);
    }
}
