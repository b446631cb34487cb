package dk.attestkursus.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Survey;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The caseworker's loop: the self-assessment before and at follow-up (bad answers refused, nothing
 * stored), the action plan (1-3 actions, CPR refused) and the check-ins when the follow-up opens; the
 * instructors' counts without names.
 */
@IntegrationTest
class TransferLoopIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    ActionPlanService plans;

    @Autowired
    CourseContent content;

    @Autowired
    JdbcTemplate jdbc;

    String instructor;
    String caseworker;
    CourseRunId run;

    /** A run held 15 days ago: the first follow-up (+14 days) is open, the second (+42) is not. */
    @BeforeEach
    void setUp() {
        instructor = fixtures.account("loopunderviser", Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT);
        caseworker = fixtures.account("loopdeltager", Role.PARTICIPANT);
        run = fixtures.run("Loophold", Instant.now().minus(Duration.ofDays(15)));
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, caseworker, EnrolmentRole.PARTICIPANT);
    }

    private Map<String, Integer> all(int score) {
        Map<String, Integer> scores = new HashMap<>();
        statements().forEach(s -> scores.put(s.key(), score));
        return scores;
    }

    private List<Survey.Statement> statements() {
        return fixtures.as(
                caseworker, () -> content.course().transfer().selfAssessment().statements());
    }

    private int stored(String table) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where course_run_id = ?", Integer.class, run.value());
    }

    @Test
    void the_before_self_assessment_closes_when_the_session_is_over_and_the_first_follow_up_is_open() {
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> {
                    selfAssessments.submit(Phase.BEFORE, all(3), "", -1);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        TransferRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransferRefusedException.Reason.CLOSED));
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> {
                    selfAssessments.submit(Phase.FOLLOW_UP_2, all(3), "", -1);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        TransferRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransferRefusedException.Reason.NOT_OPEN));
        fixtures.as(caseworker, () -> {
            selfAssessments.submit(Phase.FOLLOW_UP_1, all(4), "At finde tid til at skrive formålet.", -1);
            return null;
        });
        SelfAssessmentForm mine = fixtures.as(caseworker, () -> selfAssessments.mine(Phase.FOLLOW_UP_1));
        assertThat(mine.answered()).isTrue();
        assertThat(mine.scores().values()).containsOnly(4);
        assertThat(mine.openAnswer()).isEqualTo("At finde tid til at skrive formålet.");
    }

    @Test
    void bad_answers_are_refused_with_every_field_named_and_nothing_stored() {
        Map<String, Integer> scores = all(3);
        String first = statements().getFirst().key();
        String second = statements().get(1).key();
        scores.remove(first);
        scores.put(second, 6);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> {
                    selfAssessments.submit(Phase.FOLLOW_UP_1, scores, "Borgeren 010185-1234 var svær", -1);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        TransferValidationException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("statement." + first, "transfer.error.unanswered")
                                .containsEntry("statement." + second, "transfer.error.scale")
                                .containsEntry("open", "transfer.error.cpr"));
        assertThat(stored("self_assessment")).isZero();
    }

    @Test
    void a_second_tab_with_an_old_version_cannot_overwrite_newer_answers() {
        fixtures.as(caseworker, () -> {
            selfAssessments.submit(Phase.FOLLOW_UP_1, all(2), "", -1);
            return null;
        });
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> {
                    selfAssessments.submit(Phase.FOLLOW_UP_1, all(5), "", -1);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        TransferRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransferRefusedException.Reason.CONFLICT));
        assertThat(fixtures.as(caseworker, () -> selfAssessments.mine(Phase.FOLLOW_UP_1))
                        .scores()
                        .values())
                .containsOnly(2);
    }

    @Test
    void instructors_see_counts_without_names_and_open_answers_only_from_three() {
        fixtures.as(caseworker, () -> {
            selfAssessments.submit(Phase.FOLLOW_UP_1, all(5), "Mit åbne svar", -1);
            return null;
        });
        SelfAssessmentSummary summary = fixtures.as(instructor, () -> selfAssessments.summary(run, Phase.FOLLOW_UP_1));
        assertThat(summary.answered()).isEqualTo(1);
        assertThat(summary.participants()).isEqualTo(1);
        assertThat(summary.statements()).allSatisfy(s -> assertThat(s.counts()).containsExactly(0, 0, 0, 0, 1));
        assertThat(summary.statements().getFirst().mean()).isEqualTo(5.0);
        assertThat(summary.openAnswers()).isEmpty();

        String other = fixtures.account("fremmed", Role.INSTRUCTOR, InstructorKind.JOBCENTER);
        assertThatThrownBy(() -> fixtures.as(other, () -> selfAssessments.summary(run, Phase.FOLLOW_UP_1)))
                .isInstanceOf(RunRefusedException.class);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> selfAssessments.summary(run, Phase.FOLLOW_UP_1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_action_plan_holds_one_to_three_actions_and_refuses_cpr_numbers() {
        assertThatThrownBy(() ->
                        fixtures.as(caseworker, () -> plans.save(List.of(new ActionPlan.ActionInput(" ", " ")))))
                .isInstanceOfSatisfying(
                        TransferValidationException.class,
                        e -> assertThat(e.errors()).containsEntry("actions", "transfer.error.noActions"));
        assertThatThrownBy(() -> fixtures.as(
                        caseworker,
                        () -> plans.save(List.of(
                                new ActionPlan.ActionInput("a", "b"), new ActionPlan.ActionInput("c", "d"),
                                new ActionPlan.ActionInput("e", "f"), new ActionPlan.ActionInput("g", "h")))))
                .isInstanceOfSatisfying(
                        TransferValidationException.class,
                        e -> assertThat(e.errors()).containsEntry("actions", "transfer.error.tooManyActions"));
        assertThatThrownBy(() -> fixtures.as(
                        caseworker,
                        () -> plans.save(List.of(
                                new ActionPlan.ActionInput("Skriv formålet for 0101851234", ""),
                                new ActionPlan.ActionInput("x".repeat(301), "I morgen")))))
                .isInstanceOfSatisfying(
                        TransferValidationException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("0.change", "transfer.error.cpr")
                                .containsEntry("0.when", "transfer.error.required")
                                .containsEntry("1.change", "transfer.error.tooLong"));
        assertThat(stored("action_item")).isZero();

        ActionPlan plan = fixtures.as(
                caseworker,
                () -> plans.save(List.of(
                        new ActionPlan.ActionInput(
                                "Jeg skriver altid, hvad attesten skal bruges til.", "I næste LÆ 285"),
                        new ActionPlan.ActionInput("", ""),
                        new ActionPlan.ActionInput(
                                "Jeg stryger spørgsmål, som kommunen selv skal vurdere.", "Denne uge"))));
        assertThat(plan.actions()).extracting(ActionPlan.Action::position).containsExactly(1, 2);
        assertThat(plan.actions()).extracting(ActionPlan.Action::when).containsExactly("I næste LÆ 285", "Denne uge");
    }

    @Test
    void check_ins_need_an_answer_for_every_action_and_open_on_the_follow_up_date() {
        ActionPlan plan = fixtures.as(
                caseworker,
                () -> plans.save(List.of(
                        new ActionPlan.ActionInput("Jeg skriver formålet først.", "I morgen"),
                        new ActionPlan.ActionInput("Jeg spørger kun om helbred og funktion.", "Næste uge"))));
        ActionPlanItemId first = plan.actions().get(0).id();
        ActionPlanItemId second = plan.actions().get(1).id();
        assertThatThrownBy(() -> fixtures.as(
                        caseworker,
                        () -> plans.checkIn(
                                Checkpoint.FIRST,
                                Map.of(first, new ActionPlan.CheckInInput(CheckInOutcome.TRIED, null)))))
                .isInstanceOfSatisfying(
                        TransferValidationException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("1.outcome"));
        assertThatThrownBy(() -> fixtures.as(
                        caseworker,
                        () -> plans.checkIn(
                                Checkpoint.SECOND,
                                Map.of(
                                        first, new ActionPlan.CheckInInput(CheckInOutcome.TRIED, null),
                                        second, new ActionPlan.CheckInInput(CheckInOutcome.TRIED, null)))))
                .isInstanceOfSatisfying(
                        TransferRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransferRefusedException.Reason.NOT_OPEN));
        assertThat(jdbc.queryForObject(
                        "select count(*) from action_check_in where action_item_id in (?, ?)",
                        Integer.class,
                        first.value(),
                        second.value()))
                .isZero();

        ActionPlan after = fixtures.as(
                caseworker,
                () -> plans.checkIn(
                        Checkpoint.FIRST,
                        Map.of(
                                first, new ActionPlan.CheckInInput(CheckInOutcome.TRIED, "Det gik fint."),
                                second,
                                        new ActionPlan.CheckInInput(
                                                CheckInOutcome.NOT_YET, "Ingen sager med attester endnu."))));
        assertThat(after.actions().get(1).checkIns().get(Checkpoint.FIRST).outcome())
                .isEqualTo(CheckInOutcome.NOT_YET);
        assertThat(after.actions().get(1).checkIns().get(Checkpoint.FIRST).obstacle())
                .isEqualTo("Ingen sager med attester endnu.");

        // Keeping an action's text keeps its check-in; changing it starts afresh.
        ActionPlan edited = fixtures.as(
                caseworker,
                () -> plans.save(List.of(
                        new ActionPlan.ActionInput("Jeg skriver formålet først.", "Hver gang"),
                        new ActionPlan.ActionInput("Jeg beder om en LÆ 135 i stedet for en LÆ 125.", "Næste uge"))));
        assertThat(edited.actions().get(0).checkIns()).containsKey(Checkpoint.FIRST);
        assertThat(edited.actions().get(1).checkIns()).isEmpty();
    }

    @Test
    void a_caseworker_without_a_place_is_told_so() {
        String nobody = fixtures.account("udenhold", Role.PARTICIPANT);
        assertThatThrownBy(() -> fixtures.as(nobody, () -> plans.myPlan()))
                .isInstanceOfSatisfying(
                        TransferRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransferRefusedException.Reason.NO_RUN));
    }
}
