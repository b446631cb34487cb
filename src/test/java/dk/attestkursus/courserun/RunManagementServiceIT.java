package dk.attestkursus.courserun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Creating and editing runs: required fields, the co-instructor warning, the edit conflict, who may. */
@IntegrationTest
class RunManagementServiceIT {

    @Autowired
    RunManagementService service;

    @Autowired
    Fixtures fixtures;

    String gp;
    String jobcenter;
    String stranger;
    LocalDate day = LocalDate.now().plusWeeks(4);

    @BeforeEach
    void accounts() {
        gp = fixtures.account("gp", Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT);
        jobcenter = fixtures.account("jc", Role.INSTRUCTOR, InstructorKind.JOBCENTER);
        stranger = fixtures.account("other", Role.INSTRUCTOR, InstructorKind.JOBCENTER);
    }

    private RunInput input(String name, List<String> instructors) {
        return new RunInput(
                name,
                "Testkommune",
                day,
                LocalTime.of(9, 0),
                150,
                false,
                "Rådhuset, lokale 2",
                null,
                20,
                instructors.stream().map(u -> new AccountId(fixtures.id(u))).toList(),
                day.plusWeeks(2),
                day.plusWeeks(6));
    }

    @Test
    void an_instructor_creates_a_run_with_both_kinds_and_gets_no_warning() {
        CourseRunId id = fixtures.as(jobcenter, () -> service.create(input("Hold A", List.of(jobcenter, gp))));

        RunDetails details = fixtures.as(gp, () -> service.details(id));
        assertThat(details.summary().name()).isEqualTo("Hold A");
        assertThat(details.instructors()).hasSize(2);
        assertThat(details.warningKeys()).isEmpty();
        assertThat(details.checkInCode()).matches("[A-Z2-9]{6}");
        assertThat(details.date()).isEqualTo(day);
        assertThat(details.time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(fixtures.as(gp, () -> service.manageableRuns()))
                .extracting(CourseRunSummary::id)
                .contains(id);
        assertThat(fixtures.as(stranger, () -> service.manageableRuns()))
                .extracting(CourseRunSummary::id)
                .doesNotContain(id);
    }

    @Test
    void a_run_belongs_to_the_session_municipality_whatever_the_form_says() {
        RunInput typed = input("Hold i en anden kommune?", List.of(jobcenter));
        RunInput elsewhere = new RunInput(
                typed.name(),
                "Thisted Kommune",
                typed.date(),
                typed.time(),
                typed.durationMinutes(),
                typed.online(),
                typed.location(),
                typed.meetingUrl(),
                typed.capacity(),
                typed.instructorIds(),
                typed.followUpFirst(),
                typed.followUpSecond());
        CourseRunId id = fixtures.as(jobcenter, () -> service.create(elsewhere));
        assertThat(fixtures.as(jobcenter, () -> service.details(id)).summary().municipality())
                .isEqualTo(DemoAccounts.FIRST.municipalityName());
    }

    @Test
    void a_run_without_a_practice_consultant_is_saved_with_a_warning() {
        CourseRunId id = fixtures.as(jobcenter, () -> service.create(input("Hold uden læge", List.of(jobcenter))));
        assertThat(fixtures.as(jobcenter, () -> service.details(id)).warningKeys())
                .containsExactly("run.warning.noPracticeConsultant");
    }

    @Test
    void a_run_without_date_time_or_instructors_is_refused_field_by_field_and_nothing_is_stored() {
        int before = fixtures.as("admin", () -> service.manageableRuns()).size();
        RunInput bad = new RunInput(" ", "", null, null, 10, false, "", null, 0, List.of(), null, null);

        assertThatThrownBy(() -> fixtures.as("admin", () -> service.create(bad)))
                .isInstanceOfSatisfying(
                        RunValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("name", "run.error.required")
                                .doesNotContainKey("municipality") // the session's, never typed (issue 21)
                                .containsEntry("date", "run.error.required")
                                .containsEntry("time", "run.error.required")
                                .containsEntry("durationMinutes", "run.error.duration")
                                .containsEntry("location", "run.error.required")
                                .containsEntry("capacity", "run.error.capacity")
                                .containsEntry("instructors", "run.error.noInstructors"));
        assertThat(fixtures.as("admin", () -> service.manageableRuns())).hasSize(before);
    }

    @Test
    void an_online_run_needs_a_working_link_and_follow_ups_after_the_session() {
        RunInput online = new RunInput(
                "Online",
                "Testkommune",
                day,
                LocalTime.of(13, 0),
                150,
                true,
                null,
                "teams møde",
                null,
                List.of(new AccountId(fixtures.id(jobcenter))),
                day.minusDays(1),
                day.minusDays(2));
        assertThatThrownBy(() -> fixtures.as(jobcenter, () -> service.create(online)))
                .isInstanceOfSatisfying(
                        RunValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("meetingUrl", "run.error.url")
                                .containsEntry("followUpFirst", "run.error.followUpAfterSession")
                                .containsEntry("followUpSecond", "run.error.followUpOrder")
                                .doesNotContainKey("location"));
    }

    @Test
    void a_cpr_number_in_the_name_or_address_is_refused() {
        RunInput withCpr = new RunInput(
                "Hold for 010190-1234",
                "Testkommune",
                day,
                LocalTime.of(9, 0),
                150,
                false,
                "Hos 0101901234",
                null,
                null,
                List.of(new AccountId(fixtures.id(jobcenter))),
                null,
                null);
        assertThatThrownBy(() -> fixtures.as(jobcenter, () -> service.create(withCpr)))
                .isInstanceOfSatisfying(
                        RunValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("name", "run.error.cpr")
                                .containsEntry("location", "run.error.cpr"));
    }

    @Test
    void an_instructor_must_be_one_of_the_run_instructors() {
        assertThatThrownBy(() -> fixtures.as(stranger, () -> service.create(input("Ikke mit", List.of(gp)))))
                .isInstanceOfSatisfying(
                        RunValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("instructors", "run.error.includeYourself"));
        assertThatThrownBy(() -> fixtures.as(
                        "admin",
                        () -> service.create(
                                input("Deltager som underviser", List.of(fixtures.account("p", Role.PARTICIPANT))))))
                .isInstanceOfSatisfying(
                        RunValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("instructors", "run.error.notInstructor"));
    }

    @Test
    void two_instructors_editing_the_same_run_the_second_save_is_refused_and_the_first_is_kept() {
        CourseRunId id = fixtures.as(jobcenter, () -> service.create(input("Hold B", List.of(jobcenter, gp))));
        RunDetails seenByJobcenter = fixtures.as(jobcenter, () -> service.details(id));
        RunDetails seenByGp = fixtures.as(gp, () -> service.details(id));

        fixtures.as(
                jobcenter,
                () -> service.update(id, input("Hold B – flyttet", List.of(jobcenter, gp)), seenByJobcenter.version()));
        assertThatThrownBy(() -> fixtures.as(
                        gp,
                        () -> service.update(
                                id, input("Hold B – lægens navn", List.of(jobcenter, gp)), seenByGp.version())))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.CONFLICT));
        assertThat(fixtures.as(gp, () -> service.details(id)).summary().name()).isEqualTo("Hold B – flyttet");
    }

    @Test
    void removing_an_instructor_takes_the_run_off_their_list() {
        CourseRunId id = fixtures.as(jobcenter, () -> service.create(input("Hold C", List.of(jobcenter, gp))));
        long version = fixtures.as(jobcenter, () -> service.details(id)).version();
        fixtures.as(jobcenter, () -> service.update(id, input("Hold C", List.of(jobcenter)), version));

        assertThat(fixtures.as(gp, () -> service.manageableRuns()))
                .extracting(CourseRunSummary::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> fixtures.as(gp, () -> service.details(id)))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.NOT_YOURS));
    }

    @Test
    void caseworkers_and_leaders_cannot_manage_runs() {
        String caseworker = fixtures.account("cw", Role.PARTICIPANT);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> service.manageableRuns()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("leder", () -> service.template()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
