package dk.attestkursus.courserun;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.base.UniqueKeys;
import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentEvent;
import dk.attestkursus.courserun.domain.EnrolmentEventRepository;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.AccountValidationException;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.NewParticipant;
import dk.attestkursus.security.ProvisionedParticipant;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.security.TeamService;
import dk.attestkursus.security.TeamSummary;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a run: enrolling one at a time or from a file, moving to another run,
 * withdrawing, and attendance on the day. A caseworker has one active place in the course at a
 * time. Every change is written to the enrolment history.
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {

    /** Check-in opens this long before the session starts. */
    public static final Duration CHECK_IN_OPENS = Duration.ofHours(1);

    private final CourseRunRepository runs;
    private final EnrolmentRepository enrolments;
    private final EnrolmentEventRepository events;
    private final AccountService accounts;
    private final TeamService teams;
    private final RunAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final ImportCheck importCheck;

    EnrolmentService(
            CourseRunRepository runs,
            EnrolmentRepository enrolments,
            EnrolmentEventRepository events,
            AccountService accounts,
            TeamService teams,
            RunAccess access,
            Clock clock,
            ApplicationEventPublisher publisher,
            ImportCheck importCheck) {
        this.importCheck = importCheck;
        this.publisher = publisher;
        this.runs = runs;
        this.enrolments = enrolments;
        this.events = events;
        this.accounts = accounts;
        this.teams = teams;
        this.access = access;
        this.clock = clock;
    }

    /** The active participants of a run, by name. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public List<RunParticipant> participants(CourseRunId runId) {
        access.manageable(runId);
        List<Enrolment> active = enrolments.findActiveByRuns(List.of(runId.value())).stream()
                .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT)
                .toList();
        Map<AccountId, AccountSummary> people = accounts.summaries(
                active.stream().map(e -> new AccountId(e.getAccountId())).toList());
        Map<TeamId, TeamSummary> teamsOf = teams.summaries(
                people.values().stream().flatMap(a -> a.team().stream()).collect(Collectors.toSet()));
        return active.stream()
                .map(e -> {
                    AccountSummary a = people.get(new AccountId(e.getAccountId()));
                    return new RunParticipant(
                            a.id(),
                            a.displayName(),
                            a.email(),
                            a.team().map(teamsOf::get).map(TeamSummary::name).orElse(null),
                            a.team()
                                    .map(teamsOf::get)
                                    .map(TeamSummary::leaderNames)
                                    .filter(n -> !n.isEmpty())
                                    .orElse(null),
                            e.getEnrolledAt(),
                            e.getAttendedAt());
                })
                .sorted(Comparator.comparing(RunParticipant::name, Collator.getInstance(Locale.forLanguageTag("da"))))
                .toList();
    }

    /** The teams an enrolment may name: the municipality's for an administrator, none for an instructor. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public List<String> teamChoices() {
        return access.me().role() == Role.ADMIN
                ? teams.teams().stream().map(TeamSummary::name).toList()
                : List.of();
    }

    /** Every change to the run's enrolment, newest first. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public List<EnrolmentHistoryEntry> history(CourseRunId runId) {
        access.manageable(runId);
        List<EnrolmentEvent> list = events.findByCourseRunIdOrderByHappenedAtDescIdDesc(runId.value());
        Set<AccountId> ids = new HashSet<>();
        list.forEach(e -> {
            ids.add(new AccountId(e.getAccountId()));
            ids.add(new AccountId(e.getByAccountId()));
        });
        Map<AccountId, String> names = accounts.displayNames(ids);
        Map<Long, String> runNames = runs
                .findAllById(list.stream()
                        .map(EnrolmentEvent::getOtherRunId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(CourseRun::requireId, CourseRun::getName));
        return list.stream()
                .map(e -> new EnrolmentHistoryEntry(
                        e.getHappenedAt(),
                        names.getOrDefault(new AccountId(e.getAccountId()), "?"),
                        e.getKind(),
                        e.getOtherRunId() == null ? null : runNames.get(e.getOtherRunId()),
                        names.getOrDefault(new AccountId(e.getByAccountId()), "?")))
                .toList();
    }

    /**
     * Enrols one caseworker, creating their account if the e-mail is new (the first password is
     * returned once, to hand over). Refused if the run is full or they have a place in another run.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public ProvisionedParticipant enrolOne(CourseRunId runId, NewParticipant person) {
        // Decision 007: a citizen's CPR number never enters the platform, not even by mistake in a name.
        Map<String, String> cpr = new LinkedHashMap<>();
        if (CprDetector.contains(person.name())) {
            cpr.put("0.name", "account.error.cpr");
        }
        if (person.team() != null && CprDetector.contains(person.team())) {
            cpr.put("0.team", "account.error.cpr");
        }
        if (!cpr.isEmpty()) {
            throw new AccountValidationException(cpr);
        }
        CourseRun run = lockManageable(runId);
        AccountSummary existing = accounts.byEmails(List.of(person.email().strip()))
                .get(person.email().strip().toLowerCase(Locale.ROOT));
        if (existing != null && existing.role() == Role.PARTICIPANT) {
            checkCanEnrol(run, existing.id());
        }
        checkRoom(run, 1);
        ProvisionedParticipant provisioned =
                accounts.provisionParticipants(List.of(person), true).getFirst();
        oneActivePlace(
                () -> place(run.requireId(), provisioned.account().id().value(), EnrolmentEvent.Kind.ENROLLED, null));
        return provisioned;
    }

    /** What importing the file would do, without storing anything. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public ImportPreview preview(CourseRunId runId, byte[] file) {
        return importCheck.check(access.manageable(runId), file);
    }

    /**
     * Imports the file: all rows or none. Re-checks everything inside the transaction with the run
     * locked, so a preview that went stale (someone enrolled meanwhile) refuses with the new report.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public ImportReport importFile(CourseRunId runId, byte[] file) {
        CourseRun run = lockManageable(runId);
        ImportPreview preview = importCheck.check(run, file);
        if (!preview.canImport()) {
            throw new ImportRefusedException(preview);
        }
        List<ImportPreview.Row> toEnrol = preview.rows().stream()
                .filter(r -> r.status() == ImportPreview.Status.NEW || r.status() == ImportPreview.Status.EXISTING)
                .toList();
        List<ProvisionedParticipant> provisioned = accounts.provisionParticipants(
                toEnrol.stream()
                        .map(r -> new NewParticipant(r.name(), r.email(), r.team(), r.leaderEmail()))
                        .toList(),
                false);
        Map<Long, Enrolment> earlier = enrolments.findByCourseRunIdOrderByIdAsc(run.requireId()).stream()
                .collect(Collectors.toMap(Enrolment::getAccountId, Function.identity()));
        Instant now = clock.instant();
        long by = access.me().id().value();
        oneActivePlace(() -> {
            for (ProvisionedParticipant p : provisioned) {
                place(
                        run.requireId(),
                        p.account().id().value(),
                        EnrolmentEvent.Kind.ENROLLED,
                        null,
                        Optional.ofNullable(earlier.get(p.account().id().value())),
                        now,
                        by);
            }
        });
        return new ImportReport(
                provisioned.size(),
                (int) provisioned.stream()
                        .filter(ProvisionedParticipant::created)
                        .count(),
                (int) preview.count(ImportPreview.Status.ALREADY_ENROLLED));
    }

    /** Takes a participant out of the run; their history and work stay. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public void withdraw(CourseRunId runId, AccountId who) {
        access.manageable(runId);
        Enrolment e = activeParticipant(runId, who);
        Instant now = clock.instant();
        e.withdraw(now);
        record(new EnrolmentEvent(
                runId.value(),
                who.value(),
                EnrolmentEvent.Kind.WITHDRAWN,
                null,
                access.me().id().value(),
                now));
    }

    /** Moves a participant to another run (which must have room); both runs keep the move in their history. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public void move(CourseRunId from, AccountId who, CourseRunId to) {
        if (from.equals(to)) {
            throw new RunRefusedException(RunRefusedException.Reason.SAME_RUN, "run " + from);
        }
        access.manageable(from);
        CourseRun target = lockManageable(to);
        Enrolment e = activeParticipant(from, who);
        checkRoom(target, 1);
        Instant now = clock.instant();
        e.withdraw(now);
        long by = access.me().id().value();
        record(new EnrolmentEvent(from.value(), who.value(), EnrolmentEvent.Kind.MOVED_OUT, to.value(), by, now));
        enrolments.flush();
        oneActivePlace(() -> place(to.value(), who.value(), EnrolmentEvent.Kind.MOVED_IN, from.value()));
    }

    /**
     * Makes the change and writes it at once. The database allows one active participant place
     * per person; an enrolment made meanwhile in another run (by a co-instructor, at the same
     * moment) is refused as such, and the transaction rolls back whole.
     */
    private void oneActivePlace(Runnable change) {
        try {
            change.run();
            enrolments.flush();
        } catch (DataIntegrityViolationException e) {
            UniqueKeys.rethrowUnlessLostRace(e);
            throw new RunRefusedException(RunRefusedException.Reason.OTHER_RUN, "unique active place");
        }
    }

    /** Ticks (or unticks) that a participant came to the session. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public void setAttended(CourseRunId runId, AccountId who, boolean attended) {
        access.manageable(runId);
        Enrolment e = activeParticipant(runId, who);
        Instant now = clock.instant();
        long by = access.me().id().value();
        if (attended && e.getAttendedAt() == null) {
            e.markAttended(now, by);
            record(new EnrolmentEvent(runId.value(), who.value(), EnrolmentEvent.Kind.ATTENDED, null, by, now));
        } else if (!attended && e.getAttendedAt() != null) {
            e.clearAttendance();
            record(new EnrolmentEvent(
                    runId.value(), who.value(), EnrolmentEvent.Kind.ATTENDANCE_REMOVED, null, by, now));
        }
    }

    /**
     * A caseworker checks in with the code shown on the screen in the room. Open from an hour before
     * the start until the end of the session day. Returns the run's name.
     */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional
    public String checkIn(String code) {
        String normalised = code.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        long me = access.me().id().value();
        CourseRun run =
                normalised.isEmpty() ? null : runs.findByCheckInCode(normalised).orElse(null);
        Optional<Enrolment> place = run == null
                ? Optional.empty()
                : enrolments
                        .findByCourseRunIdAndAccountIdAndWithdrawnAtIsNull(run.requireId(), me)
                        .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT);
        if (run == null || place.isEmpty()) {
            throw new RunRefusedException(RunRefusedException.Reason.UNKNOWN_CODE, "check-in by " + me);
        }
        Instant now = clock.instant();
        LocalDate day = run.getStartsAt().atZone(clock.getZone()).toLocalDate();
        if (now.isBefore(run.getStartsAt().minus(CHECK_IN_OPENS))
                || LocalDate.now(clock).isAfter(day)) {
            throw new RunRefusedException(RunRefusedException.Reason.CHECK_IN_CLOSED, "run " + run.requireId());
        }
        if (place.get().getAttendedAt() == null) {
            place.get().markAttended(now, me);
            record(new EnrolmentEvent(run.requireId(), me, EnrolmentEvent.Kind.ATTENDED, null, me, now));
        }
        return run.getName();
    }

    private CourseRun lockManageable(CourseRunId runId) {
        access.manageable(runId);
        return runs.findLocked(runId.value()).orElseThrow();
    }

    private void checkRoom(CourseRun run, int more) {
        Integer capacity = run.getCapacity();
        if (capacity == null) {
            return;
        }
        long enrolled = enrolments.findActiveByRuns(List.of(run.requireId())).stream()
                .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT)
                .count();
        if (enrolled + more > capacity) {
            throw new RunRefusedException(RunRefusedException.Reason.FULL, "run " + run.requireId());
        }
    }

    private void checkCanEnrol(CourseRun run, AccountId who) {
        for (Enrolment e : enrolments.findActiveParticipations(List.of(who.value()))) {
            throw new RunRefusedException(
                    e.getCourseRunId() == run.requireId()
                            ? RunRefusedException.Reason.ALREADY_ENROLLED
                            : RunRefusedException.Reason.OTHER_RUN,
                    "account " + who + " in run " + e.getCourseRunId());
        }
    }

    private Enrolment activeParticipant(CourseRunId runId, AccountId who) {
        return enrolments
                .findByCourseRunIdAndAccountIdAndWithdrawnAtIsNull(runId.value(), who.value())
                .filter(e -> e.getRole() == EnrolmentRole.PARTICIPANT)
                .orElseThrow(() -> new RunRefusedException(
                        RunRefusedException.Reason.NOT_ENROLLED, "account " + who + " in run " + runId));
    }

    /** Gives the person an active participant place, re-using a withdrawn place in the same run. */
    private void place(long runId, long accountId, EnrolmentEvent.Kind kind, @Nullable Long otherRunId) {
        place(
                runId,
                accountId,
                kind,
                otherRunId,
                enrolments.findByCourseRunIdAndAccountId(runId, accountId),
                clock.instant(),
                access.me().id().value());
    }

    private void place(
            long runId,
            long accountId,
            EnrolmentEvent.Kind kind,
            @Nullable Long otherRunId,
            Optional<Enrolment> old,
            Instant now,
            long by) {
        if (old.isPresent()) {
            old.get().reenrol(now);
            if (old.get().getRole() != EnrolmentRole.PARTICIPANT) {
                throw new IllegalStateException("Account " + accountId + " teaches run " + runId);
            }
        } else {
            enrolments.save(new Enrolment(runId, accountId, EnrolmentRole.PARTICIPANT, now));
        }
        record(new EnrolmentEvent(
                runId,
                accountId,
                old.isPresent() && kind == EnrolmentEvent.Kind.ENROLLED ? EnrolmentEvent.Kind.REENROLLED : kind,
                otherRunId,
                by,
                now));
    }

    /** Writes a change to the history and tells other features when a place was taken or given up. */
    private void record(EnrolmentEvent event) {
        events.save(event);
        CourseRunId run = new CourseRunId(event.getCourseRunId());
        AccountId who = new AccountId(event.getAccountId());
        switch (event.getKind()) {
            case ENROLLED, REENROLLED, MOVED_IN ->
                publisher.publishEvent(new ParticipantJoined(run, who, event.municipality()));
            case WITHDRAWN, MOVED_OUT -> publisher.publishEvent(new ParticipantLeft(run, who, event.municipality()));
            case ATTENDED, ATTENDANCE_REMOVED -> {}
        }
    }
}
