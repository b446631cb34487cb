package dk.attestkursus.courserun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo course run as each role sees it through the service, and the refusals. */
@IntegrationTest
class CourseRunServiceIT {

    @Autowired
    CourseRunService runs;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Clock clock;

    @Autowired
    CourseContent content;

    private AccountId id(String username) {
        return new AccountId(fixtures.id(username));
    }

    @Test
    @WithUserDetails(value = "sagsbehandler", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_caseworker_sees_the_upcoming_run_with_both_instructors() {
        CourseRunSummary run = runs.myNextRun().orElseThrow();
        assertThat(run.startsAt()).isAfter(clock.instant());
        assertThat(run.instructorIds()).containsExactlyInAnyOrder(id("praksiskonsulent"), id("jobcenter"));
        assertThat(run.participantCount()).isGreaterThanOrEqualTo(1);
        // Issue 23: the demo session lasts as long as its runbook and falls on a working day.
        assertThat(run.durationMinutes())
                .isEqualTo(content.course().program().sessionMinutes())
                .isEqualTo(RunManagementService.DEFAULT_MINUTES);
        assertThat(DanishCalendar.isWorkday(LocalDate.ofInstant(run.startsAt(), TimeConfig.ZONE)))
                .isTrue();
        assertThatThrownBy(() -> runs.allRuns()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runs.myRunsAsInstructor()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runs.myTeamRuns()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "praksiskonsulent", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void each_instructor_sees_the_run_they_teach() {
        // the demo data's upcoming run and its held run, both taught by the demo pair
        assertThat(runs.myRunsAsInstructor())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.instructorIds()).contains(id("praksiskonsulent"), id("jobcenter")));
        assertThatThrownBy(() -> runs.myNextRun()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "leder", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_leader_sees_their_team_and_the_runs_it_is_enrolled_in() {
        // Sara in the upcoming demo run, the other six of the team in the held one, all attended
        assertThat(runs.myTeamSize()).isEqualTo(7);
        assertThat(runs.myTeamRuns())
                .extracting(TeamRun::teamMembersEnrolled, TeamRun::teamMembersAttended)
                .containsExactly(Tuple.tuple(6, 6), Tuple.tuple(1, 0));
        assertThatThrownBy(() -> runs.allRuns()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_admin_sees_all_runs_but_has_no_personal_course() {
        assertThat(runs.allRuns()).isNotEmpty();
        assertThatThrownBy(() -> runs.myNextRun()).isInstanceOf(AccessDeniedException.class);
    }
}
