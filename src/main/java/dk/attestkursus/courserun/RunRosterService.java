package dk.attestkursus.courserun;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.security.TeamService;
import dk.attestkursus.security.TeamSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs and their people for the mails around a course: which runs are in their before-or-after
 * period, and who is in each. For the platform's scheduled jobs and administrators; instructors reach
 * their own runs through {@link #roster(CourseRunId)} too.
 */
@Service
@Transactional(readOnly = true)
public class RunRosterService {

    private final CourseRunRepository runs;
    private final EnrolmentRepository enrolments;
    private final AccountService accounts;
    private final TeamService teams;
    private final CourseRunService courseRuns;
    private final RunAccess access;

    RunRosterService(
            CourseRunRepository runs,
            EnrolmentRepository enrolments,
            AccountService accounts,
            TeamService teams,
            CourseRunService courseRuns,
            RunAccess access) {
        this.runs = runs;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.teams = teams;
        this.courseRuns = courseRuns;
        this.access = access;
    }

    /** The runs whose session starts after {@code from} (runs still in their mail period start later). */
    @PreAuthorize(AppRoles.HAS_ADMIN_OR_SYSTEM)
    public List<CourseRunSummary> runsStartingAfter(Instant from) {
        return courseRuns.summaries(runs.findAllByOrderByStartsAtAsc().stream()
                .filter(r -> r.getStartsAt().isAfter(from) && !r.isCancelled())
                .toList());
    }

    /** Days after the session that a run's last follow-up falls when the run names none (as transfer's). */
    static final int LAST_FOLLOW_UP_DAYS = 42;

    /**
     * The runs of the current municipality, cancelled ones too, whose last follow-up was before
     * {@code before}: the run's second follow-up date, else the session's date plus six weeks (the same
     * rule as {@code transfer.FollowUpDates}), from the morning of that Danish date. For the retention of
     * personal data (issue 25): what belongs to these runs is old enough to be purged.
     */
    @PreAuthorize(AppRoles.HAS_ADMIN_OR_SYSTEM)
    public List<CourseRunId> runsFollowedUpBefore(Instant before) {
        return runs.findAllByOrderByStartsAtAsc().stream()
                .filter(r -> lastFollowUp(r).isBefore(before))
                .map(r -> new CourseRunId(r.requireId()))
                .toList();
    }

    private static Instant lastFollowUp(CourseRun run) {
        LocalDate date = run.getFollowUpSecond() != null
                ? run.getFollowUpSecond()
                : run.getStartsAt().atZone(TimeConfig.ZONE).toLocalDate().plusDays(LAST_FOLLOW_UP_DAYS);
        return date.atStartOfDay(TimeConfig.ZONE).toInstant();
    }

    /**
     * The run alone, without its people: for work done once per participant (an invitation per person of
     * an import of thousands must not read the whole roster each time).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
    public CourseRunSummary run(CourseRunId runId) {
        return courseRuns.summary(reachable(runId));
    }

    /** A run with its active participants, their leaders and the instructors' names. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_ADMIN_OR_SYSTEM)
    public RunRoster roster(CourseRunId runId) {
        CourseRun run = reachable(runId);
        List<Enrolment> active = enrolments.findActiveByRuns(List.of(runId.value()));
        Map<AccountId, AccountSummary> people = accounts.summaries(
                ids(active.stream().map(Enrolment::getAccountId).toList()));
        List<RunRoster.Person> participants = active.stream()
                .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT)
                .map(e -> people.get(new AccountId(e.getAccountId())))
                .filter(Objects::nonNull)
                .filter(AccountSummary::active)
                .map(RunRosterService::person)
                .toList();
        Map<TeamId, TeamSummary> teamsOf = teams.summaries(participants.stream()
                .map(RunRoster.Person::team)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<AccountId, Set<TeamId>> leads = new HashMap<>();
        teamsOf.values()
                .forEach(t -> t.leaders()
                        .forEach(l -> leads.computeIfAbsent(l.id(), k -> new HashSet<>())
                                .add(t.id())));
        Map<AccountId, AccountSummary> leaderAccounts = accounts.summaries(leads.keySet());
        List<RunRoster.Person> leaders = leaderAccounts.values().stream()
                .filter(AccountSummary::active)
                .map(a -> new RunRoster.Person(a.id(), a.displayName(), a.email(), null, leads.get(a.id())))
                .sorted(Comparator.comparing(RunRoster.Person::name))
                .toList();
        List<RunRoster.Person> instructors = active.stream()
                .filter(e -> e.getRole() == EnrolmentRole.INSTRUCTOR)
                .map(e -> people.get(new AccountId(e.getAccountId())))
                .filter(Objects::nonNull)
                .filter(AccountSummary::active)
                .map(a -> new RunRoster.Person(a.id(), a.displayName(), a.email(), null, Set.of()))
                .sorted(Comparator.comparing(RunRoster.Person::name))
                .toList();
        return new RunRoster(courseRuns.summary(run), participants, leaders, instructors);
    }

    private CourseRun reachable(CourseRunId runId) {
        if (!access.isSystem()) {
            access.manageable(runId);
        }
        return runs.findById(runId.value())
                .orElseThrow(
                        () -> new RunRefusedException(RunRefusedException.Reason.NOT_YOURS, "run " + runId.value()));
    }

    private static RunRoster.Person person(AccountSummary a) {
        return new RunRoster.Person(a.id(), a.displayName(), a.email(), a.teamId(), Set.of());
    }

    private static List<AccountId> ids(Collection<Long> values) {
        return values.stream().distinct().map(AccountId::new).toList();
    }
}
