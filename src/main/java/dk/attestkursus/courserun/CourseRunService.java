package dk.attestkursus.courserun;

import dk.attestkursus.base.Chunks;
import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.courserun.domain.ParticipantPlace;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Course runs (hold) and who is enrolled: the API of the course-run feature. */
@Service
@Transactional(readOnly = true)
public class CourseRunService {

    private final CourseRunRepository runs;
    private final EnrolmentRepository enrolments;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    CourseRunService(
            CourseRunRepository runs,
            EnrolmentRepository enrolments,
            CurrentUser currentUser,
            AccountService accounts,
            Clock clock) {
        this.runs = runs;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The caseworker's next run that has not ended yet, if they are enrolled in one. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    public Optional<CourseRunSummary> myNextRun() {
        Instant now = clock.instant();
        List<CourseRun> mine = runs.findEnrolled(currentUser.require().id().value(), EnrolmentRole.PARTICIPANT);
        return summaries(mine).stream()
                .filter(r -> r.endsAt().isAfter(now) && !r.cancelled())
                .findFirst();
    }

    /**
     * The caseworker's run: the latest one they have an active place in, also after the session, when
     * the follow-up continues. Empty when they have no place.
     */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    public Optional<CourseRunSummary> myCurrentRun() {
        List<CourseRun> mine = runs.findEnrolled(currentUser.require().id().value(), EnrolmentRole.PARTICIPANT);
        return summaries(mine).stream()
                .filter(r -> !r.cancelled())
                .max(Comparator.comparing(CourseRunSummary::startsAt));
    }

    /**
     * The cancelled run the caseworker still has a place in (issue 23), for their start page to say so
     * with the reason until they are moved to another run. Empty when there is none.
     */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    public Optional<CourseRunSummary> myCancelledRun() {
        List<CourseRun> mine = runs.findEnrolled(currentUser.require().id().value(), EnrolmentRole.PARTICIPANT);
        return summaries(mine).stream()
                .filter(CourseRunSummary::cancelled)
                .max(Comparator.comparing(CourseRunSummary::startsAt));
    }

    /**
     * The latest run the caseworker attended (an active place with attendance recorded), for the
     * course certificate. Empty when they have attended none.
     */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    public Optional<AttendedRun> myAttendedRun() {
        long me = currentUser.require().id().value();
        List<CourseRun> mine = runs.findEnrolled(me, EnrolmentRole.PARTICIPANT);
        Map<Long, List<Enrolment>> byRun = activeEnrolments(mine);
        return summaries(mine, byRun).stream()
                .sorted(Comparator.comparing(CourseRunSummary::startsAt).reversed())
                .flatMap(run -> byRun.getOrDefault(run.id().value(), List.of()).stream()
                        .filter(e -> e.getAccountId() == me
                                && e.getRole() == EnrolmentRole.PARTICIPANT
                                && e.getAttendedAt() != null)
                        .map(e -> new AttendedRun(run, Objects.requireNonNull(e.getAttendedAt()))))
                .findFirst();
    }

    /**
     * The latest run whose session the caseworker attended, also when they have since left it to take
     * the course again (a caseworker has one active place), for the course day on their start page.
     * The course certificate asks {@link #myAttendedRun()}, which needs the place to be active.
     */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    public Optional<AttendedRun> myLastAttendance() {
        List<Enrolment> attended =
                enrolments.findAttendances(currentUser.require().id().value());
        if (attended.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Instant> when = attended.stream()
                .collect(Collectors.toMap(
                        Enrolment::getCourseRunId, e -> Objects.requireNonNull(e.getAttendedAt()), (a, b) -> a));
        return summaries(runs.findAllById(when.keySet())).stream()
                .max(Comparator.comparing(CourseRunSummary::startsAt))
                .map(run -> new AttendedRun(run, when.get(run.id().value())));
    }

    /** The runs the logged-in instructor teaches, soonest first. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    public List<CourseRunSummary> myRunsAsInstructor() {
        return summaries(runs.findEnrolled(currentUser.require().id().value(), EnrolmentRole.INSTRUCTOR));
    }

    /** The runs the leader's team members take part in, with how many of the team are in each. */
    @PreAuthorize(AppRoles.HAS_LEADER)
    public List<TeamRun> myTeamRuns() {
        Set<Long> team = accounts.myTeam().stream().map(a -> a.id().value()).collect(Collectors.toSet());
        if (team.isEmpty()) {
            return List.of();
        }
        List<CourseRun> teamRuns = runs.findWithParticipants(team);
        Map<Long, List<Enrolment>> byRun = activeEnrolments(teamRuns);
        return summaries(teamRuns, byRun).stream()
                .map(s -> {
                    List<Enrolment> fromTeam = byRun.getOrDefault(s.id().value(), List.of()).stream()
                            .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT && team.contains(e.getAccountId()))
                            .toList();
                    return new TeamRun(s, fromTeam.size(), (int) fromTeam.stream()
                            .filter(e -> e.getAttendedAt() != null)
                            .count());
                })
                .toList();
    }

