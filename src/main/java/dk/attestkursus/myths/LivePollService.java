package dk.attestkursus.myths;

import com.vaadin.flow.shared.Registration;
import dk.attestkursus.base.UniqueKeys;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.RunRole;
import dk.attestkursus.myths.LivePollException.Reason;
import dk.attestkursus.myths.domain.LivePoll;
import dk.attestkursus.myths.domain.LivePollRepository;
import dk.attestkursus.myths.domain.LiveVote;
import dk.attestkursus.myths.domain.LiveVoteRepository;
import dk.attestkursus.myths.domain.PollAnswerCount;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Myths as live polls in a run's session. Either co-instructor of the run opens a myth, reveals
 * the answer and closes the poll; the run's participants vote once each while it is open. Every
 * change is pushed to the screens watching the run after it is committed.
 */
@Service
public class LivePollService {

    private final LivePollRepository polls;
    private final LiveVoteRepository votes;
    private final PollSnapshots snapshots;
    private final LivePollBroadcaster broadcaster;
    private final CourseRunService runs;
    private final CourseContent content;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LivePollService(
            LivePollRepository polls,
            LiveVoteRepository votes,
            PollSnapshots snapshots,
            LivePollBroadcaster broadcaster,
            CourseRunService runs,
            CourseContent content,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.polls = polls;
        this.votes = votes;
        this.snapshots = snapshots;
        this.broadcaster = broadcaster;
        this.runs = runs;
        this.content = content;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a myth as the run's live poll. {@code expectedLive} is the live poll the instructor's
     * screen shows (or null for none): it is closed first. If the run's live poll is another one
     * (the co-instructor has just opened or closed one), nothing changes and the instructor is told.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public LivePollSnapshot open(CourseRunId runId, String mythId, @Nullable PollId expectedLive) {
        requireInstructor(runId);
        if (content.course().myth(mythId).isEmpty()) {
            throw new LivePollException(Reason.NOT_FOUND, "myth " + mythId);
        }
        long me = me();
        Optional<LivePoll> live = polls.findActiveForUpdate(runId.value());
        PollId liveId = live.map(l -> new PollId(l.requireId())).orElse(null);
        if (!Objects.equals(liveId, expectedLive)) {
            throw new LivePollException(Reason.ANOTHER_OPENED, "run " + runId.value() + " has live poll " + liveId);
        }
        live.ifPresent(locked -> {
            locked.close(me, clock.instant());
            polls.saveAndFlush(locked);
            events.publishEvent(new LivePollChanged(runId, new PollId(locked.requireId()), true));
        });
        LivePoll poll;
        try {
            poll = polls.saveAndFlush(new LivePoll(runId.value(), mythId, me, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            UniqueKeys.rethrowUnlessLostRace(e);
            throw new LivePollException(Reason.ANOTHER_OPENED, "run " + runId.value());
        }
        events.publishEvent(new LivePollChanged(runId, new PollId(poll.requireId()), true));
        return snapshots.of(poll).forInstructors(people(runId));
    }

    /** Shows the answer on every screen and stops the voting. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public LivePollSnapshot reveal(PollId pollId) {
        LivePoll poll = lockedForInstructor(pollId);
        if (poll.getState() == PollState.CLOSED) {
            throw new LivePollException(Reason.CLOSED, "poll " + pollId);
        }
        poll.reveal(me(), clock.instant());
        return changed(poll);
    }

    /** Ends the poll, so the next myth can be opened. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public LivePollSnapshot close(PollId pollId) {
        LivePoll poll = lockedForInstructor(pollId);
        poll.close(me(), clock.instant());
        return changed(poll);
    }

    /**
     * The run's live poll, for its instructors (with the votes, under the group rule of
     * {@link AnswerCounts}) and its participants (without). Refused for anyone not in the run.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LivePollSnapshot> current(CourseRunId runId) {
        RunRole role = requireInRun(runId);
        return polls.findByActiveRunId(runId.value()).map(snapshots::of).map(m -> forRole(m, role));
    }

    /**
     * The run's newest poll, live or closed: what a screen starts from, so that a late, older
     * snapshot cannot bring back a poll that is already closed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LivePollSnapshot> latest(CourseRunId runId) {
        RunRole role = requireInRun(runId);
        return polls.findFirstByCourseRunIdOrderByIdDesc(runId.value())
                .map(snapshots::of)
                .map(m -> forRole(m, role));
    }

    /** Every poll of the run so far, oldest first, with its votes under the group rule: for the instructors' overview. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional(readOnly = true)
    public List<LivePollSnapshot> history(CourseRunId runId) {
        requireInstructor(runId);
        List<LivePoll> all = polls.findByCourseRunIdOrderByIdAsc(runId.value());
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<MythAnswer, Long>> byPoll = new HashMap<>();
        for (PollAnswerCount row :
                votes.countByPollAndAnswer(all.stream().map(LivePoll::requireId).toList())) {
            byPoll.computeIfAbsent(row.pollId(), k -> new EnumMap<>(MythAnswer.class))
                    .put(row.answer(), row.count());
        }
        int people = people(runId);
        return all.stream()
                .map(p -> new PollMoment(
                                new PollId(p.requireId()),
                                runId,
                                p.getMythId(),
                                p.getState(),
                                PollCounts.of(byPoll.getOrDefault(p.requireId(), Map.of())),
                                p.getOpenedAt())
                        .forInstructors(people))
                .toList();
    }

    /**
     * A participant's vote. Refused, with nothing stored, when the poll is revealed or closed, when
     * they have voted already, or when they are not in the poll's run.
     */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional
    public MythAnswer vote(PollId pollId, MythAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        LivePoll poll = polls.findForVote(pollId.value())
                .orElseThrow(() -> new LivePollException(Reason.NOT_FOUND, "poll " + pollId));
        CourseRunId runId = new CourseRunId(poll.getCourseRunId());
        if (requireInRun(runId) != RunRole.PARTICIPANT) {
            throw new LivePollException(Reason.NOT_IN_RUN, "not a participant of run " + runId.value());
        }
        if (!poll.acceptsVotes()) {
            throw new LivePollException(Reason.CLOSED, "poll " + pollId);
        }
        long me = me();
        if (votes.findByPollIdAndAccountId(pollId.value(), me).isPresent()) {
            throw new LivePollException(Reason.ALREADY_VOTED, "poll " + pollId);
        }
        try {
            votes.saveAndFlush(new LiveVote(pollId.value(), me, answer, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            UniqueKeys.rethrowUnlessLostRace(e);
            throw new LivePollException(Reason.ALREADY_VOTED, "poll " + pollId);
        }
        events.publishEvent(new LivePollChanged(runId, pollId, false));
        return answer;
    }

    /** The participant's own vote in a poll, so a reloaded page keeps it. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional(readOnly = true)
    public Optional<MythAnswer> myVote(PollId pollId) {
        return votes.findByPollIdAndAccountId(pollId.value(), me()).map(LiveVote::getAnswer);
    }

    /**
     * Watches a run's polls: {@code listener} gets a snapshot after every change (instructors with
     * the votes under the group rule, participants without, and only when the poll's state changes).
     * The number of participants the group rule counts is read now, once: a screen opened before
     * late enrolments keeps the rule it started with until it is opened again. Call
     * {@link Registration#remove()} when the screen closes.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Registration subscribe(CourseRunId runId, Consumer<LivePollSnapshot> listener) {
        RunRole role = requireInRun(runId);
        if (role == RunRole.INSTRUCTOR) {
            int people = people(runId);
            return broadcaster.subscribe(runId, moment -> listener.accept(moment.forInstructors(people)), true);
        }
        return broadcaster.subscribe(runId, moment -> listener.accept(moment.forParticipants()), false);
    }

    private LivePollSnapshot changed(LivePoll poll) {
        polls.saveAndFlush(poll);
        CourseRunId runId = new CourseRunId(poll.getCourseRunId());
        events.publishEvent(new LivePollChanged(runId, new PollId(poll.requireId()), true));
        return snapshots.of(poll).forInstructors(people(runId));
    }

    private LivePollSnapshot forRole(PollMoment moment, RunRole role) {
        return role == RunRole.INSTRUCTOR ? moment.forInstructors(people(moment.runId())) : moment.forParticipants();
    }

    /** The run's participants, whom the group rule counts. The caller has checked that the user teaches the run. */
    private int people(CourseRunId runId) {
        return runs.participantsOf(runId).size();
    }

    private LivePoll lockedForInstructor(PollId pollId) {
        LivePoll poll = polls.findForUpdate(pollId.value())
                .orElseThrow(() -> new LivePollException(Reason.NOT_FOUND, "poll " + pollId));
        requireInstructor(new CourseRunId(poll.getCourseRunId()));
        return poll;
    }

    private void requireInstructor(CourseRunId runId) {
        if (requireInRun(runId) != RunRole.INSTRUCTOR) {
            throw new LivePollException(Reason.NOT_IN_RUN, "not an instructor of run " + runId.value());
        }
    }

    private RunRole requireInRun(CourseRunId runId) {
        return runs.myRoleIn(runId)
                .orElseThrow(() -> new LivePollException(Reason.NOT_IN_RUN, "not in run " + runId.value()));
    }

    private long me() {
        return currentUser.require().id().value();
    }
}
