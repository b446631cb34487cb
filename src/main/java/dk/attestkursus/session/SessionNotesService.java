package dk.attestkursus.session;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.session.SessionException.Reason;
import dk.attestkursus.session.domain.AgreedAction;
import dk.attestkursus.session.domain.AgreedActionRepository;
import dk.attestkursus.session.domain.RunSession;
import dk.attestkursus.session.domain.RunSessionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The session's notes, written by the appointed note-taker, and the actions the session agreed
 * on. Free text goes through the CPR check (decision 007); a save over the co-instructor's newer
 * notes is refused so neither text is lost.
 */
@Service
@Transactional(readOnly = true)
public class SessionNotesService {

    public static final int MAX_NOTES = 20_000;
    public static final int MAX_ACTION = 500;

    private final RunSessionRepository sessions;
    private final AgreedActionRepository actions;
    private final AccountService accounts;
    private final SessionState state;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionNotesService(
            RunSessionRepository sessions,
            AgreedActionRepository actions,
            AccountService accounts,
            SessionState state,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.actions = actions;
        this.accounts = accounts;
        this.state = state;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public SessionNotes notes(CourseRunId runId) {
        state.requireManager(runId);
        return notes(runId, state.ensure(runId));
    }

    /**
     * Saves the note-taker's notes. Refused if the co-instructor saved after {@code loadedVersion}
     * (the screen keeps the text, so nothing is lost) or if the text holds a CPR number.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public SessionNotes saveNotes(CourseRunId runId, @Nullable String noteTaker, String text, long loadedVersion) {
        RunSession session = state.locked(runId);
        if (session.getNotesVersion() != loadedVersion) {
            throw new SessionException(Reason.NOTES_CONFLICT, "run " + runId);
        }
        String taker = noteTaker == null || noteTaker.isBlank() ? null : noteTaker.strip();
        if (text.length() > MAX_NOTES || (taker != null && taker.length() > 200)) {
            throw new SessionException(Reason.INVALID, "notes too long");
        }
        state.refuseCpr((taker == null ? "" : taker) + "\n" + text);
        session.writeNotes(taker, text, currentUser.require().id().value(), clock.instant());
        sessions.saveAndFlush(session);
        return notes(runId, session);
    }

    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public SessionNotes addAction(CourseRunId runId, String text, @Nullable String owner, @Nullable LocalDate due) {
        RunSession session = state.locked(runId);
        String t = text.strip();
        String o = owner == null || owner.isBlank() ? null : owner.strip();
        if (t.isEmpty() || t.length() > MAX_ACTION || (o != null && o.length() > 200)) {
            throw new SessionException(Reason.INVALID, "action");
        }
        state.refuseCpr(t + "\n" + (o == null ? "" : o));
        actions.save(new AgreedAction(
                runId.value(), t, o, due, currentUser.require().id().value(), clock.instant()));
        return notes(runId, session);
    }

    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public SessionNotes removeAction(CourseRunId runId, AgreedActionId actionId) {
        RunSession session = state.locked(runId);
        actions.findById(actionId.value())
                .filter(a -> a.getCourseRunId() == runId.value())
                .ifPresent(actions::delete);
        return notes(runId, session);
    }

    private SessionNotes notes(CourseRunId runId, RunSession session) {
        String by = session.getNotesUpdatedBy() == null
                ? null
                : accounts.displayNames(List.of(new AccountId(session.getNotesUpdatedBy())))
                        .get(new AccountId(session.getNotesUpdatedBy()));
        return new SessionNotes(
                session.getNoteTaker(),
                session.getNotes() == null ? "" : session.getNotes(),
                session.getNotesVersion(),
                session.getNotesUpdatedAt(),
                by,
                actions.findByCourseRunIdOrderByIdAsc(runId.value()).stream()
                        .map(a -> new SessionNotes.Action(
                                new AgreedActionId(a.requireId()), a.getText(), a.getOwner(), a.getDueDate()))
                        .toList());
    }
}
