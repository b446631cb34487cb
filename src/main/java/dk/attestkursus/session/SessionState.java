package dk.attestkursus.session;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.content.Block;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Program;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunRole;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.Role;
import dk.attestkursus.session.SessionException.Reason;
import dk.attestkursus.session.domain.RunBlock;
import dk.attestkursus.session.domain.RunBlockRepository;
import dk.attestkursus.session.domain.RunSession;
import dk.attestkursus.session.domain.RunSessionRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the session's services share, inside their transactions: who may drive a run's session,
 * the run's copy of the programme (made on first use), the locked session row, the snapshot, and
 * publishing a change for the screens.
 */
@Component
class SessionState {

    private final RunBlockRepository blocks;
    private final RunSessionRepository sessions;
    private final CourseRunService runs;
    private final CourseContent content;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate separate;
    private final Map<Long, Object> firstUse = new ConcurrentHashMap<>();

    SessionState(
            RunBlockRepository blocks,
            RunSessionRepository sessions,
            CourseRunService runs,
            CourseContent content,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.blocks = blocks;
        this.sessions = sessions;
        this.runs = runs;
        this.content = content;
        this.currentUser = currentUser;
        this.events = events;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The run's copy of the shared programme, made on first use. */
    RunSession ensure(CourseRunId runId) {
        Optional<RunSession> existing = sessions.findById(runId.value());
        if (existing.isPresent()) {
            return existing.get();
        }
        // A run made before the session feature (or by the demo data): copy its programme once, in a
        // transaction of its own that commits at once, one caller at a time, so two instructors
        // opening it together both find the copy.
        synchronized (firstUse.computeIfAbsent(runId.value(), k -> new Object())) {
            separate.executeWithoutResult(tx -> {
                if (!sessions.existsById(runId.value())) {
                    createCopy(runId);
                }
            });
        }
        return sessions.findById(runId.value()).orElseThrow();
    }

    void createCopy(CourseRunId runId) {
        sessions.saveAndFlush(new RunSession(runId.value()));
        copyProgramme(runId);
    }

    void copyProgramme(CourseRunId runId) {
        Program program = content.course().program();
        int position = 0;
        for (Block b : program.blocks()) {
            blocks.save(new RunBlock(runId.value(), position++, b.key(), b.title(), b.minutes(), b.lead(), null));
        }
    }

    RunSession locked(CourseRunId runId) {
        requireInstructorOrAdmin(runId);
        ensure(runId);
        return sessions.findLocked(runId.value()).orElseThrow();
    }

    /** The shared runbook's length (content/program.yml): a run's programme before it has its own copy. */
    int sharedProgrammeMinutes() {
        return content.course().program().sessionMinutes();
    }

    CourseRunSummary requireManager(CourseRunId runId) {
        return requireInstructorOrAdmin(runId);
    }

    CourseRunSummary requireInstructorOrAdmin(CourseRunId runId) {
        boolean admin = currentUser.require().role() == Role.ADMIN;
        if (!admin && runs.myRoleIn(runId).filter(r -> r == RunRole.INSTRUCTOR).isEmpty()) {
            throw new SessionException(Reason.NOT_YOURS, "run " + runId);
        }
        return runs.myRun(runId).orElseThrow(() -> new SessionException(Reason.NOT_YOURS, "run " + runId));
    }

    SessionSnapshot changed(CourseRunId runId, RunSession session) {
        sessions.saveAndFlush(session);
        blocks.flush();
        SessionSnapshot snapshot = snapshot(runs.myRun(runId).orElseThrow(), session);
        events.publishEvent(new SessionChanged(snapshot));
        return snapshot;
    }

    /** The run's session as it is now, if it has one: for screens told of a change by another instance. */
    Optional<SessionSnapshot> current(CourseRunSummary run) {
        return sessions.findById(run.id().value()).map(session -> snapshot(run, session));
    }

    SessionSnapshot snapshot(CourseRunSummary run, RunSession session) {
        Program program = content.course().program();
        List<SessionBlock> list = blocks
                .findByCourseRunIdOrderByPositionAscIdAsc(run.id().value())
                .stream()
                .map(rb -> block(rb, rb.getBlockKey() == null ? Optional.empty() : program.block(rb.getBlockKey())))
                .toList();
        return new SessionSnapshot(
                run.id(),
                session.getVersion(),
                run.startsAt(),
                run.durationMinutes(),
                list,
                session.getCurrentBlockId() == null ? null : new BlockId(session.getCurrentBlockId()),
                session.getBlockStartedAt(),
                session.getSlideIndex(),
                session.getStartedAt(),
                session.getEndedAt(),
                session.getOpenTarget());
    }

    private static SessionBlock block(RunBlock rb, Optional<Block> shared) {
        if (shared.isEmpty()) {
            return new SessionBlock(
                    new BlockId(rb.requireId()),
                    rb.getPosition(),
                    null,
                    rb.getTitle(),
                    rb.getMinutes(),
                    rb.getLead(),
                    false,
                    rb.getDescription() == null ? "" : rb.getDescription(),
                    "",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null);
        }
        Block b = shared.get();
        return new SessionBlock(
                new BlockId(rb.requireId()),
                rb.getPosition(),
                b.key(),
                rb.getTitle(),
                rb.getMinutes(),
                rb.getLead(),
                b.isBreak(),
                b.description(),
                b.instructorNote(),
                b.materials(),
                b.polls(),
                b.exercises(),
                b.prompts(),
                b.slides(),
                b.video());
    }

    static int indexOf(List<RunBlock> list, BlockId blockId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).requireId() == blockId.value()) {
                return i;
            }
        }
        throw new SessionException(Reason.NOT_FOUND, "block " + blockId.value());
    }

    static void renumber(List<RunBlock> list) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).setPosition(i);
        }
    }

    static void refuseCpr(String text) {
        if (CprDetector.contains(text)) {
            throw new SessionException(Reason.CPR, "free text");
        }
    }
}
