package dk.attestkursus.security;

import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts (password "demo"), created once at start-up while demo data is on
 * ({@code attestkursus.demo-data}, off under the {@code prod} profile). The list also feeds the
 * hints on the login page, which show only while demo data is on.
 */
@Component
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
    static final String TEAM_NAME = "Sygedagpengeteamet";

    private static final List<String> TEAM_NAMES =
            List.of("Ali Hassan", "Birthe Holm", "Camilla Friis", "Dorte Krogh", "Emil Bach", "Frida Lund");

    private final boolean enabled;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(
            @Value("${attestkursus.demo-data:false}") boolean enabled,
            AccountRepository accounts,
            PasswordEncoder encoder,
            Clock clock) {
        this.enabled = enabled;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The demo accounts to list on the login page: none unless demo data is on. */
    public List<Hint> hints() {
        return enabled ? HINTS : List.of();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || accounts.existsByUsername("admin")) {
            return; // off, or created at an earlier start
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
        accounts.save(sara);
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
            accounts.save(member);
        }
        accounts.save(new Account(
                "praksiskonsulent",
                "praksiskonsulent@demo.attestkursus.dk",
                "Peter Praksiskonsulent",
                hash,
                Role.INSTRUCTOR,
                InstructorKind.PRACTICE_CONSULTANT,
                null,
                now));
        accounts.save(new Account(
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
    }

    /** Id of a demo account by user name, for the demo data of other features. */
    public Optional<AccountId> idOf(String username) {
        return accounts.findByUsername(username).map(a -> new AccountId(a.requireId()));
    }

    /** Ids of the demo leader's team who took the held demo run, in {@link #TEAM} order. */
    public List<Long> teamIds() {
        return TEAM.stream()
                .map(u -> idOf(u).orElseThrow(() -> new IllegalStateException("Demo account missing: " + u))
                        .value())
                .toList();
    }

    public boolean enabled() {
        return enabled;
    }
}
