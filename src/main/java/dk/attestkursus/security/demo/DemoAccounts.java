package dk.attestkursus.security.demo;

import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.DemoAccountsSeeded;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts (password "demo"), created at the first start on an empty database under the
 * {@code demo} profile (which the default and {@code postgres} profiles include and {@code prod} never
 * may: {@link DemoProfileGuard}). The list also feeds the hints on the login page, which exist only
 * under {@code demo}.
 *
 * <p>The only demo start-up runner: it publishes {@link DemoAccountsSeeded} in its transaction, and the
 * other features' demo data follows from that event in the same transaction ({@code
 * docs/decisions/018-demo-data-profile.md}). Order 10: after {@code BootstrapAdmin} (5), before the
 * check-in codes (30), which the demo runs get there.
 */
@Component
@Profile(DemoProfileGuard.DEMO)
@Order(10)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "demo";

    /** A demo account as the login page lists it. */
    public record Hint(String username, Role role) {}

    private static final List<Hint> HINTS = List.of(
            new Hint("sagsbehandler", Role.PARTICIPANT),
            new Hint("praksiskonsulent", Role.INSTRUCTOR),
            new Hint("jobcenter", Role.INSTRUCTOR),
            new Hint("leder", Role.LEADER),
            new Hint("admin", Role.ADMIN));

    /**
     * Six more caseworkers in the demo leader's team, who took an earlier demo run: with Sara the team
     * is seven, big enough for the leader's results to show (groups of five or more).
     */
    public static final List<String> TEAM = List.of("ali", "birthe", "camilla", "dorte", "emil", "frida");
    /** The demo leader's team as the participant lists show it. */
    private static final String TEAM_NAME = "Sygedagpengeteamet";

    private static final List<String> TEAM_NAMES =
            List.of("Ali Hassan", "Birthe Holm", "Camilla Friis", "Dorte Krogh", "Emil Bach", "Frida Lund");

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoAccounts(
            Environment environment,
            AccountRepository accounts,
            PasswordEncoder encoder,
            Clock clock,
            ApplicationEventPublisher events) {
        DemoProfileGuard.check(environment);
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    /** The demo accounts to list on the login page. */
    public List<Hint> hints() {
        return HINTS;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByUsername("admin")) {
            return; // created at an earlier start
        }
        String hash = encoder.encode(PASSWORD);
        var now = clock.instant();
        Account leader = accounts.save(
                new Account("leder", "leder@demo.attestkursus.dk", "Lene Leder", hash, Role.LEADER, null, null, now));
        Account sara = new Account(
                "sagsbehandler",
                "sagsbehandler@demo.attestkursus.dk",
                "Sara Sagsbehandler",
                hash,
                Role.PARTICIPANT,
                null,
                leader.requireId(),
                now);
        sara.joinTeam(TEAM_NAME, leader.requireId());
        sara = accounts.save(sara);
        List<AccountId> team = new ArrayList<>();
        for (int i = 0; i < TEAM.size(); i++) {
            Account member = new Account(
                    TEAM.get(i),
                    TEAM.get(i) + "@demo.attestkursus.dk",
                    TEAM_NAMES.get(i),
                    hash,
                    Role.PARTICIPANT,
                    null,
                    leader.requireId(),
                    now);
            member.joinTeam(TEAM_NAME, leader.requireId());
            team.add(idOf(accounts.save(member)));
        }
        Account practiceConsultant = accounts.save(new Account(
                "praksiskonsulent",
                "praksiskonsulent@demo.attestkursus.dk",
                "Peter Praksiskonsulent",
                hash,
                Role.INSTRUCTOR,
                InstructorKind.PRACTICE_CONSULTANT,
                null,
                now));
        Account jobcentre = accounts.save(new Account(
                "jobcenter",
                "jobcenter@demo.attestkursus.dk",
                "Jonna Jobcenter",
                hash,
                Role.INSTRUCTOR,
                InstructorKind.JOBCENTER,
                null,
                now));
        accounts.save(new Account(
                "admin", "admin@demo.attestkursus.dk", "Anna Administrator", hash, Role.ADMIN, null, null, now));
        // heard synchronously: the runs, progress, requests and transfer data are made in this transaction
        events.publishEvent(new DemoAccountsSeeded(idOf(sara), idOf(practiceConsultant), idOf(jobcentre), team));
    }

    private static AccountId idOf(Account account) {
        return new AccountId(account.requireId());
    }
}
