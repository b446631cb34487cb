package dk.attestkursus.courserun.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.RunDetails;
import dk.attestkursus.courserun.RunParticipant;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.AccessiblePdf;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The attendance list: its title, its language, and an online run's meeting address as a link (decision 027). */
class AttendancePdfTest {

    private final AppI18NProvider i18n = new AppI18NProvider();

    private static RunDetails run(boolean online, @Nullable String location, @Nullable String meetingUrl) {
        CourseRunSummary summary = new CourseRunSummary(
                new CourseRunId(7),
                "Hold Århus",
                "Aarhus",
                Instant.parse("2026-11-03T08:00:00Z"),
                150,
                location,
                meetingUrl,
                List.of(new AccountId(3)),
                2,
                online,
                null,
                null,
                null,
                null,
                null);
        AccountSummary instructor = new AccountSummary(
                new AccountId(3),
                "peter",
                "Peter Praksiskonsulent",
                "peter@example.dk",
                Role.INSTRUCTOR,
                InstructorKind.values()[0],
                null,
                true,
                null);
        return new RunDetails(
                summary, 1, LocalDate.of(2026, 11, 3), LocalTime.of(9, 0), List.of(instructor), List.of(), null);
    }

    private static final List<RunParticipant> PARTICIPANTS = List.of(
            new RunParticipant(
                    new AccountId(10),
                    "Søren Ærø",
                    "soeren@example.dk",
                    "Team Syd",
                    "Lene Leder",
                    Instant.parse("2026-10-01T08:00:00Z"),
                    Instant.parse("2026-11-03T08:05:00Z")),
            new RunParticipant(
                    new AccountId(11),
                    "Sara Sagsbehandler",
                    "sara@example.dk",
                    null,
                    null,
                    Instant.parse("2026-10-01T08:00:00Z"),
                    null));

    @Test
    void an_online_runs_list_is_titled_for_the_run_and_its_meeting_address_is_a_link() throws Exception {
        byte[] pdf = AttendancePdf.render(
                run(true, null, "https://meet.example.dk/hold-aarhus"), PARTICIPANTS, i18n, AppI18NProvider.DANISH);

        AccessiblePdf read = AccessiblePdf.assertAccessible(pdf, "Fremmødeliste – Hold Århus", "da-DK");
        assertThat(read.linkAddresses()).containsExactly("https://meet.example.dk/hold-aarhus");
        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1))
                .contains("https://meet.example.dk/hold-aarhus", "Søren Ærø", "Sara Sagsbehandler");
    }

    @Test
    void a_run_in_a_room_has_no_link_and_an_english_list_is_english() {
        byte[] pdf =
                AttendancePdf.render(run(false, "Mødelokale 2", null), PARTICIPANTS, i18n, AppI18NProvider.ENGLISH);

        AccessiblePdf read = AccessiblePdf.assertAccessible(pdf, "Attendance list – Hold Århus", "en");
        assertThat(read.linkAddresses()).isEmpty();
    }
}
