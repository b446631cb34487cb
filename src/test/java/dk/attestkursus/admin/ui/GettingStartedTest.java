package dk.attestkursus.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.security.TeamSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A new municipality's checklist ticks itself: each step from what the municipality has. */
class GettingStartedTest {

    private static int next = 1;

    private static final TeamSummary LED = new TeamSummary(
            new TeamId(1), "Sygedagpengeteamet", List.of(new TeamSummary.Leader(new AccountId(99), "Lene Leder")), 6);
    private static final TeamSummary UNLED = new TeamSummary(new TeamId(2), "Visitationen", List.of(), 3);

    private static AccountSummary account(Role role, @Nullable InstructorKind kind, boolean active) {
        return new AccountSummary(
                new AccountId(next++), "u" + next, "Navn", "u" + next + "@k.dk", role, kind, null, active, null);
    }

    private static List<Boolean> done(List<GettingStarted.Step> steps) {
        return steps.stream().map(GettingStarted.Step::done).toList();
    }

    @Test
    void an_empty_municipality_has_every_step_left() {
        List<GettingStarted.Step> steps =
                GettingStarted.steps(List.of(account(Role.ADMIN, null, true)), List.of(), 0, false, false, false);
        assertThat(steps)
                .extracting(GettingStarted.Step::textKey)
                .containsExactly(
                        "start.mail",
                        "start.instructors",
                        "start.teams",
                        "start.run",
                        "start.localPage",
                        "start.login");
        assertThat(done(steps)).containsOnly(false);
    }

    @Test
    void instructors_count_only_when_both_kinds_are_active_and_the_steps_tick_one_by_one() {
        List<AccountSummary> one = List.of(account(Role.INSTRUCTOR, InstructorKind.JOBCENTER, true));
        assertThat(done(GettingStarted.steps(one, List.of(), 0, false, false, false)))
                .containsExactly(false, false, false, false, false, false);
        List<AccountSummary> inactive = List.of(
                account(Role.INSTRUCTOR, InstructorKind.JOBCENTER, true),
                account(Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT, false));
        assertThat(done(GettingStarted.steps(inactive, List.of(), 0, false, false, false))
                        .get(1))
                .isFalse();
        List<AccountSummary> all = List.of(
                account(Role.INSTRUCTOR, InstructorKind.JOBCENTER, true),
                account(Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT, true),
                account(Role.LEADER, null, true));
        assertThat(done(GettingStarted.steps(all, List.of(LED), 1, true, true, false)))
                .containsOnly(true);
        assertThat(done(GettingStarted.steps(all, List.of(LED), 0, true, false, false)))
                .containsExactly(true, true, true, false, false, true);
    }

    @Test
    void the_team_step_needs_a_team_and_a_leader_for_every_team() {
        List<AccountSummary> none = List.of();
        assertThat(done(GettingStarted.steps(none, List.of(), 0, false, false, false))
                        .get(2))
                .isFalse();
        assertThat(done(GettingStarted.steps(none, List.of(LED, UNLED), 0, false, false, false))
                        .get(2))
                .isFalse();
        assertThat(done(GettingStarted.steps(none, List.of(LED), 0, false, false, false))
                        .get(2))
                .isTrue();
    }

    @Test
    void staff_can_get_in_by_the_municipalitys_login_or_by_invitation_mails() {
        List<AccountSummary> none = List.of();
        assertThat(done(GettingStarted.steps(none, List.of(), 0, false, false, false))
                        .get(5))
                .isFalse();
        assertThat(done(GettingStarted.steps(none, List.of(), 0, false, false, true))
                        .get(5))
                .isTrue();
        assertThat(done(GettingStarted.steps(none, List.of(), 0, true, false, false))
                        .get(5))
                .isTrue();
        assertThat(GettingStarted.steps(none, List.of(), 0, false, false, false)
                        .get(5)
                        .href())
                .isEqualTo(dk.attestkursus.admin.AdminPaths.SINGLE_SIGN_ON);
    }
}
