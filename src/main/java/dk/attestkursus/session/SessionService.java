package dk.attestkursus.session;

import com.vaadin.flow.shared.Registration;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRole;
import dk.attestkursus.myths.LivePollService;
import dk.attestkursus.myths.LivePollSnapshot;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import dk.attestkursus.session.SessionException.Reason;
import dk.attestkursus.session.domain.RunBlock;
import dk.attestkursus.session.domain.RunBlockRepository;
import dk.attestkursus.session.domain.RunSession;
import dk.attestkursus.session.domain.RunSessionRepository;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's live session: where the session is (block, slide), what is open for the participants,
 * and who watches it. Either co-instructor drives it; every change is pushed to both instructors'
 * screens, the projector and the participants' pages. The programme copy is
 * {@link ProgrammeService}'s, the notes {@link SessionNotesService}'s.
 */
@Service
@Transactional(readOnly = true)
public class SessionService {

    private final RunBlockRepository blocks;
    private final RunSessionRepository sessions;
    private final CourseRunService runs;
    private final AccountService accounts;
    private final LivePollService polls;
    private final SessionBroadcaster broadcaster;
    private final SessionState state;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionService(
            RunBlockRepository blocks,
            RunSessionRepository sessions,
            CourseRunService runs,
            AccountService accounts,
            LivePollService polls,
            SessionBroadcaster broadcaster,
            SessionState state,
            CurrentUser currentUser,
            Clock clock) {
        this.blocks = blocks;
        this.sessions = sessions;
        this.runs = runs;
        this.accounts = accounts;
        this.polls = polls;
        this.broadcaster = broadcaster;
        this.state = state;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The session as its instructors (or an administrator) see it; copies the shared programme on first use. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public SessionSnapshot snapshot(CourseRunId runId) {
        CourseRunSummary run = state.requireManager(runId);
        return state.snapshot(run, state.ensure(runId));
    }

    /**
     * How long the run's programme is, in minutes: its own copy of the runbook, or the shared runbook while
     * it has none. Read only, so a start page can compare it with the run's length before the day (issue 23).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public int programmeMinutes(CourseRunId runId) {
        state.requireManager(runId);
        return sessions.existsById(runId.value())
                ? blocks.findByCourseRunIdOrderByPositionAscIdAsc(runId.value()).stream()
                        .mapToInt(RunBlock::getMinutes)
                        .sum()
                : state.sharedProgrammeMinutes();
    }

    /** The session as a participant of the run follows it (the instructors' notes are left out). */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    public Optional<SessionSnapshot> forParticipant(CourseRunId runId) {
        if (runs.myRoleIn(runId).filter(r -> r == RunRole.PARTICIPANT).isEmpty()) {
            throw new SessionException(Reason.NOT_YOURS, "run " + runId);
        }
        CourseRunSummary run = runs.myRun(runId).orElseThrow();
        return sessions.findById(runId.value()).map(s -> forParticipants(state.snapshot(run, s)));
    }

    /** Starts the session at its first block (or goes back to the first block). */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public SessionSnapshot start(CourseRunId runId) {
        RunSession session = state.locked(runId);
        List<RunBlock> list = blocks.findByCourseRunIdOrderByPositionAscIdAsc(runId.value());
        if (list.isEmpty()) {
            throw new SessionException(Reason.NOT_FOUND, "run " + runId + " has no blocks");
        }
        if (session.getStartedAt() != null && session.getEndedAt() == null) {
            return state.snapshot(state.requireManager(runId), session); // already running: nothing changes
        }
        session.goTo(list.getFirst().requireId(), clock.instant());
        return state.changed(runId, session);
    }

    /**
     * Moves on from {@code fromBlockId} to the next block, or ends the session after the last.
     * If the co-instructor has already moved on (the current block is another), nothing changes:
     * two clicks at once never skip a block.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public SessionSnapshot advance(CourseRunId runId, BlockId fromBlockId) {
        return step(runId, fromBlockId, +1);
    }

    /** Goes back from {@code fromBlockId} to the block before it (same rule as {@link #advance}). */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public SessionSnapshot back(CourseRunId runId, BlockId fromBlockId) {
        return step(runId, fromBlockId, -1);
    }

    private SessionSnapshot step(CourseRunId runId, BlockId fromBlockId, int direction) {
        RunSession session = state.locked(runId);
        if (session.getCurrentBlockId() == null || session.getCurrentBlockId() != fromBlockId.value()) {
            return state.snapshot(state.requireManager(runId), session);
        }
        List<RunBlock> list = blocks.findByCourseRunIdOrderByPositionAscIdAsc(runId.value());
        int index = state.indexOf(list, fromBlockId);
        int target = index + direction;
        if (target < 0) {
            return state.snapshot(state.requireManager(runId), session); // back from the first block: nothing changes
        }
        if (target >= list.size()) {
            session.end(clock.instant());
        } else {
            session.goTo(list.get(target).requireId(), clock.instant());
        }
        return state.changed(runId, session);
    }

    /** Shows another slide of the current block on the projector. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public SessionSnapshot slide(CourseRunId runId, BlockId blockId, int index) {
        RunSession session = state.locked(runId);
        SessionSnapshot now = state.snapshot(state.requireManager(runId), session);
        Optional<SessionBlock> current = now.current().filter(b -> b.id().equals(blockId));
        if (current.isEmpty() || current.get().slides().isEmpty()) {
            return now;
        }
        session.setSlideIndex(Math.max(0, Math.min(index, current.get().slides().size() - 1)));
        return state.changed(runId, session);
    }

    /**
     * Opens one of the programme's myths as the live poll and sends the participants to it.
     * {@code shownTarget} is what the instructor's screen showed as open: if the co-instructor has
     * opened or closed something since, nothing changes and the instructor is told. A poll that is
     * already live stays as it is, with its votes.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public SessionSnapshot openPoll(CourseRunId runId, String mythId, @Nullable String shownTarget) {
        RunSession session = lockedAsShown(runId, shownTarget);
        SessionSnapshot now = state.snapshot(state.requireManager(runId), session);
        if (now.blocks().stream().noneMatch(b -> b.polls().contains(mythId))) {
            throw new SessionException(Reason.NOT_FOUND, "myth " + mythId);
        }
        Optional<LivePollSnapshot> live = polls.current(runId);
        if (live.filter(p -> p.mythId().equals(mythId)).isEmpty()) {
            polls.open(runId, mythId, live.map(LivePollSnapshot::pollId).orElse(null));
        }
        session.open(SessionSnapshot.POLL + mythId);
        return state.changed(runId, session);
    }

    /** Sends the participants to one of the programme's writing exercises (same rule as {@link #openPoll}). */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public SessionSnapshot openExercise(CourseRunId runId, String exerciseId, @Nullable String shownTarget) {
        RunSession session = lockedAsShown(runId, shownTarget);
        SessionSnapshot now = state.snapshot(state.requireManager(runId), session);
        if (now.blocks().stream().noneMatch(b -> b.exercises().contains(exerciseId))) {
            throw new SessionException(Reason.NOT_FOUND, "exercise " + exerciseId);
        }
        session.open(SessionSnapshot.EXERCISE + exerciseId);
        return state.changed(runId, session);
    }

    /**
     * After a poll of the run opened, was revealed or closed (on any screen): a session that sends
     * participants to a poll that is no longer live stops doing so. Asked by the run's instructor who
     * changed the poll; refused for another run.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void pollChanged(CourseRunId runId) {
        state.requireInstructorOrAdmin(runId);
        Optional<RunSession> found = sessions.findById(runId.value());
        if (found.isEmpty()
                || found.get().getOpenTarget() == null
                || !found.get().getOpenTarget().startsWith(SessionSnapshot.POLL)) {
            return;
        }
        RunSession session = sessions.findLocked(runId.value()).orElseThrow();
        String openMyth =
                session.getOpenTarget() == null ? "" : session.getOpenTarget().substring(SessionSnapshot.POLL.length());
        if (polls.current(runId).filter(p -> p.mythId().equals(openMyth)).isEmpty()) {
            session.open(null);
            state.changed(runId, session);
        }
    }

    private RunSession lockedAsShown(CourseRunId runId, @Nullable String shownTarget) {
        RunSession session = state.locked(runId);
        if (!Objects.equals(session.getOpenTarget(), shownTarget)) {
            throw new SessionException(Reason.CHANGED, "run " + runId);
        }
        return session;
    }

    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public List<String> instructorNames(CourseRunId runId) {
        CourseRunSummary run = state.requireManager(runId);
        return List.copyOf(accounts.displayNames(run.instructorIds()).values());
    }

    /**
     * Watches a run's session: instructors and the run's participants get a snapshot after every
     * change (participants without the instructors' notes). Remove the registration when the screen closes.
     */
    @PreAuthorize("isAuthenticated()")
    public Registration subscribe(CourseRunId runId, Consumer<SessionSnapshot> listener) {
        Optional<RunRole> role = runs.myRoleIn(runId);
        // An administrator watches their own municipality's runs only (myRun finds no other: decision 020).
        if (role.isEmpty()
                && (currentUser.require().role() != Role.ADMIN
                        || runs.myRun(runId).isEmpty())) {
            throw new SessionException(Reason.NOT_YOURS, "run " + runId);
        }
        boolean full = role.map(r -> r == RunRole.INSTRUCTOR).orElse(true);
        return broadcaster.subscribe(runId, full ? listener : s -> listener.accept(forParticipants(s)));
    }

    /** Participants see the programme without the instructors' notes and prompts. */
    static SessionSnapshot forParticipants(SessionSnapshot s) {
        return new SessionSnapshot(
                s.runId(),
                s.version(),
                s.sessionStartsAt(),
                s.plannedMinutes(),
                s.blocks().stream()
                        .map(b -> new SessionBlock(
                                b.id(),
                                b.position(),
                                b.contentKey(),
                                b.title(),
                                b.minutes(),
                                b.lead(),
                                b.isBreak(),
                                b.description(),
                                "",
                                b.materials(),
                                b.polls(),
                                b.exercises(),
                                List.of(),
                                b.slides(),
                                b.video()))
                        .toList(),
                s.currentBlockId(),
                s.blockStartedAt(),
                s.slideIndex(),
                s.startedAt(),
                s.endedAt(),
                s.openTarget());
    }
}
