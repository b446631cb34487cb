package dk.attestkursus.requests;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.base.UniqueKeys;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.RunRole;
import dk.attestkursus.privacy.AccessKind;
import dk.attestkursus.privacy.AccessLog;
import dk.attestkursus.requests.RequestRefusedException.Kind;
import dk.attestkursus.requests.RequestRefusedException.Problem;
import dk.attestkursus.requests.RequestStateException.Reason;
import dk.attestkursus.requests.domain.RequestDraftRepository;
import dk.attestkursus.requests.domain.RequestReview;
import dk.attestkursus.requests.domain.RequestReviewRepository;
import dk.attestkursus.requests.domain.RequestVersion;
import dk.attestkursus.requests.domain.RequestVersionRepository;
import dk.attestkursus.requests.domain.ReviewScore;
import dk.attestkursus.requests.domain.ReviewScoreRepository;
import dk.attestkursus.requests.domain.VersionStatus;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instructors' feedback on submitted requests: a review queue per run, the rubric, comments,
 * the practice consultant's "sådan læser lægen det", and returning the feedback to the caseworker.
 * Either co-instructor can review; two saving the same review at once: the second is told.
 */
@Service
public class ReviewService {

    static final int COMMENT_MAX = 2000;
    static final int TEXT_MAX = 5000;

    private final RequestVersionRepository versions;
    private final RequestDraftRepository drafts;
    private final RequestReviewRepository reviews;
    private final ReviewScoreRepository scores;
    private final CourseContent content;
    private final CourseRunService runs;
    private final CurrentUser currentUser;
    private final AccessLog accessLog;
    private final Clock clock;

