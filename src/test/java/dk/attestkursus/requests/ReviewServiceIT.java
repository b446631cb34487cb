package dk.attestkursus.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.requests.RequestStateException.Reason;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Two instructors review a request with the rubric; the caseworker gets the feedback and resubmits. */
@IntegrationTest
class ReviewServiceIT {

    static final String EXERCISE = ExerciseServiceIT.EXERCISE;
    static final List<String> CRITERIA = List.of("purpose", "form", "questions", "roles", "language", "information");

    @Autowired
    ExerciseService exercises;

    @Autowired
    ReviewService reviews;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    String caseworker;
    String practiceConsultant;
    String jobcenter;
    CourseRunId run;
    RequestVersionId versionId;

    @BeforeEach
    void submitted() {
        caseworker = fixtures.account("skriver", Role.PARTICIPANT);
        practiceConsultant = fixtures.account("pk", Role.INSTRUCTOR);
        jobcenter = fixtures.account("jc", Role.INSTRUCTOR);
        run = fixtures.run("Feedbackhold", Instant.now().plusSeconds(86_400));
        fixtures.enrol(run, caseworker, EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, practiceConsultant, EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, jobcenter, EnrolmentRole.INSTRUCTOR);
        MyRequest sent = fixtures.as(caseworker, () -> exercises.submit(EXERCISE, run, ExerciseServiceIT.GOOD, -1));
        versionId = sent.versions().getFirst().id();
    }

    private static ReviewInput scored(int score, String comment) {
        Map<String, ReviewInput.Criterion> criteria = new HashMap<>();
        CRITERIA.forEach(c -> criteria.put(c, new ReviewInput.Criterion(score, comment, RequestField.PURPOSE)));
        return new ReviewInput(criteria, "Godt arbejde.", "Som læge kan jeg svare på spørgsmål 1 med det samme.");
    }