    /**
     * The participants of a run the logged-in instructor teaches (an administrator may ask for any
     * run), for aggregated statistics. Refused for a run the instructor does not teach.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public List<AccountId> participantsOf(CourseRunId runId) {
        List<Enrolment> enrolled = enrolments.findActiveByRuns(List.of(runId.value()));
        long me = currentUser.require().id().value();
        boolean teaches =
                enrolled.stream().anyMatch(e -> e.getRole() == EnrolmentRole.INSTRUCTOR && e.getAccountId() == me);
        if (!teaches && currentUser.require().role() != Role.ADMIN) {
            throw new AccessDeniedException("Not an instructor of run " + runId);
        }
        return enrolled.stream()
                .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT)
                .map(e -> new AccountId(e.getAccountId()))
                .toList();
    }

    /**
     * {@link #participantsOf(CourseRunId)} for many runs at once, in one statement ({@link Chunks#about}): each
     * run asked about with its participants (none for a run not found). Refused unless the logged-in
     * instructor teaches every one of them; an administrator may ask for any.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public Map<CourseRunId, List<AccountId>> participantsOf(Collection<CourseRunId> runIds) {
        if (currentUser.require().role() != Role.ADMIN) {
            Set<Long> taught = enrolments
                    .findActiveInstructorPlaces(currentUser.require().id().value())
                    .stream()
                    .map(Enrolment::getCourseRunId)
                    .collect(Collectors.toSet());
            runIds.stream().filter(r -> !taught.contains(r.value())).findFirst().ifPresent(r -> {
                throw new AccessDeniedException("Not an instructor of run " + r);
            });
        }
        Map<CourseRunId, List<AccountId>> participants = new LinkedHashMap<>();
        runIds.forEach(r -> participants.put(r, new ArrayList<>()));
        for (ParticipantPlace place : Chunks.about(
                participants.keySet().stream().map(CourseRunId::value).toList(),
                ParticipantPlace::courseRunId,
                enrolments::allParticipantPlaces,
                enrolments::participantPlacesInRuns)) {
            participants.get(new CourseRunId(place.courseRunId())).add(new AccountId(place.accountId()));
        }
        participants.replaceAll((run, people) -> List.copyOf(people));
        return participants;
    }

    /** The logged-in user's active place in a run (participant or instructor), if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<RunRole> myRoleIn(CourseRunId runId) {
        return enrolments
                .findByCourseRunIdAndAccountIdAndWithdrawnAtIsNull(
                        runId.value(), currentUser.require().id().value())
                .map(e -> e.getRole() == EnrolmentRole.INSTRUCTOR ? RunRole.INSTRUCTOR : RunRole.PARTICIPANT);
    }

    /** A run the logged-in user is actively enrolled in (any role), or any run for an administrator. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CourseRunSummary> myRun(CourseRunId runId) {
        if (currentUser.require().role() != Role.ADMIN && myRoleIn(runId).isEmpty()) {
            return Optional.empty();
        }
        return runs.findById(runId.value()).map(run -> summaries(List.of(run)).getFirst());
    }

    /** Every run, soonest first. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public List<CourseRunSummary> allRuns() {
        return summaries(runs.findAllByOrderByStartsAtAsc());
    }

    /** The team size of the logged-in leader, for the start page. */
    @PreAuthorize(AppRoles.HAS_LEADER)
    public int myTeamSize() {
        return accounts.myTeam().size();
    }

    /** One run's summary, counting its participants in the database rather than reading them. */
    CourseRunSummary summary(CourseRun run) {
        long id = run.requireId();
        return summary(
                run,
                enrolments.findActiveInstructors(id).stream()
                        .map(e -> new AccountId(e.getAccountId()))
                        .toList(),
                Math.toIntExact(enrolments.countActiveParticipants(id)));
    }

    List<CourseRunSummary> summaries(List<CourseRun> list) {
        return summaries(list, activeEnrolments(list));
    }

    private Map<Long, List<Enrolment>> activeEnrolments(List<CourseRun> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return enrolments
                .findActiveByRuns(list.stream().map(CourseRun::requireId).toList())
                .stream()
                .collect(Collectors.groupingBy(Enrolment::getCourseRunId));
    }

    static List<CourseRunSummary> summaries(List<CourseRun> list, Map<Long, List<Enrolment>> byRun) {
        return list.stream()
                .map(run -> {
                    List<Enrolment> enrolled = byRun.getOrDefault(run.requireId(), List.of());
                    List<AccountId> instructors = enrolled.stream()
                            .filter(e -> e.getRole() == EnrolmentRole.INSTRUCTOR)
                            .map(e -> new AccountId(e.getAccountId()))
                            .toList();
                    int participants = (int) enrolled.stream()
                            .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT)
                            .count();
                    return summary(run, instructors, participants);
                })
                .toList();
    }

    private static CourseRunSummary summary(CourseRun run, List<AccountId> instructors, int participants) {
        return new CourseRunSummary(
                new CourseRunId(run.requireId()),
                run.getName(),
                run.getMunicipality(),
                run.getStartsAt(),
                run.getDurationMinutes(),
                run.getLocation(),
                run.getMeetingUrl(),
                instructors,
                participants,
                run.isOnline(),
                run.getCapacity(),
                run.getFollowUpFirst(),
                run.getFollowUpSecond(),
                run.getCancelledAt(),
                run.getCancelReason());
    }
}