    ReviewService(
            RequestVersionRepository versions,
            RequestDraftRepository drafts,
            RequestReviewRepository reviews,
            ReviewScoreRepository scores,
            CourseContent content,
            CourseRunService runs,
            CurrentUser currentUser,
            AccessLog accessLog,
            Clock clock) {
        this.versions = versions;
        this.drafts = drafts;
        this.reviews = reviews;
        this.scores = scores;
        this.content = content;
        this.runs = runs;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The run's submitted versions: waiting first (oldest first), then in review, then returned. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional(readOnly = true)
    public List<QueueItem> queue(CourseRunId runId) {
        requireInstructor(runId.value());
        List<RequestVersion> list = versions.findByCourseRunIdInOrderBySubmittedAtAsc(List.of(runId.value()));
        Map<Long, RequestReview> byVersion =
                reviews
                        .findByVersionIdIn(
                                list.stream().map(RequestVersion::requireId).toList())
                        .stream()
                        .collect(Collectors.toMap(RequestReview::getVersionId, Function.identity()));
        return list.stream()
                .map(v -> new QueueItem(
                        new RequestVersionId(v.requireId()),
                        v.getExerciseId(),
                        new AccountId(v.getAccountId()),
                        v.getNumber(),
                        v.getSubmittedAt(),
                        ExerciseService.versionStatus(v.getStatus()),
                        Optional.ofNullable(byVersion.get(v.requireId()))
                                .map(r -> new AccountId(r.getUpdatedBy()))
                                .orElse(null)))
                .sorted(Comparator.comparing(QueueItem::status, Comparator.comparingInt(ReviewService::order)))
                .toList();
    }

    /** How many versions wait for a first look, for the instructor's start page. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional(readOnly = true)
    public int waiting(CourseRunId runId) {
        return (int) queue(runId).stream()
                .filter(q -> q.status() == RequestStatus.SUBMITTED)
                .count();
    }

    /**
     * Opens a version for review (it counts as "in review" from now). The access log notes that the
     * instructor read the caseworker's request (issue 25).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public Review open(RequestVersionId versionId) {
        RequestVersion version = forInstructor(versionId);
        accessLog.record(
                new AccountId(version.getAccountId()), AccessKind.REQUEST_OPENED, "anmodning " + versionId.value());
        if (version.getStatus() == VersionStatus.SUBMITTED) {
            version.inReview();
            versions.save(version);
        }
        return view(version);
    }

    /** Saves the review. {@code expectedVersion}: the review version the screen loaded (-1 for none). */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public Review save(RequestVersionId versionId, ReviewInput input, long expectedVersion) {
        RequestVersion version = forInstructor(versionId);
        write(version, input, expectedVersion);
        return view(version);
    }

    /**
     * Saves and returns the feedback: every criterion must be scored. The caseworker sees it at once
     * in the app and can revise and resubmit.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR)
    @Transactional
    public Review returnToWriter(RequestVersionId versionId, ReviewInput input, long expectedVersion) {
        RequestVersion version = forInstructor(versionId);
        Writing.Rubric rubric = content.course().writing().rubric();
        boolean complete = rubric.criteria().stream()
                .allMatch(c -> input.criteria().get(c.key()) != null
                        && input.criteria().get(c.key()).score() != null);
        if (!complete) {
            throw new RequestStateException(Reason.INCOMPLETE, "version " + versionId.value());
        }
        RequestReview review = write(version, input, expectedVersion);
        review.returned(me(), clock.instant());
        reviews.save(review);
        version.returned();
        versions.save(version);
        // Only the latest version unlocks the draft (an older one cannot, see write()).
        boolean latest = versions.findByDraftIdOrderByNumberAsc(version.getDraftId())
                        .getLast()
                        .getNumber()
                == version.getNumber();
        if (latest) {
            drafts.findById(version.getDraftId()).ifPresent(draft -> {
                draft.returned();
                drafts.save(draft);
            });
        }
        return view(version);
    }

    /** The caseworker's own returned feedback on one of their versions. */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional(readOnly = true)
    public Optional<Review> myFeedback(RequestVersionId versionId) {
        return versions.findById(versionId.value())
                .filter(v -> v.getAccountId() == me())
                .filter(v -> v.getStatus() == VersionStatus.RETURNED)
                .map(this::view);
    }

    private RequestReview write(RequestVersion version, ReviewInput input, long expectedVersion) {
        if (version.getStatus() == VersionStatus.RETURNED) {
            throw new RequestStateException(Reason.ALREADY_RETURNED, "version " + version.requireId());
        }
        check(input);
        long me = me();
        RequestReview review = reviews.findByVersionId(version.requireId()).orElse(null);
        if (review == null) {
            if (expectedVersion != -1) {
                throw new RequestStateException(Reason.CONFLICT, "review gone");
            }
            review = new RequestReview(version.requireId(), me, clock.instant());
        } else if (review.getVersion() != expectedVersion) {
            throw new RequestStateException(
                    Reason.CONFLICT, "review at " + review.getVersion() + ", screen had " + expectedVersion);
        }
        review.write(input.overall().strip(), input.gpReading().strip(), me, clock.instant());
        try {
            review = reviews.saveAndFlush(review);
        } catch (OptimisticLockingFailureException e) {
            throw new RequestStateException(Reason.CONFLICT, "saved by the co-instructor at the same moment");
        } catch (DataIntegrityViolationException e) {
            UniqueKeys.rethrowUnlessLostRace(e);
            throw new RequestStateException(Reason.CONFLICT, "started by the co-instructor at the same moment");
        }
        Map<String, ReviewScore> existing = scores.findByReviewId(review.requireId()).stream()
                .collect(Collectors.toMap(ReviewScore::getCriterion, Function.identity()));
        for (Writing.Criterion criterion : content.course().writing().rubric().criteria()) {
            ReviewInput.Criterion given = input.criteria().get(criterion.key());
            ReviewScore score =
                    existing.getOrDefault(criterion.key(), new ReviewScore(review.requireId(), criterion.key()));
            score.set(
                    given == null ? null : given.score(),
                    given == null ? "" : given.comment().strip(),
                    given == null || given.anchor() == null
                            ? null
                            : given.anchor().name());
            scores.save(score);
        }
        return review;
    }

    /** Scores on the scale, comments within limits, and no CPR number in any text. */
    private void check(ReviewInput input) {
        Writing.Rubric rubric = content.course().writing().rubric();
        List<Problem> problems = new ArrayList<>();
        input.criteria().forEach((key, c) -> {
            if (rubric.criteria().stream().noneMatch(r -> r.key().equals(key))) {
                throw new IllegalArgumentException("unknown criterion " + key);
            }
            if (c.score() != null && (c.score() < 0 || c.score() > rubric.max())) {
                throw new IllegalArgumentException("score " + c.score() + " outside the scale");
            }
            text(problems, c.comment(), COMMENT_MAX);
        });
        text(problems, input.overall(), TEXT_MAX);
        text(problems, input.gpReading(), TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new RequestRefusedException(problems);
        }
    }

    private static void text(List<Problem> problems, String text, int max) {
        if (text.length() > max) {
            problems.add(new Problem(Kind.TOO_LONG, RequestField.BACKGROUND, -1, List.of(max, text.length())));
        }
        CprDetector.find(text)
                .ifPresent(m -> problems.add(new Problem(
                        Kind.CPR, RequestField.BACKGROUND, -1, List.of(CprDetector.lineOf(text, m.start())))));
    }

    private Review view(RequestVersion version) {
        Course course = content.course();
        Writing.Exercise exercise =
                course.writing().exercise(version.getExerciseId()).orElseThrow();
        List<RequestVersion> all = versions.findByDraftIdOrderByNumberAsc(version.getDraftId());
        // The version before, if it went to the same run (another run's instructors may not see it).
        RequestFields previous = all.stream()
                .filter(v -> v.getNumber() == version.getNumber() - 1)
                .filter(v -> v.getCourseRunId() == version.getCourseRunId())
                .findFirst()
                .map(v -> v.getContent().fields())
                .orElse(null);
        RequestFields fields = version.getContent().fields();
        List<Advice> guidance = new RequestGuidance(
                        course.writing().guidance(), course.writing().glossary())
                .advise(
                        fields,
                        exercise.caseId() == null
                                ? null
                                : course.formCase(exercise.caseId()).orElseThrow());
        Optional<RequestReview> review = reviews.findByVersionId(version.requireId());
        Map<String, ReviewInput.Criterion> criteria = new HashMap<>();
        review.ifPresent(r -> scores.findByReviewId(r.requireId())
                .forEach(s -> criteria.put(
                        s.getCriterion(),
                        new ReviewInput.Criterion(
                                s.getScore(),
                                s.getComment(),
                                s.getAnchor() == null ? null : RequestField.valueOf(s.getAnchor())))));
        ReviewInput input = new ReviewInput(
                criteria,
                review.map(RequestReview::getOverall).orElse(""),
                review.map(RequestReview::getGpReading).orElse(""));
        return new Review(
                new RequestVersionId(version.requireId()),
                version.getExerciseId(),
                new AccountId(version.getAccountId()),
                version.getNumber(),
                version.getSubmittedAt(),
                ExerciseService.versionStatus(version.getStatus()),
                fields,
                previous,
                guidance,
                input,
                review.map(r -> new AccountId(r.getStartedBy())).orElse(null),
                review.map(r -> new AccountId(r.getUpdatedBy())).orElse(null),
                review.map(RequestReview::getUpdatedAt).orElse(null),
                review.map(RequestReview::getReturnedBy).map(AccountId::new).orElse(null),
                review.map(RequestReview::getVersion).orElse(-1L));
    }

    private RequestVersion forInstructor(RequestVersionId versionId) {
        RequestVersion version = versions.findById(versionId.value())
                .orElseThrow(() -> new RequestStateException(Reason.NOT_FOUND, "version " + versionId.value()));
        requireInstructor(version.getCourseRunId());
        return version;
    }

    private void requireInstructor(long runId) {
        if (runs.myRoleIn(new CourseRunId(runId)).orElse(null) != RunRole.INSTRUCTOR) {
            throw new RequestStateException(Reason.NOT_IN_RUN, "not an instructor of run " + runId);
        }
    }

    private static int order(RequestStatus status) {
        return switch (status) {
            case SUBMITTED -> 0;
            case IN_REVIEW -> 1;
            default -> 2;
        };
    }

    private long me() {
        return currentUser.require().id().value();
    }
}
