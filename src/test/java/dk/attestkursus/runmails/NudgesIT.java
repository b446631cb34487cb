package dk.attestkursus.runmails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.myths.MythAnswer;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.TestClock;
import dk.attestkursus.testsupport.Unique;
import dk.attestkursus.transfer.ActionPlan;
import dk.attestkursus.transfer.ActionPlanService;
import dk.attestkursus.transfer.CheckInOutcome;
import dk.attestkursus.transfer.Checkpoint;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.PrepStatus;
import dk.attestkursus.transfer.SelfAssessmentService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 27's reminders by hand: exactly the participants who lack the preparation (or the due follow-up)
 * get exactly one mail each; a second click within a day is refused and writes nothing, the next day's is
 * a new round; someone removed or done by the click gets nothing; another run's instructor and another
 * municipality's administrator are refused. Runs on H2 and PostgreSQL.
 */
@IntegrationTest
class NudgesIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    NudgeService nudges;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    MythService myths;

    @Autowired
    ExerciseService exercises;

    @Autowired
    CourseContent content;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    String instructor;

    @BeforeEach
    void setUp() {
        tag = Unique.tag();
        instructor = fixtures.account("paaminder", Role.INSTRUCTOR, InstructorKind.JOBCENTER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A run starting in {@code days} days at 10.00 Danish time, taught by the test's instructor. */
    private CourseRunId run(int days) {
        Instant start = LocalDate.now(TimeConfig.ZONE)
                .plusDays(days)
                .atTime(10, 0)
                .atZone(TimeConfig.ZONE)
                .toInstant();
        CourseRunId run = fixtures.run("Paamindelse " + tag, start);
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
        return run;
    }

    private String participant(CourseRunId run, String prefix) {
        String username = fixtures.account(prefix, Role.PARTICIPANT);
        fixtures.enrol(run, username, EnrolmentRole.PARTICIPANT);
        return username;
    }

    private List<Map<String, Object>> mails(CourseRunId run, NudgeKind kind) {
        return jdbc.queryForList(
                "select * from mail_message where topic = ? order by recipient_email",
                "run-" + run.value() + "/" + kind.topicKind());
    }

    private static List<String> recipients(List<Map<String, Object>> mails) {
        return mails.stream().map(m -> value(m, "recipient_email").toString()).toList();
    }

    private int rowsOf(CourseRunId run) {
        return jdbc.queryForObject(
                "select count(*) from run_nudge where course_run_id = ?", Integer.class, run.value());
    }

    @Test
    void the_two_who_have_not_prepared_get_one_mail_each_and_a_second_click_is_refused() {
        CourseRunId run = run(10);
        String ready = participant(run, "klar");
        String anna = participant(run, "anna");
        String bent = participant(run, "bent");
        prepare(run, ready);

        NudgeOverview overview = fixtures.as(instructor, () -> nudges.overview(run));
        assertThat(overview.stage()).isEqualTo(NudgeOverview.Stage.PREPARATION);
        assertThat(overview.daysLeft()).isEqualTo(10);
        assertThat(overview.people())
                .extracting(NudgeOverview.Person::name)
                .containsExactly("Test " + anna, "Test " + bent);
        assertThat(overview.people().getFirst().missing()).containsExactly(PrepStatus.Task.values());
        assertThat(overview.canSend()).isTrue();

        assertThat(fixtures.as(instructor, () -> nudges.send(run, NudgeKind.PREPARATION)))
                .isEqualTo(2);
        List<Map<String, Object>> sent = mails(run, NudgeKind.PREPARATION);
        assertThat(recipients(sent)).containsExactly(anna + "@example.dk", bent + "@example.dk");
        assertThat(String.valueOf(value(sent.getFirst(), "text_body")))
                .contains("Test " + anna)
                .contains("Selvvurdering")
                .contains("/kursus/selvvurdering/foer")
                .doesNotContain("{{");

        // A second click (another window, a double click) within the day is refused and writes nothing.
        assertThatThrownBy(() -> fixtures.as(instructor, () -> nudges.send(run, NudgeKind.PREPARATION)))
                .isInstanceOfSatisfying(
                        NudgeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(NudgeRefusedException.Reason.TOO_SOON));
        assertThat(mails(run, NudgeKind.PREPARATION)).hasSize(2);
        NudgeOverview after = fixtures.as(instructor, () -> nudges.overview(run));
        assertThat(after.canSend()).isFalse();
        assertThat(after.last()).isNotNull();
        assertThat(after.last().by()).isEqualTo("Test " + instructor);
        assertThat(after.last().recipients()).isEqualTo(2);
        assertThat(after.nextAllowed()).isEqualTo(after.last().at().plus(NudgeService.BETWEEN_ROUNDS));
        // The scheduled waves are untouched: their reminder is a mail of its own.
        assertThat(jdbc.queryForObject(
                        "select count(*) from run_mail_plan where course_run_id = ?", Integer.class, run.value()))
                .isZero();

        // A day later a new round may go: again one mail each, under new dedupe keys.
        clock.set(Instant.now().plus(NudgeService.BETWEEN_ROUNDS).plusSeconds(60));
        assertThat(fixtures.as(instructor, () -> nudges.send(run, NudgeKind.PREPARATION)))
                .isEqualTo(2);
        assertThat(recipients(mails(run, NudgeKind.PREPARATION)))
                .containsExactly(
                        anna + "@example.dk", anna + "@example.dk", bent + "@example.dk", bent + "@example.dk");
        assertThat(rowsOf(run)).isEqualTo(1);
    }

    @Test
    void someone_removed_or_prepared_by_the_click_gets_nothing() {
        CourseRunId run = run(5);
        String gone = participant(run, "gaaet");
        String late = participant(run, "sent");
        String still = participant(run, "mangler");
        assertThat(fixtures.as(instructor, () -> nudges.overview(run)).people()).hasSize(3);

        fixtures.leave(run, gone);
        prepare(run, late);

        assertThat(fixtures.as(instructor, () -> nudges.send(run, NudgeKind.PREPARATION)))
                .isEqualTo(1);
        assertThat(recipients(mails(run, NudgeKind.PREPARATION))).containsExactly(still + "@example.dk");
    }

    @Test
    void after_the_session_those_who_have_not_answered_the_due_follow_up_are_reminded() {
        CourseRunId run = run(-15); // the first follow-up opened yesterday morning
        String answered = participant(run, "svaret");
        String planOnly = participant(run, "plan");
        String noPlan = participant(run, "udenplan");
        plan(answered, true);
        plan(planOnly, false);

        NudgeOverview overview = fixtures.as(instructor, () -> nudges.overview(run));
        assertThat(overview.stage()).isEqualTo(NudgeOverview.Stage.FOLLOW_UP);
        assertThat(overview.followUp()).isEqualTo(Checkpoint.FIRST);
        assertThat(overview.followUpOpens()).isBefore(Instant.now());
        assertThat(overview.people())
                .extracting(NudgeOverview.Person::name)
                .containsExactly("Test " + planOnly, "Test " + noPlan);

        // The preparation's reminder no longer fits; the follow-up's goes to the two.
        assertThatThrownBy(() -> fixtures.as(instructor, () -> nudges.send(run, NudgeKind.PREPARATION)))
                .isInstanceOfSatisfying(
                        NudgeRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(NudgeRefusedException.Reason.NOT_NOW));
        assertThat(fixtures.as(instructor, () -> nudges.send(run, NudgeKind.FOLLOW_UP)))
                .isEqualTo(2);
        List<Map<String, Object>> sent = mails(run, NudgeKind.FOLLOW_UP);
        assertThat(recipients(sent)).containsExactly(planOnly + "@example.dk", noPlan + "@example.dk");
        assertThat(String.valueOf(value(sent.getFirst(), "text_body")))
                .contains("/kursus/opfoelgning/1")
                .doesNotContain("{{");
    }

    @Test
    void another_runs_instructor_and_another_municipality_are_refused_and_nothing_is_written() {
        CourseRunId run = run(7);
        participant(run, "anden");
        String other = fixtures.account("andenlaerer", Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT);
        String otherMunicipality = DemoAccounts.SECOND.prefix() + "admin";
        for (String who : List.of(other, otherMunicipality)) {
            assertThatThrownBy(() -> fixtures.as(who, () -> nudges.overview(run)))
                    .isInstanceOf(RunRefusedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> nudges.send(run, NudgeKind.PREPARATION)))
                    .isInstanceOf(RunRefusedException.class);
        }
        assertThat(mails(run, NudgeKind.PREPARATION)).isEmpty();
        assertThat(rowsOf(run)).isZero();
        // The municipality's administrator may.
        assertThat(fixtures.as("admin", () -> nudges.send(run, NudgeKind.PREPARATION)))
                .isEqualTo(1);
    }

    /** Writes a plan of one action as the caseworker, and checks it in at the first follow-up if asked. */
    private void plan(String username, boolean checkIn) {
        fixtures.as(username, () -> {
            ActionPlan plan = actionPlans.save(
                    List.of(new ActionPlan.ActionInput("Jeg skriver formålet først i anmodningen.", "I næste uge")));
            if (checkIn) {
                actionPlans.checkIn(
                        Checkpoint.FIRST,
                        Map.of(
                                plan.actions().getFirst().id(),
                                new ActionPlan.CheckInInput(CheckInOutcome.TRIED, null)));
            }
            return null;
        });
    }

    /** Does the three preparation tasks as the caseworker (as in {@code RunMailsIT}). */
    private void prepare(CourseRunId run, String username) {
        fixtures.as(username, () -> {
            Map<String, Integer> scores = new HashMap<>();
            content.course().transfer().selfAssessment().statements().forEach(s -> scores.put(s.key(), 3));
            selfAssessments.submit(Phase.BEFORE, scores, "", -1);
            content.course().myths().forEach(m -> myths.guess(m.id(), MythAnswer.MYTH, 3));
            String own = content.course()
                    .writing()
                    .ownCase(Writing.OwnCase.BEFORE)
                    .orElseThrow()
                    .id();
            exercises.submit(
                    own,
                    run,
                    new RequestFields(
                            "LÆ 285",
                            "Attesten skal bruges til at planlægge den første opfølgning med arbejdsgiveren.",
                            "Borgeren er i 40'erne og sygemeldt med rygsmerter.",
                            List.of("Hvilke skånehensyn skal der tages de næste fire uger?"),
                            true,
                            "Oplysninger fra egen læge om ryggen til brug i sygedagpengesagen.",
                            ""),
                    -1);
            return null;
        });
    }

    private static Object value(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v != null ? v : row.get(column.toUpperCase());
    }
}
