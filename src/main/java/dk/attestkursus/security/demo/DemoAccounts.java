package dk.attestkursus.security.demo;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.DemoAccountsSeeded;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.security.domain.Account;
import dk.attestkursus.security.domain.AccountRepository;
import dk.attestkursus.security.domain.Team;
import dk.attestkursus.security.domain.TeamLeader;
import dk.attestkursus.security.domain.TeamLeaderRepository;
import dk.attestkursus.security.domain.TeamRepository;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
            new Hint("admin", Role.ADMIN),
            new Hint("platform", Role.PLATFORM_ADMIN),
            new Hint("koordinator", Role.COORDINATOR));

    /**
     * Six more caseworkers in the demo leader's team, who took an earlier demo run: with Sara the team
     * is seven, big enough for the leader's results to show (groups of five or more).
     */
    public static final List<String> TEAM = List.of("ali", "birthe", "camilla", "dorte", "emil", "frida");
    /** The demo leader's team as the participant lists show it. */
    private static final String TEAM_NAME = "Sygedagpengeteamet";

    private static final List<String> TEAM_NAMES =
            List.of("Ali Hassan", "Birthe Holm", "Camilla Friis", "Dorte Krogh", "Emil Bach", "Frida Lund");

    /** The municipality the migration made for an installation's existing data (V15): the demo's first. */
    public static final MunicipalityId FIRST_MUNICIPALITY = new MunicipalityId(1);

    private final AccountRepository accounts;
    private final TeamRepository teams;
    private final TeamLeaderRepository teamLeaders;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SystemUser system;
    private final MunicipalScope scope;
    private final TransactionTemplate tx;

    DemoAccounts(
            Environment environment,
            AccountRepository accounts,
            TeamRepository teams,
            TeamLeaderRepository teamLeaders,
            PasswordEncoder encoder,
            Clock clock,
            ApplicationEventPublisher events,
            SystemUser system,
            MunicipalScope scope,
            PlatformTransactionManager txm) {
        DemoProfileGuard.check(environment);
        this.accounts = accounts;
        this.teams = teams;
        this.teamLeaders = teamLeaders;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
        this.system = system;
        this.scope = scope;
        this.tx = new TransactionTemplate(txm);
    }

    /** The demo accounts to list on the login page. */
    public List<Hint> hints() {
        return HINTS;
    }

    /** The demo's first municipality, in one transaction, as the platform working within it. */
    @Override
    public void run(ApplicationArguments args) {
        system.run(() -> scope.within(
                FIRST_MUNICIPALITY,
                () -> tx.execute(s -> {
                    seedFirst();
                    return null;
                })));
        system.run(() -> tx.execute(s -> {
            seedPlatform();
            return null;
        }));
    }

    /** The platform's own people (VID's administrator and a national coordinator), as the platform. */
    private void seedPlatform() {
        if (accounts.usernameTakenOnPlatform("platform")) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        var now = clock.instant();
        saveActivated(new Account(
                "platform",
                "platform@demo.attestkursus.dk",
                "Vera Platform",
                hash,
                Role.PLATFORM_ADMIN,
                null,
                null,
                now));
        saveActivated(new Account(
                "koordinator",
                "koordinator@demo.attestkursus.dk",
                "Karl Koordinator",
                hash,
                Role.COORDINATOR,
                null,
                null,
                now));
    }

    /**
     * The people of one demo municipality: a leader with a team of seven caseworkers, two instructors
     * of the two kinds and an administrator. User names start with {@code prefix} (empty in the first).
     */
    public record Cast(
            String prefix,
            String municipalityName,
            String leader,
            String caseworker,
            String practiceConsultant,
            String jobcentre,
            String administrator,
            String teamName,
            List<String> teamUsernames,
            List<String> teamNames,
            int variant) {

        public Cast {
            teamUsernames = List.copyOf(teamUsernames);
            teamNames = List.copyOf(teamNames);
        }
    }

    /** The demo's first municipality: the demo users of every earlier version, as they were. */
    public static final Cast FIRST = new Cast(
            "",
            "Hjørring Kommune",
            "Lene Leder",
            "Sara Sagsbehandler",
            "Peter Praksiskonsulent",
            "Jonna Jobcenter",
            "Anna Administrator",
            TEAM_NAME,
            TEAM,
            TEAM_NAMES,
            0);

    /** The demo's second municipality, so the national view has two to compare. */
    public static final Cast SECOND = new Cast(
            "th-",
            "Thisted Kommune",
            "Torben Thomsen",
            "Signe Skov",
            "Pia Poulsen",
            "Jens Juhl",
            "Allan Andersen",
            "Jobafklaringsteamet",
            List.of("gustav", "hanne", "ida", "jonas", "karen", "lars"),
            List.of("Gustav Gade", "Hanne Hald", "Ida Iversen", "Jonas Jepsen", "Karen Kjær", "Lars Lund"),
            1);

    /**
     * Seeds a demo municipality's people and, through {@link DemoAccountsSeeded}, its runs, progress,
     * requests and transfer data, in one transaction within that municipality. Nothing when its
     * administrator exists (an earlier start).
     */
    public void seedMunicipality(MunicipalityId municipality, Cast cast) {
        system.run(() -> scope.within(
                municipality,
                () -> tx.execute(s -> {
                    seed(cast);
                    return null;
                })));
    }

    private void seedFirst() {
        seed(FIRST);
    }

    private void seed(Cast cast) {
        String p = cast.prefix();
        if (accounts.usernameTakenOnPlatform(p + "admin")) {
            return; // created at an earlier start
        }
        String hash = encoder.encode(PASSWORD);
        var now = clock.instant();
        Account leader = saveActivated(
                new Account(p + "leder", mail(p + "leder"), cast.leader(), hash, Role.LEADER, null, null, now));
        long team = teams.save(new Team(cast.teamName(), now)).requireId();
        teamLeaders.save(new TeamLeader(team, leader.requireId()));
        Account sara = new Account(
                p + "sagsbehandler",
                mail(p + "sagsbehandler"),
                cast.caseworker(),
                hash,
                Role.PARTICIPANT,
                null,
                team,
                now);
        sara = saveActivated(sara);
        List<AccountId> members = new ArrayList<>();
        for (int i = 0; i < cast.teamUsernames().size(); i++) {
            String username = p + cast.teamUsernames().get(i);
            Account member = new Account(
                    username, mail(username), cast.teamNames().get(i), hash, Role.PARTICIPANT, null, team, now);
            members.add(idOf(saveActivated(member)));
        }
        Account practiceConsultant = saveActivated(new Account(
                p + "praksiskonsulent",
                mail(p + "praksiskonsulent"),
                cast.practiceConsultant(),
                hash,
                Role.INSTRUCTOR,
                InstructorKind.PRACTICE_CONSULTANT,
                null,
                now));
        Account jobcentre = saveActivated(new Account(
                p + "jobcenter",
                mail(p + "jobcenter"),
                cast.jobcentre(),
                hash,
                Role.INSTRUCTOR,
                InstructorKind.JOBCENTER,
                null,
                now));
        saveActivated(
                new Account(p + "admin", mail(p + "admin"), cast.administrator(), hash, Role.ADMIN, null, null, now));
        // heard synchronously: the runs, progress, requests and transfer data are made in this transaction
        events.publishEvent(new DemoAccountsSeeded(
                idOf(sara),
                idOf(practiceConsultant),
                idOf(jobcentre),
                members,
                cast.municipalityName(),
                cast.variant()));
    }

    /** Demo accounts have the password everyone knows: they count as activated (issue 22). */
    private Account saveActivated(Account account) {
        account.recordLoginAt(clock.instant());
        return accounts.save(account);
    }

    private static String mail(String username) {
        return username + "@demo.attestkursus.dk";
    }

    private static AccountId idOf(Account account) {
        return new AccountId(account.requireId());
    }
}
