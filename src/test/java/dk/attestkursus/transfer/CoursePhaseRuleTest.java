package dk.attestkursus.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.kernel.CoursePhase;
import dk.attestkursus.transfer.domain.ActionPlanStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where a caseworker is in the course, at each side of every boundary, with a fixed clock. The run:
 * Wednesday 10 March 2027 9.00-11.30 (Danish time); the introduction mail's day 24 February; the
 * follow-ups on 24 March and 21 April; done at the latest 16 June (8 weeks after the second).
 */
class CoursePhaseRuleTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final CoursePhaseRule RULE = new CoursePhaseRule(new FollowUpDates(ZONE), 14);
    private static final CourseRunSummary RUN = run(at(2027, 3, 10, 9, 0), null, null);
    private static final Set<Checkpoint> NONE = Set.of();
    private static final Set<Checkpoint> FIRST = EnumSet.of(Checkpoint.FIRST);
    private static final Set<Checkpoint> BOTH = EnumSet.allOf(Checkpoint.class);

    static Stream<Arguments> boundaries() {
        return Stream.of(
                // enrolled, the preparation begins on the morning of the introduction mail's day
                Arguments.of("a year before", at(2026, 3, 10, 9, 0), NONE, CoursePhase.ENROLLED),
                Arguments.of("the evening before the intro mail", at(2027, 2, 23, 23, 59), NONE, CoursePhase.ENROLLED),
                Arguments.of("the intro mail's day begins", at(2027, 2, 24, 0, 0), NONE, CoursePhase.PREPARING),
                // the session's day from midnight; live from 30 minutes before the start to the end
                Arguments.of("the evening before", at(2027, 3, 9, 23, 59), NONE, CoursePhase.PREPARING),
                Arguments.of("the session's day begins", at(2027, 3, 10, 0, 0), NONE, CoursePhase.SESSION_TODAY),
                Arguments.of("31 minutes before", at(2027, 3, 10, 8, 29), NONE, CoursePhase.SESSION_TODAY),
                Arguments.of("30 minutes before", at(2027, 3, 10, 8, 30), NONE, CoursePhase.SESSION_LIVE),
                Arguments.of("the start", at(2027, 3, 10, 9, 0), NONE, CoursePhase.SESSION_LIVE),
                Arguments.of("a minute before the end", at(2027, 3, 10, 11, 29), NONE, CoursePhase.SESSION_LIVE),
                Arguments.of("the end", at(2027, 3, 10, 11, 30), NONE, CoursePhase.AFTER_SESSION),
                // the first follow-up from the morning of its date, until answered
                Arguments.of("before the first follow-up", at(2027, 3, 23, 23, 59), NONE, CoursePhase.AFTER_SESSION),
                Arguments.of("the first follow-up opens", at(2027, 3, 24, 0, 0), NONE, CoursePhase.FOLLOW_UP_1_DUE),
                Arguments.of("the first follow-up answered", at(2027, 3, 24, 12, 0), FIRST, CoursePhase.AFTER_SESSION),
                // the second takes over, answered or not
                Arguments.of("first unanswered to the end", at(2027, 4, 20, 23, 59), NONE, CoursePhase.FOLLOW_UP_1_DUE),
                Arguments.of("the second opens", at(2027, 4, 21, 0, 0), NONE, CoursePhase.FOLLOW_UP_2_DUE),
                Arguments.of(
                        "the second opens, first answered", at(2027, 4, 21, 0, 0), FIRST, CoursePhase.FOLLOW_UP_2_DUE),
                Arguments.of("both answered", at(2027, 4, 21, 12, 0), BOTH, CoursePhase.DONE),
                Arguments.of(
                        "only the second answered",
                        at(2027, 4, 21, 12, 0),
                        EnumSet.of(Checkpoint.SECOND),
                        CoursePhase.DONE),
                // done anyway 8 weeks after the second opened
                Arguments.of("8 weeks less a minute", at(2027, 6, 15, 23, 59), FIRST, CoursePhase.FOLLOW_UP_2_DUE),
                Arguments.of("8 weeks after the second", at(2027, 6, 16, 0, 0), NONE, CoursePhase.DONE),
                Arguments.of("years later", at(2030, 1, 1, 9, 0), NONE, CoursePhase.DONE));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("boundaries")
    void each_boundary(String moment, Instant now, Set<Checkpoint> answered, CoursePhase expected) {
        Clock clock = Clock.fixed(now, ZONE);
        assertThat(RULE.at(clock.instant(), RUN, answered)).as(moment).isEqualTo(expected);
    }

    @Test
    void without_a_place_in_a_run_the_caseworker_is_not_enrolled() {
        assertThat(RULE.at(at(2027, 3, 10, 9, 0), null, NONE)).isEqualTo(CoursePhase.NOT_ENROLLED);
    }

    @Test
    void the_runs_own_follow_up_dates_count() {
        CourseRunSummary own = run(at(2027, 3, 10, 9, 0), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 5));
        assertThat(RULE.at(at(2027, 3, 30, 23, 59), own, NONE)).isEqualTo(CoursePhase.AFTER_SESSION);
        assertThat(RULE.at(at(2027, 3, 31, 0, 0), own, NONE)).isEqualTo(CoursePhase.FOLLOW_UP_1_DUE);
        assertThat(RULE.at(at(2027, 5, 4, 23, 59), own, NONE)).isEqualTo(CoursePhase.FOLLOW_UP_1_DUE);
        assertThat(RULE.at(at(2027, 5, 5, 0, 0), own, NONE)).isEqualTo(CoursePhase.FOLLOW_UP_2_DUE);
        assertThat(RULE.at(at(2027, 6, 30, 0, 0), own, NONE)).isEqualTo(CoursePhase.DONE);
    }

    @Test
    void the_preparation_begins_on_the_working_day_the_introduction_mail_goes() {
        // 14 days before Monday 12 April 2027 is Easter Monday; Good Friday and Maundy Thursday before it.
        CourseRunSummary afterEaster = run(at(2027, 4, 12, 9, 0), null, null);
        assertThat(RULE.preparationBegins(afterEaster)).isEqualTo(at(2027, 3, 24, 0, 0));
        assertThat(RULE.at(at(2027, 3, 23, 23, 59), afterEaster, NONE)).isEqualTo(CoursePhase.ENROLLED);
        assertThat(RULE.at(at(2027, 3, 24, 0, 0), afterEaster, NONE)).isEqualTo(CoursePhase.PREPARING);
    }

    @Test
    void a_longer_introduction_setting_opens_the_preparation_earlier() {
        CoursePhaseRule early = new CoursePhaseRule(new FollowUpDates(ZONE), 21);
        assertThat(early.at(at(2027, 2, 17, 0, 0), RUN, NONE)).isEqualTo(CoursePhase.PREPARING);
        assertThatThrownBy(() -> new CoursePhaseRule(new FollowUpDates(ZONE), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_follow_up_counts_as_answered_when_every_action_is_checked_in() {
        assertThat(CoursePhaseService.answered(List.of())).isEmpty();
        assertThat(CoursePhaseService.answered(List.of(item(1, "FIRST"), item(2))))
                .isEmpty();
        assertThat(CoursePhaseService.answered(List.of(item(1, "FIRST"), item(2, "FIRST", "SECOND"))))
                .containsExactly(Checkpoint.FIRST);
        assertThat(CoursePhaseService.answered(List.of(item(1, "FIRST", "SECOND"))))
                .containsExactly(Checkpoint.FIRST, Checkpoint.SECOND);
    }

    @Test
    void the_phases_say_which_side_of_the_session_they_are() {
        assertThat(EnumSet.allOf(CoursePhase.class).stream().filter(CoursePhase::beforeSession))
                .containsExactly(CoursePhase.ENROLLED, CoursePhase.PREPARING, CoursePhase.SESSION_TODAY);
        assertThat(EnumSet.allOf(CoursePhase.class).stream().filter(CoursePhase::afterSession))
                .containsExactly(
                        CoursePhase.AFTER_SESSION,
                        CoursePhase.FOLLOW_UP_1_DUE,
                        CoursePhase.FOLLOW_UP_2_DUE,
                        CoursePhase.DONE);
        assertThat(EnumSet.allOf(CoursePhase.class).stream().filter(CoursePhase::followUpDue))
                .containsExactly(CoursePhase.FOLLOW_UP_1_DUE, CoursePhase.FOLLOW_UP_2_DUE);
    }

    /** A stored action with check-ins at the named follow-ups. */
    private static ActionPlanStore.Item item(long id, String... checkpoints) {
        Map<String, ActionPlanStore.CheckIn> checkIns = new HashMap<>();
        for (String c : checkpoints) {
            checkIns.put(c, new ActionPlanStore.CheckIn("TRIED", null, Instant.EPOCH));
        }
        return new ActionPlanStore.Item(id, (int) id, "Ændring", "Snart", Instant.EPOCH, Map.copyOf(checkIns));
    }

    private static CourseRunSummary run(Instant start, @Nullable LocalDate first, @Nullable LocalDate second) {
        return new CourseRunSummary(
                new CourseRunId(1),
                "Hold",
                "Hjørring",
                start,
                150,
                "Rådhuset",
                null,
                List.of(),
                10,
                false,
                null,
                first,
                second);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant();
    }
}
