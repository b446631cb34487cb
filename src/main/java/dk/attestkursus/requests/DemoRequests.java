package dk.attestkursus.requests;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.DemoRunSeeded;
import dk.attestkursus.requests.domain.RequestContent;
import dk.attestkursus.requests.domain.RequestDraft;
import dk.attestkursus.requests.domain.RequestDraftRepository;
import dk.attestkursus.requests.domain.RequestReview;
import dk.attestkursus.requests.domain.RequestReviewRepository;
import dk.attestkursus.requests.domain.RequestVersion;
import dk.attestkursus.requests.domain.RequestVersionRepository;
import dk.attestkursus.requests.domain.ReviewScore;
import dk.attestkursus.requests.domain.ReviewScoreRepository;
import dk.attestkursus.security.AccountId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo requests for the held demo run's team: each wrote a request from an own (anonymised) case
 * before the course and one after, and the practice consultant returned both with rubric scores, lower
 * before than after, so the leader's results show a change. Profile {@code demo}; made when the demo
 * runs are ({@link DemoRunSeeded}, in that transaction).
 */
@Component
@Profile("demo")
class DemoRequests {

    private static final List<String> CRITERIA =
            List.of("purpose", "form", "questions", "roles", "language", "information");
    /** Scores per person (criteria in the order above), before and after the course. */
    private static final int[][] BEFORE = {
        {1, 1, 0, 2, 1, 1},
        {0, 1, 1, 2, 1, 0},
        {1, 2, 0, 1, 1, 1},
        {1, 1, 1, 2, 2, 1},
        {0, 1, 0, 1, 1, 1},
        {1, 0, 1, 2, 1, 0}
    };

    private static final int[][] AFTER = {
        {2, 2, 1, 2, 2, 2},
        {2, 1, 2, 2, 2, 1},
        {2, 2, 1, 2, 2, 2},
        {2, 2, 2, 2, 2, 1},
        {1, 2, 1, 2, 2, 2},
        {2, 1, 2, 2, 1, 1}
    };

    /** The second demo municipality's scores: a little lower before, and a smaller step on targeting. */
    private static final int[][] BEFORE_SECOND = {
        {0, 1, 0, 1, 1, 1},
        {0, 1, 0, 2, 1, 0},
        {1, 1, 0, 1, 0, 1},
        {0, 1, 1, 2, 1, 1},
        {0, 0, 0, 1, 1, 0},
        {1, 1, 0, 1, 1, 0}
    };

    private static final int[][] AFTER_SECOND = {
        {2, 2, 1, 2, 1, 2},
        {1, 1, 1, 2, 2, 1},
        {2, 2, 0, 2, 1, 1},
        {1, 2, 1, 2, 2, 2},
        {1, 1, 1, 2, 1, 1},
        {2, 2, 1, 1, 2, 1}
    };

    private final RequestDraftRepository drafts;
    private final RequestVersionRepository versions;
    private final RequestReviewRepository reviews;
    private final ReviewScoreRepository scores;
    private final Clock clock;

    DemoRequests(
            RequestDraftRepository drafts,
            RequestVersionRepository versions,
            RequestReviewRepository reviews,
            ReviewScoreRepository scores,
            Clock clock) {
        this.drafts = drafts;
        this.versions = versions;
        this.reviews = reviews;
        this.scores = scores;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DemoRunSeeded seeded) {
        CourseRunId run = seeded.heldRun();
        List<Long> team = seeded.team().stream().map(AccountId::value).toList();
        long reviewer = seeded.practiceConsultant().value();
        Instant now = clock.instant();
        for (int i = 0; i < team.size(); i++) {
            request(
                    team.get(i),
                    run,
                    "egen-anmodning-foer",
                    before(),
                    (seeded.variant() == 0 ? BEFORE : BEFORE_SECOND)[i],
                    reviewer,
                    now.minusSeconds(75L * 86_400));
            request(
                    team.get(i),
                    run,
                    "egen-anmodning-efter",
                    after(),
                    (seeded.variant() == 0 ? AFTER : AFTER_SECOND)[i],
                    reviewer,
                    now.minusSeconds(50L * 86_400));
        }
    }

    private void request(
            long account,
            CourseRunId run,
            String exercise,
            RequestFields fields,
            int[] given,
            long reviewer,
            Instant at) {
        RequestDraft draft = drafts.save(new RequestDraft(account, exercise, RequestContent.of(fields), at));
        draft.submitted();
        draft.returned();
        RequestVersion version = versions.save(new RequestVersion(draft, 1, run.value(), at));
        version.returned();
        RequestReview review = reviews.save(new RequestReview(version.requireId(), reviewer, at.plusSeconds(86_400)));
        review.write(
                "Tak for anmodningen. Se kommentarerne til de enkelte punkter.", "", reviewer, at.plusSeconds(86_400));
        review.returned(reviewer, at.plusSeconds(86_400));
        for (int c = 0; c < CRITERIA.size(); c++) {
            ReviewScore score = new ReviewScore(review.requireId(), CRITERIA.get(c));
            score.set(given[c], "", null);
            scores.save(score);
        }
    }

    private static RequestFields before() {
        return new RequestFields(
                "LÆ 265",
                "Til brug for sagen.",
                "Borgeren er sygemeldt.",
                List.of("Hvordan har borgeren det?", "Kan borgeren arbejde?"),
                true,
                "Oplysninger fra egen læge",
                "");
    }

    private static RequestFields after() {
        return new RequestFields(
                "LÆ 265",
                "Vi skal planlægge en gradvis tilbagevenden til borgerens job som pædagogmedhjælper.",
                "Borgeren er sygemeldt med rygsmerter og har været i fysioterapi i fire uger.",
                List.of(
                        "Hvor mange timer om dagen kan borgeren arbejde de næste fire uger?",
                        "Er der hensyn, arbejdspladsen skal tage, fx ved løft?"),
                true,
                "Oplysninger fra egen læge",
                "");
    }
}
