package dk.attestkursus.session;

import dk.attestkursus.content.Lead;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunCreated;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.session.SessionException.Reason;
import dk.attestkursus.session.domain.RunBlock;
import dk.attestkursus.session.domain.RunBlockRepository;
import dk.attestkursus.session.domain.RunSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's own copy of the shared runbook: reorder, lengthen or shorten, remove, add a local block,
 * or go back to the shared programme. The shared content never changes; every change is pushed
 * to the run's screens.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final RunBlockRepository blocks;
    private final SessionState state;
    private final Clock clock;

    ProgrammeService(RunBlockRepository blocks, SessionState state, Clock clock) {
        this.blocks = blocks;
        this.state = state;
        this.clock = clock;
    }

    /** Moves a block up ({@code -1}) or down ({@code +1}) in the run's programme. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public SessionSnapshot move(CourseRunId runId, BlockId blockId, int delta) {
        RunSession session = state.locked(runId);
        List<RunBlock> list = new ArrayList<>(blocks.findByCourseRunIdOrderByPositionAscIdAsc(runId.value()));
        int from = state.indexOf(list, blockId);
        int to = from + Integer.signum(delta);
        if (to < 0 || to >= list.size()) {
            return state.snapshot(state.requireManager(runId), session); // already first or last
        }
        list.add(to, list.remove(from));
        state.renumber(list);
        session.touch(clock.instant());
        return state.changed(runId, session);
    }

    /** Lengthens or shortens a block for this run only. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public SessionSnapshot setMinutes(CourseRunId runId, BlockId blockId, int minutes) {
        RunSession session = state.locked(runId);
        if (minutes < 1 || minutes > 480) {
            throw new SessionException(Reason.INVALID, "minutes " + minutes);
        }
        List<RunBlock> list = blocks.findByCourseRunIdOrderByPositionAscIdAsc(runId.value());
        list.get(state.indexOf(list, blockId)).setMinutes(minutes);
        session.touch(clock.instant());
        return state.changed(runId, session);
    }

    /** Adds a local block (e.g. the municipality's own case) after the given block, or first. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public SessionSnapshot addLocalBlock(
            CourseRunId runId,
            @Nullable BlockId afterBlockId,
            String title,
            int minutes,
            Lead lead,
            String description) {
        RunSession session = state.locked(runId);
        String t = title.strip();
        String d = description.strip();
        if (t.isEmpty() || t.length() > 200 || d.length() > 4000 || minutes < 1 || minutes > 480) {
            throw new SessionException(Reason.INVALID, "local block");
        }
        state.refuseCpr(t + "\n" + d);
        List<RunBlock> list = new ArrayList<>(blocks.findByCourseRunIdOrderByPositionAscIdAsc(runId.value()));
        int at = afterBlockId == null ? 0 : state.indexOf(list, afterBlockId) + 1;
        RunBlock block = blocks.save(new RunBlock(runId.value(), at, null, t, minutes, lead, d.isEmpty() ? null : d));
        list.add(at, block);
        state.renumber(list);
        session.touch(clock.instant());
        return state.changed(runId, session);
    }

    /** Removes a block from this run's programme (not the one running now). */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public SessionSnapshot remove(CourseRunId runId, BlockId blockId) {
        RunSession session = state.locked(runId);
        if (session.getCurrentBlockId() != null && session.getCurrentBlockId() == blockId.value()) {
            throw new SessionException(Reason.CURRENT_BLOCK, "block " + blockId.value());
        }
        List<RunBlock> list = new ArrayList<>(blocks.findByCourseRunIdOrderByPositionAscIdAsc(runId.value()));
        RunBlock block = list.remove(state.indexOf(list, blockId));
        blocks.delete(block);
        state.renumber(list);
        session.touch(clock.instant());
        return state.changed(runId, session);
    }

    /** Goes back to the shared programme, before the session has started. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public SessionSnapshot reset(CourseRunId runId) {
        RunSession session = state.locked(runId);
        if (session.getStartedAt() != null) {
            throw new SessionException(Reason.STARTED, "run " + runId);
        }
        blocks.deleteAll(blocks.findByCourseRunIdOrderByPositionAscIdAsc(runId.value()));
        blocks.flush();
        state.copyProgramme(runId);
        session.touch(clock.instant());
        return state.changed(runId, session);
    }

    /**
     * A new run gets its copy of the shared programme in the transaction that creates it. Not public: the
     * event's listener is no door of the service (decision 028).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RunCreated created) {
        state.createCopy(created.runId());
    }
}
