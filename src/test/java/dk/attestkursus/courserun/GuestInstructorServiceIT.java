package dk.attestkursus.courserun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Guest co-instructors (issue 21): Thisted's administrator invites Hjørring's practice consultant by
 * e-mail; the invitation is visible on the run, found by the guest, refused for anyone but an active
 * practice consultant of another municipality, and revocable.
 */
@IntegrationTest
class GuestInstructorServiceIT {

    @Autowired
    GuestInstructorService guests;

    @Autowired
    CourseRunService runs;

    @Autowired
    Fixtures fixtures;

    private static final String GUEST_EMAIL = "praksiskonsulent@demo.attestkursus.dk";

    @Test
    void an_administrator_invites_a_practice_consultant_of_another_municipality_who_finds_the_run_until_revoked() {
        CourseRunId thistedRun = fixtures.as("th-jobcenter", () -> runs.myRunsAsInstructor())
                .getFirst()
                .id();
        AccountId guest = new AccountId(fixtures.id("praksiskonsulent"));
        GuestInstructor invited =
                fixtures.as("th-admin", () -> guests.invite(thistedRun, " PRAKSISKONSULENT@demo.attestkursus.dk "));
        try {
            assertThat(invited.id()).isEqualTo(guest);
            assertThat(invited.homeName()).isEqualTo(DemoAccounts.FIRST.municipalityName());
            assertThat(fixtures.as("th-admin", () -> guests.guests(thistedRun))).containsExactly(invited);
            assertThat(fixtures.as("th-jobcenter", () -> guests.guests(thistedRun)))
                    .containsExactly(invited);
            assertThat(fixtures.as("praksiskonsulent", guests::myGuestRuns))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.id()).isEqualTo(thistedRun);
                        assertThat(r.hostName()).isEqualTo(DemoAccounts.SECOND.municipalityName());
                    });
            // In their own municipality the guest still sees only their own runs, none of Thisted's.
            assertThat(fixtures.as("praksiskonsulent", () -> runs.myRunsAsInstructor()))
                    .noneMatch(r -> r.id().equals(thistedRun));
            assertThatThrownBy(() -> fixtures.as("th-admin", () -> guests.invite(thistedRun, GUEST_EMAIL)))
                    .isInstanceOfSatisfying(
                            RunRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.ALREADY_GUEST));
        } finally {
            fixtures.as("th-admin", () -> {
                guests.revoke(thistedRun, guest);
                return null;
            });
        }
        assertThat(fixtures.as("th-admin", () -> guests.guests(thistedRun))).isEmpty();
        assertThat(fixtures.as("praksiskonsulent", guests::myGuestRuns)).isEmpty();
    }

    @Test
    void only_an_active_practice_consultant_of_another_municipality_can_be_invited_and_only_by_an_administrator() {
        CourseRunId thistedRun = fixtures.as("th-jobcenter", () -> runs.myRunsAsInstructor())
                .getFirst()
                .id();
        CourseRunId hjoerringRun = fixtures.as("jobcenter", () -> runs.myRunsAsInstructor())
                .getFirst()
                .id();
        for (String email : List.of(
                "jobcenter@demo.attestkursus.dk", // a jobcenter representative, not a practice consultant
                "th-praksiskonsulent@demo.attestkursus.dk", // Thisted's own
                "leder@demo.attestkursus.dk",
                "ingen@eksempel.dk",
                "")) {
            assertThatThrownBy(() -> fixtures.as("th-admin", () -> guests.invite(thistedRun, email)))
                    .as(email)
                    .isInstanceOfSatisfying(
                            RunRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.NO_SUCH_GUEST));
        }
        // Another municipality's run is not found; instructors and caseworkers may not invite.
        assertThatThrownBy(() -> fixtures.as("th-admin", () -> guests.invite(hjoerringRun, GUEST_EMAIL)))
                .isInstanceOf(RunRefusedException.class);
        assertThatThrownBy(() -> fixtures.as("th-jobcenter", () -> guests.invite(thistedRun, GUEST_EMAIL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("th-sagsbehandler", () -> guests.guests(thistedRun)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as("th-admin", () -> guests.guests(thistedRun))).isEmpty();
    }
}
