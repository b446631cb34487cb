package dk.attestkursus.testsupport;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.NewAccount;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.security.TeamService;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Accounts and course runs of their own for integration tests, so no test changes the demo data
 * another test relies on. Names are unique per call.
 */
@Component
public class Fixtures {

    private final AccountService accounts;
    private final TeamService teams;
    private final CourseRunRepository runs;
    private final EnrolmentRepository enrolments;
    private final RunAs runAs;

    Fixtures(
            AccountService accounts,
            TeamService teams,
            CourseRunRepository runs,
            EnrolmentRepository enrolments,
            UserDetailsService users,
            SecurityContextHolderStrategy contexts) {
        this.accounts = accounts;
        this.teams = teams;
        this.runs = runs;
        this.enrolments = enrolments;
        this.runAs = new RunAs(users, contexts);
        LOGINS.put(contexts, runAs);
    }

    /**
     * Each application context's logins, by its security-context strategy bean, for static helpers that
     * run as the demo administrator (a test JVM holds several contexts, e.g. StartupIT's own apps).
     */
    private static final Map<SecurityContextHolderStrategy, RunAs> LOGINS = new ConcurrentHashMap<>();

    /**
     * Runs {@code action} logged in as the demo's first municipality's administrator ({@code admin}), in
     * the application context whose strategy {@code contexts} is.
     */
    public static <T> T asDemoAdmin(SecurityContextHolderStrategy contexts, Supplier<T> action) {
        RunAs logins = LOGINS.get(contexts);
        if (logins == null) {
            throw new IllegalStateException("No test application context with this security strategy");
        }
        return logins.as("admin", action);
    }

    public <T> T as(String username, Supplier<T> action) {
        return runAs.as(username, action);
    }

    /** Runs {@code action} as a visitor who is not logged in. */
    public <T> T asAnonymous(Supplier<T> action) {
        return runAs.asAnonymous(action);
    }

    /** A new account with a unique user name starting with {@code prefix}; returns the user name. */
    public String account(String prefix, Role role) {
        return account(prefix, role, InstructorKind.JOBCENTER);
    }

    /** A new instructor (or other account) of the given kind; the e-mail is the user name at example.dk. */
    public String account(String prefix, Role role, InstructorKind kind) {
        String username = prefix + Unique.tag();
        as(
                "admin",
                () -> accounts.create(new NewAccount(
                        "Test " + username,
                        username,
                        username + "@example.dk",
                        role,
                        role == Role.INSTRUCTOR ? kind : null,
                        null)));
        return username;
    }

    /** A new team of the demo administrator's municipality, led by these leaders (user names). */
    public TeamId team(String name, String... leaders) {
        List<AccountId> ids =
                Arrays.stream(leaders).map(l -> new AccountId(id(l))).toList();
        return as("admin", () -> teams.create(name, ids));
    }

    /** Puts these caseworkers (user names) in the team, as its only members. */
    public void members(TeamId team, String... people) {
        List<AccountId> ids =
                Arrays.stream(people).map(p -> new AccountId(id(p))).toList();
        as("admin", () -> {
            teams.setMembers(team, ids);
            return null;
        });
    }

    public long id(String username) {
        return as(
                "admin",
                () -> accounts.listAccounts().stream()
                        .filter(a -> a.username().equals(username))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .value());
    }

    /** A run starting at {@code startsAt} (three hours long), with no one enrolled yet. */
    public CourseRunId run(String name, Instant startsAt) {
        // Saved in the demo administrator's municipality, as every fixture here (decision 020).
        return as(
                "admin",
                () -> new CourseRunId(
                        runs.save(new CourseRun(name, "Testkommune", startsAt, 180, null, null, Instant.now()))
                                .requireId()));
    }

    public void enrol(CourseRunId run, String username, EnrolmentRole role) {
        long account = id(username);
        as("admin", () -> enrolments.save(new Enrolment(run.value(), account, role, Instant.now())));
    }

    /** Gives up the participant's place in the run (as an administrator withdrawing them). */
    public void leave(CourseRunId run, String username) {
        long account = id(username);
        as("admin", () -> {
            Enrolment place = enrolments
                    .findByCourseRunIdAndAccountIdAndWithdrawnAtIsNull(run.value(), account)
                    .orElseThrow(() -> new IllegalStateException(username + " has no place in run " + run));
            place.withdraw(Instant.now());
            return enrolments.save(place);
        });
    }

    /** Records that the participant came to the run's session (as an instructor ticking them off). */
    public void attended(CourseRunId run, String username) {
        long account = id(username);
        as("admin", () -> {
            Enrolment place = enrolments
                    .findByCourseRunIdAndAccountIdAndWithdrawnAtIsNull(run.value(), account)
                    .orElseThrow(() -> new IllegalStateException(username + " has no place in run " + run));
            place.markAttended(Instant.now(), account);
            return enrolments.save(place);
        });
    }
}
