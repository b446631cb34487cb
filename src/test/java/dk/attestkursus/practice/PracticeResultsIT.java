package dk.attestkursus.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.PracticeItem;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.results.PracticeResults;
import dk.attestkursus.results.ResultsService;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestClock;
import dk.attestkursus.testsupport.Unique;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Øvelse efter kurset" in the leaders' results (issue 27): a team of six on a held run answers the
 * practice; the leader sees per question the first answers and the share right, and "too few" wherever
 * fewer than five of the block answered (the four who answered day 7's question, the one whose wrong
 * answer came back), so no single answer can be told (decision 015).
 */
@IntegrationTest
class PracticeResultsIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PracticePlanner planner;

    @Autowired
    PracticeService practice;

    @Autowired
    ResultsService results;

    @Autowired
    CourseContent content;

    @Autowired
    SystemUser system;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_leader_sees_the_teams_answers_per_question_only_where_five_answered() {
        LocalDate session = PracticeIT.sessionDay();
        CourseRunId run = fixtures.run(
                "Øvelseshold " + Unique.tag(),
                session.atTime(9, 0).atZone(TimeConfig.ZONE).toInstant());
        String leader = fixtures.account("oevleder", Role.LEADER);
        TeamId team = fixtures.team("Øvelsesteam " + Unique.tag(), leader);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String p = fixtures.account("oevteam", Role.PARTICIPANT);
            fixtures.enrol(run, p, EnrolmentRole.PARTICIPANT);
            people.add(p);
        }
        fixtures.members(team, people.toArray(String[]::new));
        List<PracticeItem> items = system.call(() -> content.course().practice().items());

        // Day 2: all six answer the first question, five right.
        plan(run, session.plusDays(2).atTime(9, 0).atZone(TimeConfig.ZONE).toInstant());
        for (int i = 0; i < 6; i++) {
            answer(people.get(i), items.getFirst(), i > 0);
        }
        // Day 7: the one wrong answer comes back and is answered; four of the five others answer the second.
        plan(run, session.plusDays(7).atTime(9, 0).atZone(TimeConfig.ZONE).toInstant());
        answer(people.getFirst(), items.getFirst(), true);
        for (int i = 1; i < 5; i++) {
            answer(people.get(i), items.get(1), true);
        }

        clock.set(session.plusDays(8).atTime(12, 0).atZone(TimeConfig.ZONE).toInstant());
        PracticeResults figures = fixtures.as(leader, () -> results.practice(team, null));
        assertThat(figures.people()).isEqualTo(6);
        assertThat(figures.rows()).hasSize(items.size());
        PracticeResults.Row first = figures.rows().getFirst();
        assertThat(first.itemId()).isEqualTo(items.getFirst().id());
        assertThat(first.firstAnswered()).isEqualTo(6);
        assertThat(first.firstRightPercent()).isEqualTo(83);
        assertThat(first.againAnswered()).as("one came back: too few").isZero();
        assertThat(first.againRightPercent()).isNull();
        PracticeResults.Row second = figures.rows().get(1);
        assertThat(second.firstAnswered()).as("four answered: too few").isZero();
        assertThat(second.firstRightPercent()).isNull();
        assertThat(figures.rows().subList(2, items.size()))
                .allSatisfy(r -> assertThat(r.firstAnswered()).isZero());
    }

    private void plan(CourseRunId run, Instant now) {
        clock.set(now);
        system.call(() -> planner.planRun(run, now));
    }

    private void answer(String person, PracticeItem item, boolean right) {
        PracticeQuestion waiting = fixtures.as(person, () -> practice.mine()).pending();
        assertThat(waiting).isNotNull();
        assertThat(waiting.itemId()).isEqualTo(item.id());
        String key = item.options().stream()
                .filter(o -> o.judgement().counts() == right)
                .findFirst()
                .orElseThrow()
                .key();
        fixtures.as(person, () -> practice.answerMine(waiting.promptId(), key));
    }
}
