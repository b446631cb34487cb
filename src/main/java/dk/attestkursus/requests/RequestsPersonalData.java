package dk.attestkursus.requests;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Chunks;
import dk.attestkursus.base.Formats;
import dk.attestkursus.content.Course;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.requests.domain.RequestDraft;
import dk.attestkursus.requests.domain.RequestDraftRepository;
import dk.attestkursus.requests.domain.RequestReview;
import dk.attestkursus.requests.domain.RequestReviewRepository;
import dk.attestkursus.requests.domain.RequestVersion;
import dk.attestkursus.requests.domain.RequestVersionRepository;
import dk.attestkursus.requests.domain.ReviewScore;
import dk.attestkursus.requests.domain.ReviewScoreRepository;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The request exercises' personal data (issue 25): a caseworker's drafts and submitted versions, and the
 * instructors' feedback on them. Erasing or purging takes the texts (the request's, the feedback's and
 * the score comments) and keeps the rows: the rubric scores of the first version feed the leaders'
 * before/after figures ({@link RubricStatisticsService}) by account id, exercise and version number, so
 * they stay as anonymous rows of the tombstone. The instructors' ids on a review are actors and stay.
 */
@Component
class RequestsPersonalData implements PersonalData {

    private final RequestDraftRepository drafts;
    private final RequestVersionRepository versions;
    private final RequestReviewRepository reviews;
    private final ReviewScoreRepository scores;
    private final CourseContent content;
    private final RunRosterService runs;
    private final AccountService accounts;
    private final AppI18NProvider i18n;

    RequestsPersonalData(
            RequestDraftRepository drafts,
            RequestVersionRepository versions,
            RequestReviewRepository reviews,
            ReviewScoreRepository scores,
            CourseContent content,
            RunRosterService runs,
            AccountService accounts,
            AppI18NProvider i18n) {
        this.drafts = drafts;
        this.versions = versions;
        this.reviews = reviews;
        this.scores = scores;
        this.content = content;
        this.runs = runs;
        this.accounts = accounts;
        this.i18n = i18n;
    }

