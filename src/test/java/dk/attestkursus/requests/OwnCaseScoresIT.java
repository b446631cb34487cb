package dk.attestkursus.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.requests.domain.ReviewScoreRepository;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The caseworker's own picture after the course (issue 27): their own-case request's rubric scores before
 * and after, theirs alone (the demo team's ali against his own rows), nothing for someone without any,
 * and nobody but a caseworker asks.
 */
@IntegrationTest
class OwnCaseScoresIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    RequestProgressService progress;

    @Autowired
    ReviewScoreRepository scores;

    @Autowired
    CourseContent content;

    @Autowired
    SystemUser system;

    @Test
    void a_caseworker_sees_their_own_scores_before_and_after_and_nobody_elses() {
        List<OwnCaseScore> mine = fixtures.as("ali", progress::myOwnCaseScores);
        Writing writing = system.call(content::course).writing();
        assertThat(mine)
                .extracting(OwnCaseScore::criterion)
                .containsExactlyElementsOf(writing.rubric().criteria().stream()
                        .map(Writing.Criterion::key)
                        .toList());
        long ali = fixtures.id("ali");
        assertThat(mine)
                .extracting(OwnCaseScore::before)
                .containsExactlyElementsOf(expected(writing, Writing.OwnCase.BEFORE, ali, mine));
        assertThat(mine)
                .extracting(OwnCaseScore::after)
                .containsExactlyElementsOf(expected(writing, Writing.OwnCase.AFTER, ali, mine));
        assertThat(mine).allSatisfy(s -> {
            assertThat(s.before()).isNotNull();
            assertThat(s.after()).isNotNull();
        });

        String newcomer = fixtures.account("ingen", Role.PARTICIPANT);
        assertThat(fixtures.as(newcomer, progress::myOwnCaseScores)).isEmpty();
        assertThatThrownBy(() -> fixtures.as("leder", progress::myOwnCaseScores))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<Integer> expected(Writing writing, Writing.OwnCase when, long account, List<OwnCaseScore> order) {
        String exercise = writing.ownCase(when).orElseThrow().id();
        Map<String, Integer> byCriterion = fixtures.as(
                "admin",
                () -> scores.firstVersionScores(exercise, List.of(account)).stream()
                        .collect(Collectors.toMap(
                                r -> r.criterion(), r -> Math.toIntExact(Math.round((double) r.sum() / r.count())))));
        return order.stream().map(s -> byCriterion.get(s.criterion())).toList();
    }
}