    @Test
    void the_run_instructors_see_the_queue_and_others_are_refused() {
        assertThat(fixtures.as(jobcenter, () -> reviews.queue(run)))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.versionId()).isEqualTo(versionId);
                    assertThat(item.status()).isEqualTo(RequestStatus.SUBMITTED);
                });
        assertThat(fixtures.as(jobcenter, () -> reviews.waiting(run))).isEqualTo(1);

        String stranger = fixtures.account("fremmed", Role.INSTRUCTOR);
        assertThatThrownBy(() -> fixtures.as(stranger, () -> reviews.queue(run)))
                .isInstanceOfSatisfying(
                        RequestStateException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_IN_RUN));
        assertThatThrownBy(() -> fixtures.as(stranger, () -> reviews.open(versionId)))
                .isInstanceOf(RequestStateException.class);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> reviews.queue(run)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void two_instructors_saving_the_same_review_at_once_the_second_is_told_and_nothing_is_overwritten() {
        Review opened = fixtures.as(practiceConsultant, () -> reviews.open(versionId));
        assertThat(opened.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(opened.guidance()).isNotEmpty();
        Review seenByJobcenter = fixtures.as(jobcenter, () -> reviews.open(versionId));

        Review saved = fixtures.as(
                practiceConsultant, () -> reviews.save(versionId, scored(2, "Fra lægen."), opened.reviewVersion()));
        assertThatThrownBy(() -> fixtures.as(
                        jobcenter,
                        () -> reviews.save(versionId, scored(0, "Fra jobcentret."), seenByJobcenter.reviewVersion())))
                .isInstanceOfSatisfying(
                        RequestStateException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));

        Review now = fixtures.as(jobcenter, () -> reviews.open(versionId));
        assertThat(now.input().criteria().get("purpose").comment()).isEqualTo("Fra lægen.");
        assertThat(now.reviewVersion()).isEqualTo(saved.reviewVersion());
        assertThat(now.startedBy()).isEqualTo(now.updatedBy());
    }

    @Test
    void feedback_goes_back_only_when_every_criterion_is_scored_and_the_caseworker_can_revise() {
        Review opened = fixtures.as(jobcenter, () -> reviews.open(versionId));
        ReviewInput partial = new ReviewInput(Map.of("purpose", new ReviewInput.Criterion(1, "", null)), "", "");
        assertThatThrownBy(() -> fixtures.as(
                        jobcenter, () -> reviews.returnToWriter(versionId, partial, opened.reviewVersion())))
                .isInstanceOfSatisfying(
                        RequestStateException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE));
        assertThat(fixtures.as(caseworker, () -> reviews.myFeedback(versionId))).isEmpty();

        Review returned = fixtures.as(
                practiceConsultant,
                () -> reviews.returnToWriter(versionId, scored(1, "Skarpere."), opened.reviewVersion()));
        assertThat(returned.status()).isEqualTo(RequestStatus.RETURNED);

        Review feedback =
                fixtures.as(caseworker, () -> reviews.myFeedback(versionId)).orElseThrow();
        assertThat(feedback.input().gpReading()).contains("Som læge");
        assertThat(feedback.returnedBy()).isNotNull();
        String other = fixtures.account("anden", Role.PARTICIPANT);
        assertThat(fixtures.as(other, () -> reviews.myFeedback(versionId))).isEmpty();

        MyRequest revised = fixtures.as(caseworker, () -> exercises.myRequest(EXERCISE));
        assertThat(revised.status()).isEqualTo(RequestStatus.RETURNED);
        assertThat(revised.editable()).isTrue();
        RequestFields better = new RequestFields(
                "LÆ 285",
                ExerciseServiceIT.GOOD.purpose(),
                "Mere baggrund.",
                ExerciseServiceIT.GOOD.questions(),
                true,
                ExerciseServiceIT.GOOD.consentFor(),
                "");
        MyRequest second = fixtures.as(caseworker, () -> exercises.submit(EXERCISE, run, better, revised.version()));
        assertThat(second.versions())
                .extracting(MyRequest.VersionSummary::number)
                .containsExactly(1, 2);
        RequestVersionId secondId = second.versions().getLast().id();
        Review toReview = fixtures.as(jobcenter, () -> reviews.open(secondId));
        assertThat(toReview.previous()).isEqualTo(ExerciseServiceIT.GOOD);
        assertThat(toReview.fields().background()).isEqualTo("Mere baggrund.");
    }

    @Test
    void returned_feedback_is_not_changed_and_an_old_version_cannot_unlock_a_waiting_one() {
        Review opened = fixtures.as(jobcenter, () -> reviews.open(versionId));
        Review returned = fixtures.as(
                jobcenter, () -> reviews.returnToWriter(versionId, scored(1, "Første."), opened.reviewVersion()));
        MyRequest revised = fixtures.as(caseworker, () -> exercises.myRequest(EXERCISE));
        MyRequest second = fixtures.as(
                caseworker, () -> exercises.submit(EXERCISE, run, ExerciseServiceIT.GOOD, revised.version()));
        assertThat(second.status()).isEqualTo(RequestStatus.SUBMITTED);

        assertThatThrownBy(() -> fixtures.as(
                        practiceConsultant,
                        () -> reviews.returnToWriter(versionId, scored(2, "Rettet."), returned.reviewVersion())))
                .isInstanceOfSatisfying(
                        RequestStateException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_RETURNED));
        assertThatThrownBy(() -> fixtures.as(
                        practiceConsultant,
                        () -> reviews.save(versionId, scored(2, "Rettet."), returned.reviewVersion())))
                .isInstanceOf(RequestStateException.class);

        assertThat(fixtures.as(caseworker, () -> exercises.myRequest(EXERCISE)).status())
                .as("version 2 still waits; the draft stays locked")
                .isEqualTo(RequestStatus.SUBMITTED);
        assertThat(fixtures.as(caseworker, () -> reviews.myFeedback(versionId))
                        .orElseThrow()
                        .input()
                        .criteria()
                        .get("purpose")
                        .comment())
                .isEqualTo("Første.");
    }

    @Test
    void a_review_comment_with_a_cpr_number_is_refused_and_not_stored() {
        Review opened = fixtures.as(jobcenter, () -> reviews.open(versionId));

        assertThatThrownBy(() -> fixtures.as(
                        jobcenter, () -> reviews.save(versionId, scored(1, "Se 010180-1234"), opened.reviewVersion())))
                .isInstanceOf(RequestRefusedException.class);

        assertThat(jdbc.queryForObject(
                        "select count(*) from request_review where version_id = ?", Integer.class, versionId.value()))
                .isZero();
    }
}
