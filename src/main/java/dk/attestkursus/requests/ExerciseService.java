package dk.attestkursus.requests;

import dk.attestkursus.base.UniqueKeys;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.LaeForm;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.RunRole;
import dk.attestkursus.requests.RequestStateException.Reason;
import dk.attestkursus.requests.domain.RequestContent;
import dk.attestkursus.requests.domain.RequestDraft;
import dk.attestkursus.requests.domain.RequestDraftRepository;
import dk.attestkursus.requests.domain.RequestVersion;
import dk.attestkursus.requests.domain.RequestVersionRepository;
import dk.attestkursus.requests.domain.VersionStatus;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseworker's request-writing exercises: drafts saved while typing, guidance, submitted
 * versions. Text with a CPR number, or over the limits, is refused before anything is stored.
 */
@Service
@PreAuthorize(AppRoles.HAS_PARTICIPANT)
public class ExerciseService {

    private final RequestDraftRepository drafts;
    private final RequestVersionRepository versions;
    private final CourseContent content;
    private final CourseRunService runs;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExerciseService(
            RequestDraftRepository drafts,
            RequestVersionRepository versions,
            CourseContent content,
            CourseRunService runs,
            CurrentUser currentUser,
            Clock clock) {
        this.drafts = drafts;
        this.versions = versions;
        this.content = content;
        this.runs = runs;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Each exercise and where the caseworker's request stands. */
    @Transactional(readOnly = true)
    public Map<String, RequestStatus> myStatuses() {
        Map<String, RequestDraft> mine = drafts.findByAccountId(me()).stream()
                .collect(Collectors.toMap(RequestDraft::getExerciseId, Function.identity()));
        return content.course().writing().exercises().stream()
                .collect(Collectors.toMap(
                        Writing.Exercise::id,
                        e -> mine.containsKey(e.id()) ? status(mine.get(e.id())) : RequestStatus.NOT_STARTED));
    }

    /** The caseworker's request for an exercise; an empty one if not started. */
    @Transactional(readOnly = true)
    public MyRequest myRequest(String exerciseId) {
        exercise(exerciseId);
        return drafts.findByAccountIdAndExerciseId(me(), exerciseId)
                .map(this::view)
                .orElseGet(() ->
                        new MyRequest(exerciseId, RequestFields.EMPTY, RequestStatus.NOT_STARTED, null, -1, List.of()));
    }

    /**
     * Saves the working copy. {@code expectedVersion} is the version the screen loaded (-1 for a new
     * draft); if it changed meanwhile (another window), nothing is saved and the caller is told.
     */
    @Transactional
    public MyRequest save(String exerciseId, RequestFields fields, long expectedVersion) {
        exercise(exerciseId);
        RequestFields clean = checked(fields, false);
        RequestDraft draft = writable(exerciseId, expectedVersion);
        draft.write(RequestContent.of(clean), clock.instant());
        return view(flush(draft));
    }

    /** Saves and submits: the version is locked until the instructors return their feedback. */
    @Transactional
    public MyRequest submit(String exerciseId, CourseRunId runId, RequestFields fields, long expectedVersion) {
        exercise(exerciseId);
        if (runs.myRoleIn(runId).orElse(null) != RunRole.PARTICIPANT) {
            throw new RequestStateException(Reason.NOT_IN_RUN, "run " + runId.value());
        }
        RequestFields clean = checked(fields, true);
        RequestDraft draft = writable(exerciseId, expectedVersion);
        draft.write(RequestContent.of(clean), clock.instant());
        draft.submitted();
        draft = flush(draft);
        int number = versions.findByDraftIdOrderByNumberAsc(draft.requireId()).size() + 1;
        versions.save(new RequestVersion(draft, number, runId.value(), clock.instant()));
        return view(draft);
    }

    /** The guidance for the text as it stands (nothing is stored). */
    @Transactional(readOnly = true)
    public List<Advice> guidance(String exerciseId, RequestFields fields) {
        Course course = content.course();
        Writing.Exercise exercise = exercise(exerciseId);
        return new RequestGuidance(course.writing().guidance(), course.writing().glossary())
                .advise(
                        RequestRules.clean(fields),
                        exercise.caseId() == null
                                ? null
                                : course.formCase(exercise.caseId()).orElseThrow());
    }

    private RequestFields checked(RequestFields fields, boolean submitting) {
        RequestFields clean = RequestRules.clean(fields);
        Set<String> forms =
                content.course().forms().stream().map(LaeForm::number).collect(Collectors.toSet());
        List<RequestRefusedException.Problem> problems =
                submitting ? RequestRules.forSubmission(clean, forms) : RequestRules.forDraft(clean, forms);
        if (!problems.isEmpty()) {
            throw new RequestRefusedException(problems);
        }
        return clean;
    }

    private RequestDraft writable(String exerciseId, long expectedVersion) {
        long me = me();
        RequestDraft draft = drafts.findByAccountIdAndExerciseId(me, exerciseId).orElse(null);
        if (draft == null) {
            if (expectedVersion != -1) {
                throw new RequestStateException(Reason.CONFLICT, "draft gone");
            }
            return new RequestDraft(me, exerciseId, RequestContent.of(RequestFields.EMPTY), clock.instant());
        }
        if (draft.getVersion() != expectedVersion) {
            throw new RequestStateException(
                    Reason.CONFLICT, "draft at " + draft.getVersion() + ", screen had " + expectedVersion);
        }
        if (draft.isLocked()) {
            throw new RequestStateException(Reason.LOCKED, "exercise " + exerciseId);
        }
        return draft;
    }

    private RequestDraft flush(RequestDraft draft) {
        try {
            return drafts.saveAndFlush(draft);
        } catch (OptimisticLockingFailureException e) {
            throw new RequestStateException(Reason.CONFLICT, "saved elsewhere at the same moment");
        } catch (DataIntegrityViolationException e) {
            // Only a new draft made in another window at the same moment is a conflict; any other
            // failure is a failed save, which the editor reports as such and retries.
            UniqueKeys.rethrowUnlessLostRace(e);
            throw new RequestStateException(Reason.CONFLICT, "created elsewhere at the same moment");
        }
    }

    private Writing.Exercise exercise(String exerciseId) {
        return content.course()
                .writing()
                .exercise(exerciseId)
                .orElseThrow(() -> new RequestStateException(Reason.NOT_FOUND, "exercise " + exerciseId));
    }

    private MyRequest view(RequestDraft draft) {
        List<RequestVersion> list = versions.findByDraftIdOrderByNumberAsc(draft.requireId());
        return new MyRequest(
                draft.getExerciseId(),
                draft.getContent().fields(),
                status(draft, list),
                draft.getSavedAt(),
                draft.getVersion(),
                list.stream()
                        .map(v -> new MyRequest.VersionSummary(
                                new RequestVersionId(v.requireId()),
                                v.getNumber(),
                                v.getSubmittedAt(),
                                versionStatus(v.getStatus()),
                                v.getContent().fields()))
                        .toList());
    }

    private RequestStatus status(RequestDraft draft) {
        return status(draft, versions.findByDraftIdOrderByNumberAsc(draft.requireId()));
    }

    private static RequestStatus status(RequestDraft draft, List<RequestVersion> list) {
        return switch (draft.getStatus()) {
            case DRAFT -> RequestStatus.DRAFT;
            case RETURNED -> RequestStatus.RETURNED;
            case SUBMITTED ->
                list.isEmpty()
                        ? RequestStatus.SUBMITTED
                        : versionStatus(list.getLast().getStatus());
        };
    }

    static RequestStatus versionStatus(VersionStatus status) {
        return switch (status) {
            case SUBMITTED -> RequestStatus.SUBMITTED;
            case IN_REVIEW -> RequestStatus.IN_REVIEW;
            case RETURNED -> RequestStatus.RETURNED;
        };
    }

    private long me() {
        return currentUser.require().id().value();
    }
}
