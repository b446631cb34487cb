package dk.attestkursus.courserun;

import dk.attestkursus.courserun.domain.CourseRun;
import dk.attestkursus.courserun.domain.CourseRunRepository;
import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentEvent;
import dk.attestkursus.courserun.domain.EnrolmentEventRepository;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.municipalities.MunicipalityService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.GuestCandidate;
import dk.attestkursus.security.MunicipalScope;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A practice consultant of another municipality as co-instructor of a run (issue 21, decision 020):
 * invited by the host municipality's administrator by e-mail, visible on the run's page, revocable. The
 * guest sees the runs that invited them on their start page and works in the host municipality while
 * they visit one ({@link MunicipalScope#startGuestVisit}); there, as every instructor, they see only
 * the runs they teach. Methods choose their municipality before their transaction, so none is
 * transactional as a whole.
 */
@Service
public class GuestInstructorService {

    private final CourseRunRepository runs;
    private final RunAccess access;
    private final EnrolmentRepository enrolments;
    private final EnrolmentEventRepository events;
    private final AccountService accounts;
    private final MunicipalityService municipalities;
    private final CurrentUser currentUser;
    private final MunicipalScope scope;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    GuestInstructorService(
            CourseRunRepository runs,
            RunAccess access,
            EnrolmentRepository enrolments,
            EnrolmentEventRepository events,
            AccountService accounts,
            MunicipalityService municipalities,
            CurrentUser currentUser,
            MunicipalScope scope,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.runs = runs;
        this.access = access;
        this.enrolments = enrolments;
        this.events = events;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.scope = scope;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Invites the practice consultant of another municipality with this e-mail to teach the run. Refused
     * for a run not of the administrator's municipality, an e-mail that is no active practice consultant
     * elsewhere ({@link RunRefusedException.Reason#NO_SUCH_GUEST}, the same answer whatever the reason),
     * and a guest already invited.
     */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public GuestInstructor invite(CourseRunId runId, String email) {
        requireRun(runId);
        GuestCandidate guest = scope.platform(() -> accounts.practiceConsultantElsewhere(email))
                .orElseThrow(() -> new RunRefusedException(RunRefusedException.Reason.NO_SUCH_GUEST, "no consultant"));
        Instant now = clock.instant();
        long by = currentUser.require().id().value();
        tx.executeWithoutResult(s -> {
            Enrolment place = enrolments
                    .findByCourseRunIdAndAccountId(runId.value(), guest.id().value())
                    .orElse(null);
            if (place != null && place.isActive()) {
                throw new RunRefusedException(RunRefusedException.Reason.ALREADY_GUEST, "run " + runId);
            }
            if (place == null) {
                enrolments.save(
                        Enrolment.guest(runId.value(), guest.id().value(), guest.home(), guest.displayName(), now));
            } else {
                place.reenrol(now);
            }
            events.save(
                    new EnrolmentEvent(runId.value(), guest.id().value(), EnrolmentEvent.Kind.ENROLLED, null, by, now));
        });
        return new GuestInstructor(guest.id(), guest.displayName(), guest.home(), homeName(guest.home()));
    }

    /** Ends a guest's place in the run: they no longer see it. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    public void revoke(CourseRunId runId, AccountId guest) {
        requireRun(runId);
        Instant now = clock.instant();
        long by = currentUser.require().id().value();
        tx.executeWithoutResult(s -> {
            Enrolment place = enrolments
                    .findByCourseRunIdAndAccountIdAndWithdrawnAtIsNull(runId.value(), guest.value())
                    .filter(Enrolment::isGuest)
                    .orElseThrow(() -> new RunRefusedException(RunRefusedException.Reason.NOT_ENROLLED, "guest"));
            place.withdraw(now);
            events.save(new EnrolmentEvent(runId.value(), guest.value(), EnrolmentEvent.Kind.WITHDRAWN, null, by, now));
        });
    }

    /** The run's active guest instructors, for its page (its instructors and the administrator). */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public List<GuestInstructor> guests(CourseRunId runId) {
        access.manageable(runId);
        List<Enrolment> places = readOnly.execute(s -> enrolments.findByCourseRunIdOrderByIdAsc(runId.value()).stream()
                .filter(e -> e.isGuest() && e.isActive())
                .toList());
        return Objects.requireNonNull(places).stream()
                .map(e -> {
                    MunicipalityId home = Objects.requireNonNull(e.getGuestOf());
                    return new GuestInstructor(
                            new AccountId(e.getAccountId()),
                            Objects.requireNonNull(e.getGuestName()),
                            home,
                            homeName(home));
                })
                .toList();
    }

    /**
     * The runs of other municipalities that invited the logged-in instructor, soonest first: their own
     * guest places, read across municipalities (they are the host's rows), nothing else of the host.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    public List<GuestRun> myGuestRuns() {
        long me = currentUser.require().id().value();
        List<GuestRun> found = scope.platform(() -> readOnly.execute(s -> {
            List<Enrolment> places = enrolments.findByAccountIdAndGuestOfIsNotNullAndWithdrawnAtIsNull(me);
            Map<Long, CourseRun> byId =
                    runs
                            .findAllById(places.stream()
                                    .map(Enrolment::getCourseRunId)
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(CourseRun::requireId, Function.identity()));
            return places.stream()
                    .filter(e -> byId.containsKey(e.getCourseRunId()))
                    .map(e -> {
                        CourseRun run = byId.get(e.getCourseRunId());
                        return new GuestRun(
                                new CourseRunId(run.requireId()),
                                run.getName(),
                                run.getStartsAt(),
                                run.municipality(),
                                "");
                    })
                    .toList();
        }));
        return Objects.requireNonNull(found).stream()
                .map(r -> new GuestRun(r.id(), r.name(), r.startsAt(), r.host(), homeName(r.host())))
                .sorted(Comparator.comparing(GuestRun::startsAt))
                .toList();
    }

    /**
     * Starts working in the municipality of a run that invited the logged-in instructor, for this browser
     * session; refused for any other run.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    public GuestRun visit(CourseRunId runId) {
        GuestRun run = myGuestRuns().stream()
                .filter(r -> r.id().equals(runId))
                .findFirst()
                .orElseThrow(() -> new RunRefusedException(RunRefusedException.Reason.NOT_YOURS, "run " + runId));
        scope.startGuestVisit(run.host(), run.hostName());
        return run;
    }

    /**
     * Whether the guest visit of this browser session still has a run that invites the instructor; a visit
     * whose last invitation was revoked has ended (false, and the session is back in their own municipality).
     * True when there is no visit.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    public boolean visitStillInvited() {
        Optional<MunicipalScope.GuestVisit> visit = scope.guestVisit();
        if (visit.isEmpty()) {
            return true;
        }
        boolean invited =
                myGuestRuns().stream().anyMatch(r -> r.host().equals(visit.get().host()));
        if (!invited) {
            scope.endGuestVisit();
        }
        return invited;
    }

    /** Back in the instructor's own municipality. */
    @PreAuthorize("isAuthenticated()")
    public void endVisit() {
        scope.endGuestVisit();
    }

    /** The name of a guest's home or a guest run's host: read as the platform, the one place it is shown. */
    private String homeName(MunicipalityId municipality) {
        return scope.platform(() -> municipalities.nameOf(municipality));
    }

    private void requireRun(CourseRunId runId) {
        boolean mine = Boolean.TRUE.equals(readOnly.execute(s -> runs.existsById(runId.value())));
        if (!mine) {
            throw new RunRefusedException(RunRefusedException.Reason.NOT_YOURS, "unknown run " + runId);
        }
    }
}
