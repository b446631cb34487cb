package dk.attestkursus.myths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.myths.LivePollException.Reason;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Guesses before the session: one per myth, and the run's instructors see them as counts. */
@IntegrationTest
class MythServiceIT {

    @Autowired
    MythService myths;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CourseContent content;

    @Test
    void a_guess_is_kept_once_and_a_second_is_refused() {
        String caseworker = fixtures.account("gaet", Role.PARTICIPANT);

        MythGuess guess = fixtures.as(caseworker, () -> myths.guess("roller-overskrides", MythAnswer.FACT, 4));
        assertThat(guess).isEqualTo(new MythGuess("roller-overskrides", MythAnswer.FACT, 4));
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> myths.guess("roller-overskrides", MythAnswer.MYTH, 5)))
                .isInstanceOfSatisfying(
                        LivePollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_ANSWERED));

        assertThat(fixtures.as(caseworker, myths::myGuesses))
                .containsOnlyKeys("roller-overskrides")
                .containsValue(guess);
    }

    @Test
    void an_unknown_myth_or_a_confidence_outside_1_to_5_stores_nothing() {
        String caseworker = fixtures.account("forkert", Role.PARTICIPANT);
        long id = fixtures.id(caseworker);

        assertThatThrownBy(() -> fixtures.as(caseworker, () -> myths.guess("findes-ikke", MythAnswer.MYTH, 3)))
                .isInstanceOf(LivePollException.class);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> myths.guess("roller-overskrides", MythAnswer.MYTH, 6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> myths.guess("roller-overskrides", MythAnswer.MYTH, 0)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.queryForObject("select count(*) from myth_guess where account_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void instructors_see_counts_of_their_own_run_and_only_guesses_from_before_the_session() {
        String teacher = fixtures.account("laerer", Role.INSTRUCTOR);
        String stranger = fixtures.account("fremmed", Role.INSTRUCTOR);
        String early = fixtures.account("tidlig", Role.PARTICIPANT);
        String outsider = fixtures.account("udenfor", Role.PARTICIPANT);
        CourseRunId run = fixtures.run("Gættehold", Instant.now().plusSeconds(3600));
        fixtures.enrol(run, teacher, EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, early, EnrolmentRole.PARTICIPANT);
        List<String> group = List.of(
                early,
                participant(run, "anden"),
                participant(run, "tredje"),
                participant(run, "fjerde"),
                participant(run, "femte"));
        fixtures.as(group.get(0), () -> myths.guess("roller-overskrides", MythAnswer.FACT, 2));
        for (String name : group.subList(1, 5)) {
            fixtures.as(name, () -> myths.guess("roller-overskrides", MythAnswer.MYTH, 5));
        }
        fixtures.as(group.get(1), () -> myths.guess("for-mange-fagtermer", MythAnswer.DONT_KNOW, 1));
        fixtures.as(outsider, () -> myths.guess("roller-overskrides", MythAnswer.FACT, 3));

        var counts = fixtures.as(teacher, () -> myths.beforeSession(run));

        assertThat(counts.get("roller-overskrides"))
                .isEqualTo(new AnswerCounts(AnswerCounts.Visibility.SHOWN, 5, 5, new PollCounts(4, 1, 0)));
        assertThat(counts.get("for-mange-fagtermer"))
                .as("one guess: how many, not what")
                .isEqualTo(new AnswerCounts(AnswerCounts.Visibility.TOO_FEW_ANSWERS, 5, 1, PollCounts.NONE));
        assertThat(counts)
                .as("every myth, guessed or not")
                .hasSize(fixtures.as("admin", () -> content.course().myths().size()));
        assertThatThrownBy(() -> fixtures.as(stranger, () -> myths.beforeSession(run)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(early, () -> myths.beforeSession(run)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_run_of_one_shows_its_instructors_nothing_about_the_guesses() {
        String teacher = fixtures.account("laerer", Role.INSTRUCTOR);
        CourseRunId run = fixtures.run("Hold med en", Instant.now().plusSeconds(3600));
        fixtures.enrol(run, teacher, EnrolmentRole.INSTRUCTOR);
        String only = participant(run, "eneste");
        fixtures.as(only, () -> myths.guess("roller-overskrides", MythAnswer.FACT, 4));

        AnswerCounts seen = fixtures.as(teacher, () -> myths.beforeSession(run)).get("roller-overskrides");

        assertThat(seen.visibility()).isEqualTo(AnswerCounts.Visibility.TOO_FEW_PEOPLE);
        assertThat(seen.answered())
                .as("not even that the one participant guessed")
                .isZero();
        assertThat(seen.counts()).isEqualTo(PollCounts.NONE);
    }

    private String participant(CourseRunId run, String prefix) {
        String name = fixtures.account(prefix, Role.PARTICIPANT);
        fixtures.enrol(run, name, EnrolmentRole.PARTICIPANT);
        return name;
    }

    @Test
    void guesses_made_after_the_session_started_are_not_counted_as_before() {
        String teacher = fixtures.account("laerer", Role.INSTRUCTOR);
        String late = fixtures.account("sen", Role.PARTICIPANT);
        CourseRunId run = fixtures.run("Startet hold", Instant.now().minusSeconds(60));
        fixtures.enrol(run, teacher, EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, late, EnrolmentRole.PARTICIPANT);
        fixtures.as(late, () -> myths.guess("roller-overskrides", MythAnswer.MYTH, 3));

        for (int i = 0; i < 4; i++) {
            participant(run, "stille");
        }

        assertThat(fixtures.as(teacher, () -> myths.beforeSession(run))
                        .get("roller-overskrides")
                        .answered())
                .isZero();
    }
}
