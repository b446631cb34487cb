package dk.attestkursus.courserun;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentEvent;
import dk.attestkursus.courserun.domain.EnrolmentEventRepository;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and editing course runs and their co-instructors: the course guide's pair of a
 * practice consultant and a jobcenter representative. Administrators manage every run; an
 * instructor manages the runs they teach.
 */
@Service
@Transactional(readOnly = true)
public class RunManagementService {

    /** Shortest and longest live session that can be planned, in minutes. */
    public static final int MIN_MINUTES = 30;
    /** A run's length unless its instructors choose another: the runbook's (content/program.yml). */
    public static final int DEFAULT_MINUTES = 150;

    public static final int MAX_MINUTES = 480;
    public static final int MAX_CAPACITY = 1000;
    public static final int MAX_INSTRUCTORS = 4;

    private final CourseRunRepository runs;
    private final EnrolmentRepository enrolments;
    private final EnrolmentEventRepository events;
    private final AccountService accounts;
    private final RunAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final CheckInCodes codes;
    private final RunInputRules rules;

    RunManagementService(
            CourseRunRepository runs,
            EnrolmentRepository enrolments,
            EnrolmentEventRepository events,
            AccountService accounts,
            RunAccess access,
            Clock clock,
            ApplicationEventPublisher publisher,
            CheckInCodes codes,
            RunInputRules rules) {
        this.rules = rules;
        this.publisher = publisher;
        this.codes = codes;
        this.runs = runs;
        this.enrolments = enrolments;
        this.events = events;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    /** The runs the caller manages: every run for an administrator, their own for an instructor. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public List<CourseRunSummary> manageableRuns() {
        List<CourseRun> list = access.me().role() == Role.ADMIN
                ? runs.findAllByOrderByStartsAtAsc()
                : runs.findEnrolled(access.me().id().value(), EnrolmentRole.INSTRUCTOR);
        return summaries(list);
    }

    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public RunDetails details(CourseRunId id) {
        return details(access.manageable(id));
    }

    /**
     * A default for a new run: the first working day three weeks ahead at 9.00, the runbook's
     * {@value #DEFAULT_MINUTES} minutes, follow-ups on the first working days 2 and 6 weeks later (no weekend,
     * public holiday or day between Christmas and New Year: {@link DanishCalendar}).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public RunInput template() {
        LocalDate day = DanishCalendar.workdayOnOrAfter(LocalDate.now(clock).plusWeeks(3));
        List<AccountId> me =
                access.me().role() == Role.INSTRUCTOR ? List.of(access.me().id()) : List.of();
        return new RunInput(
                "",
                "",
                day,
                LocalTime.of(9, 0),
                DEFAULT_MINUTES,
                false,
                "",
                "",
                null,
                me,
                DanishCalendar.workdayOnOrAfter(day.plusWeeks(2)),
                DanishCalendar.workdayOnOrAfter(day.plusWeeks(6)));
    }

    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public CourseRunId create(RunInput input) {
        RunInputRules.Valid v = rules.validate(input, null);
        Instant now = clock.instant();
        CourseRun run =
                new CourseRun(v.name(), v.municipality(), v.startsAt(), v.minutes(), v.location(), v.meetingUrl(), now);
        run.edit(
                v.name(),
                v.municipality(),
                v.startsAt(),
                v.minutes(),
                input.online(),
                v.location(),
                v.meetingUrl(),
                input.capacity(),
                input.followUpFirst(),
                input.followUpSecond(),
                now);
        run.setCheckInCode(codes.newCode());
        run = runs.save(run);
        setInstructors(run, v.instructors(), now);
        CourseRunId id = new CourseRunId(run.requireId());
        publisher.publishEvent(new RunCreated(id, run.municipality()));
        return id;
    }

    /**
     * Saves an edit. {@code loadedVersion} is the version the editor showed: if someone else saved
     * in between, nothing is changed and the caller is told to reload.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public RunDetails update(CourseRunId id, RunInput input, long loadedVersion) {
        access.manageable(id);
        // Locked like an enrolment locks it, so a lower capacity is checked against the final count.
        CourseRun run = runs.findLocked(id.value()).orElseThrow();
        if (run.getVersion() != loadedVersion) {
            throw new RunRefusedException(
                    RunRefusedException.Reason.CONFLICT,
                    "run " + id + " version " + run.getVersion() + " != " + loadedVersion);
        }
        if (run.isCancelled()) {
            throw new RunRefusedException(RunRefusedException.Reason.CANCELLED, "run " + id);
        }
        RunInputRules.Valid v = rules.validate(input, run);
        Instant now = clock.instant();
        boolean moved = !v.startsAt().equals(run.getStartsAt())
                || v.minutes() != run.getDurationMinutes()
                || input.online() != run.isOnline()
                || !Objects.equals(input.online() ? null : v.location(), run.getLocation())
                || !Objects.equals(input.online() ? v.meetingUrl() : null, run.getMeetingUrl());
        run.edit(
                v.name(),
                v.municipality(),
                v.startsAt(),
                v.minutes(),
                input.online(),
                v.location(),
                v.meetingUrl(),
                input.capacity(),
                input.followUpFirst(),
                input.followUpSecond(),
                now);
        setInstructors(run, v.instructors(), now);
        runs.saveAndFlush(run);
        if (moved) {
            // The calendars that already hold the session follow it (issue 23): runmails sends the updates.
            publisher.publishEvent(new RunRescheduled(id, run.municipality()));
        }
        return details(run);
    }

    /** The longest reason for cancelling a run (it goes into the cancellation mail). */
    public static final int MAX_CANCEL_REASON = 500;

    /**
     * Cancels a run whose session has not started, with a reason: everyone in it gets a cancellation of
     * the appointment with the reason (runmails), no more of its mails go out, and its caseworkers see it
     * on their start page. Refused with nothing changed: no reason, one over {@value #MAX_CANCEL_REASON}
     * characters or with a CPR number ({@link RunValidationException} on {@code reason}); a run cancelled
     * already ({@code CANCELLED}); a session held or under way ({@code HELD}).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public RunDetails cancel(CourseRunId id, String reason) {
        access.manageable(id);
        CourseRun run = runs.findLocked(id.value()).orElseThrow();
        if (run.isCancelled()) {
            throw new RunRefusedException(RunRefusedException.Reason.CANCELLED, "run " + id);
        }
        Instant now = clock.instant();
        if (!run.getStartsAt().isAfter(now)) {
            throw new RunRefusedException(RunRefusedException.Reason.HELD, "run " + id);
        }
        String why = RunInputRules.text(reason);
        if (why.isEmpty()) {
            throw new RunValidationException(Map.of("reason", "run.error.required"));
        }
        if (why.length() > MAX_CANCEL_REASON) {
            throw new RunValidationException(Map.of("reason", "run.error.tooLong"));
        }
        if (CprDetector.contains(why)) {
            throw new RunValidationException(Map.of("reason", "run.error.cpr"));
        }
        run.cancel(why, access.me().id().value(), now);
        runs.saveAndFlush(run);
        publisher.publishEvent(new RunCancelled(id, run.municipality(), why));
        return details(run);
    }

    private RunDetails details(CourseRun run) {
        CourseRunSummary summary = summaries(List.of(run)).getFirst();
        List<AccountSummary> instructors =
                List.copyOf(accounts.summaries(summary.instructorIds()).values());
        ZonedDateTime start = run.getStartsAt().atZone(TimeConfig.ZONE);
        return new RunDetails(
                summary,
                run.getVersion(),
                start.toLocalDate(),
                start.toLocalTime(),
                instructors.stream()
                        .sorted(Comparator.comparing(AccountSummary::displayName))
                        .toList(),
                warnings(summary, instructors),
                run.getCheckInCode());
    }

    /** What the run lacks to be taught as the course guide describes: one instructor of each kind. */
    static List<String> warnings(CourseRunSummary run, List<AccountSummary> instructors) {
        Set<InstructorKind> kinds =
                instructors.stream().flatMap(a -> a.kind().stream()).collect(Collectors.toSet());
        List<String> warnings = new ArrayList<>();
        if (!kinds.contains(InstructorKind.PRACTICE_CONSULTANT)) {
            warnings.add("run.warning.noPracticeConsultant");
        }
        if (!kinds.contains(InstructorKind.JOBCENTER)) {
            warnings.add("run.warning.noJobcenter");
        }
        if (run.capacity() != null && run.participantCount() > run.capacity()) {
            warnings.add("run.warning.overCapacity");
        }
        return warnings;
    }

    private void setInstructors(CourseRun run, List<AccountId> wanted, Instant now) {
        long runId = run.requireId();
        long by = access.me().id().value();
        Set<Long> wantedIds =
                wanted.stream().map(AccountId::value).collect(Collectors.toCollection(LinkedHashSet::new));
        for (Enrolment e : enrolments.findByCourseRunIdOrderByIdAsc(runId)) {
            if (e.getRole() != EnrolmentRole.INSTRUCTOR || e.isGuest()) {
                continue; // guests are invited and revoked by the administrator (GuestInstructorService)
            }
            if (wantedIds.remove(e.getAccountId())) {
                if (!e.isActive()) {
                    e.reenrol(now);
                    events.save(
                            new EnrolmentEvent(runId, e.getAccountId(), EnrolmentEvent.Kind.REENROLLED, null, by, now));
                }
            } else if (e.isActive()) {
                e.withdraw(now);
                events.save(new EnrolmentEvent(runId, e.getAccountId(), EnrolmentEvent.Kind.WITHDRAWN, null, by, now));
            }
        }
        for (long id : wantedIds) {
            enrolments.save(new Enrolment(runId, id, EnrolmentRole.INSTRUCTOR, now));
            events.save(new EnrolmentEvent(runId, id, EnrolmentEvent.Kind.ENROLLED, null, by, now));
        }
    }

    private List<CourseRunSummary> summaries(List<CourseRun> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        return CourseRunService.summaries(
                list,
                enrolments
                        .findActiveByRuns(
                                list.stream().map(CourseRun::requireId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(Enrolment::getCourseRunId)));
    }
}