    @Override
    public String key() {
        return "requests";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("request_draft", "account_id", Erasure.ANONYMOUS),
                PersonalColumn.of("request_version", "account_id", Erasure.ANONYMOUS),
                PersonalColumn.of("request_review", "started_by", Erasure.ACTOR),
                PersonalColumn.of("request_review", "updated_by", Erasure.ACTOR),
                PersonalColumn.of("request_review", "returned_by", Erasure.ACTOR));
    }

    /** A draft as the caseworker last saved it. */
    record DraftRecord(String exercise, String title, RequestFields request, String status, Instant savedAt) {}

    /** A submitted version, with the feedback once it was returned. */
    record VersionRecord(
            String exercise,
            String title,
            int number,
            long courseRun,
            Instant submittedAt,
            String status,
            RequestFields request,
            @Nullable FeedbackRecord feedback) {}

    /** The instructors' returned feedback on a version. */
    record FeedbackRecord(
            @Nullable Instant returnedAt,
            @Nullable String returnedBy,
            String overall,
            String gpReading,
            List<ScoreRecord> scores) {}

    record ScoreRecord(
            String criterion,
            @Nullable Integer score,
            String comment,
            @Nullable String anchor) {}

    @Override
    public FeatureExport export(AccountId person) {
        Course course = content.course();
        List<DraftRecord> draftList = drafts.findByAccountId(person.value()).stream()
                .sorted(Comparator.comparing(RequestDraft::getExerciseId))
                .map(d -> new DraftRecord(
                        d.getExerciseId(),
                        Exercises.title(course, d.getExerciseId()),
                        d.getContent().fields(),
                        d.getStatus().name(),
                        d.getSavedAt()))
                .toList();
        List<RequestVersion> mine = versions.findByAccountIdOrderByExerciseIdAscNumberAsc(person.value());
        Map<Long, RequestReview> reviewOf = reviewsOf(mine);
        Map<Long, List<ReviewScore>> scoresOf = scoresOf(reviewOf.values());
        Set<AccountId> reviewers = reviewOf.values().stream()
                .filter(r -> r.getReturnedAt() != null && r.getReturnedBy() != null)
                .map(r -> new AccountId(r.getReturnedBy()))
                .collect(Collectors.toSet());
        Map<AccountId, String> names = reviewers.isEmpty() ? Map.of() : accounts.displayNames(reviewers);
        List<VersionRecord> versionList = new ArrayList<>();
        List<FeatureExport.ExportFile> files = new ArrayList<>();
        for (RequestVersion v : mine) {
            RequestReview review = reviewOf.get(v.requireId());
            // Only returned feedback is the caseworker's to read; a review in progress is the instructors'.
            boolean returned = review != null && review.getReturnedAt() != null;
            List<ReviewScore> given = returned ? scoresOf.getOrDefault(review.requireId(), List.of()) : List.of();
            String reviewer = returned && review.getReturnedBy() != null
                    ? names.get(new AccountId(review.getReturnedBy()))
                    : null;
            FeedbackRecord feedback = returned
                    ? new FeedbackRecord(
                            review.getReturnedAt(),
                            reviewer,
                            review.getOverall(),
                            review.getGpReading(),
                            given.stream()
                                    .map(s -> new ScoreRecord(
                                            s.getCriterion(), s.getScore(), s.getComment(), s.getAnchor()))
                                    .toList())
                    : null;
            String title = Exercises.title(course, v.getExerciseId());
            versionList.add(new VersionRecord(
                    v.getExerciseId(),
                    title,
                    v.getNumber(),
                    v.getCourseRunId(),
                    v.getSubmittedAt(),
                    v.getStatus().name(),
                    v.getContent().fields(),
                    feedback));
            files.add(new FeatureExport.ExportFile(
                    "anmodning-" + v.getExerciseId() + "-v" + v.getNumber() + ".pdf",
                    pdf(course, v, title, returned ? review : null, given, reviewer)));
        }
        Map<String, List<?>> data = new LinkedHashMap<>();
        data.put("drafts", draftList);
        data.put("versions", versionList);
        return new FeatureExport(data, files);
    }

    private byte[] pdf(
            Course course,
            RequestVersion v,
            String title,
            @Nullable RequestReview review,
            List<ReviewScore> given,
            @Nullable String reviewer) {
        var locale = AppI18NProvider.DANISH;
        String sent = i18n.getTranslation(
                "pdf.version", locale, v.getNumber(), Formats.dateTime(v.getSubmittedAt(), locale, i18n));
        Review asRead = null;
        String returned = null;
        if (review != null) {
            Map<String, ReviewInput.Criterion> criteria = new HashMap<>();
            given.forEach(s -> criteria.put(
                    s.getCriterion(),
                    new ReviewInput.Criterion(
                            s.getScore(),
                            s.getComment(),
                            s.getAnchor() == null ? null : RequestField.valueOf(s.getAnchor()))));
            asRead = new Review(
                    new RequestVersionId(v.requireId()),
                    v.getExerciseId(),
                    new AccountId(v.getAccountId()),
                    v.getNumber(),
                    v.getSubmittedAt(),
                    ExerciseService.versionStatus(v.getStatus()),
                    v.getContent().fields(),
                    null,
                    List.of(),
                    new ReviewInput(criteria, review.getOverall(), review.getGpReading()),
                    new AccountId(review.getStartedBy()),
                    new AccountId(review.getUpdatedBy()),
                    review.getUpdatedAt(),
                    review.getReturnedBy() == null ? null : new AccountId(review.getReturnedBy()),
                    review.getVersion());
            returned = Formats.dateTime(review.getUpdatedAt(), locale, i18n);
        }
        return RequestPdf.render(
                title,
                sent,
                v.getContent().fields(),
                asRead,
                returned,
                course.writing().rubric(),
                reviewer,
                (key, params) -> i18n.getTranslation(key, locale, params));
    }

    @Override
    public void erase(AccountId person) {
        drafts.findByAccountId(person.value()).forEach(RequestDraft::eraseTexts);
        List<RequestVersion> mine = versions.findByAccountIdOrderByExerciseIdAscNumberAsc(person.value());
        mine.forEach(RequestVersion::eraseTexts);
        Map<Long, RequestReview> reviewOf = reviewsOf(mine);
        reviewOf.values().forEach(RequestReview::eraseTexts);
        scoresOf(reviewOf.values()).values().forEach(list -> list.forEach(ReviewScore::eraseComment));
        // Written now, so SQL later in the same transaction (the erasure's checks) reads the rows as erased.
        drafts.flush();
    }

    /**
     * The texts of the versions sent to runs whose last follow-up was before {@code followUpBefore}, their
     * reviews and score comments, and the drafts they came from unless a later version went to a run
     * still going; drafts never submitted count from when they were last saved. Scores stay.
     */
    @Override
    public int retention(Instant followUpBefore, boolean purge) {
        List<Long> expiredRuns = runs.runsFollowedUpBefore(followUpBefore).stream()
                .map(CourseRunId::value)
                .toList();
        List<RequestVersion> expired = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(expiredRuns)) {
            expired.addAll(versions.findByCourseRunIdInOrderBySubmittedAtAsc(chunk));
        }
        Set<Long> runSet = new HashSet<>(expiredRuns);
        // A draft expires with its latest version: a caseworker who wrote again in a later run keeps it.
        Set<Long> draftIds = expired.stream().map(RequestVersion::getDraftId).collect(Collectors.toSet());
        Map<Long, RequestVersion> latest = new HashMap<>();
        for (List<Long> chunk : Chunks.of(draftIds)) {
            versions.findByDraftIdIn(chunk)
                    .forEach(v -> latest.merge(v.getDraftId(), v, (a, b) -> a.getNumber() >= b.getNumber() ? a : b));
        }
        Set<Long> expiredDrafts = latest.values().stream()
                .filter(v -> runSet.contains(v.getCourseRunId()))
                .map(RequestVersion::getDraftId)
                .collect(Collectors.toSet());
        List<RequestDraft> draftRows = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(expiredDrafts)) {
            draftRows.addAll(drafts.findAllById(chunk));
        }
        draftRows.addAll(drafts.neverSubmittedSavedBefore(followUpBefore));

        int count = 0;
        for (RequestDraft d : draftRows) {
            if (!d.getContent().hasNoTexts()) {
                count++;
                if (purge) {
                    d.eraseTexts();
                }
            }
        }
        for (RequestVersion v : expired) {
            if (!v.getContent().hasNoTexts()) {
                count++;
                if (purge) {
                    v.eraseTexts();
                }
            }
        }
        Map<Long, RequestReview> reviewOf = reviewsOf(expired);
        for (RequestReview r : reviewOf.values()) {
            if (!r.hasNoTexts()) {
                count++;
                if (purge) {
                    r.eraseTexts();
                }
            }
        }
        for (List<ReviewScore> list : scoresOf(reviewOf.values()).values()) {
            for (ReviewScore s : list) {
                if (!s.getComment().isEmpty()) {
                    count++;
                    if (purge) {
                        s.eraseComment();
                    }
                }
            }
        }
        if (purge) {
            drafts.flush();
        }
        return count;
    }

    private Map<Long, RequestReview> reviewsOf(Collection<RequestVersion> list) {
        Map<Long, RequestReview> byVersion = new HashMap<>();
        for (List<Long> chunk :
                Chunks.of(list.stream().map(RequestVersion::requireId).toList())) {
            reviews.findByVersionIdIn(chunk).forEach(r -> byVersion.put(r.getVersionId(), r));
        }
        return byVersion;
    }

    private Map<Long, List<ReviewScore>> scoresOf(Collection<RequestReview> list) {
        Map<Long, List<ReviewScore>> byReview = new HashMap<>();
        for (List<Long> chunk :
                Chunks.of(list.stream().map(RequestReview::requireId).toList())) {
            scores.findByReviewIdIn(chunk).stream()
                    .sorted(Comparator.comparing(ReviewScore::requireId))
                    .forEach(s -> byReview.computeIfAbsent(s.getReviewId(), k -> new ArrayList<>())
                            .add(s));
        }
        return byReview;
    }
}
