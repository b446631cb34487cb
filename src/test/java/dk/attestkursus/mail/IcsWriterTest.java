package dk.attestkursus.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The invitation is valid iCalendar that reads back with the same facts, in UTC, with CRLF lines. */
class IcsWriterTest {

    private final IcsWriter writer = new IcsWriter("Attestkursus <no-reply@attestkursus.dk>");
    private final Instant start = Instant.parse("2026-12-08T08:00:00Z");

    @Test
    void an_invitation_reads_back_with_summary_place_times_and_danish_letters() throws Exception {
        String ics = writer.write(new CalendarInvite(
                "run-7@attestkursus",
                "Kursus: Bedre LÆ-attester (Århus Øst)",
                "Undervisere: Åse og Bo",
                start,
                start.plus(Duration.ofMinutes(150)),
                "Rådhuset, Søndergade 1",
                null));
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("METHOD:PUBLISH\r\n")
                .contains("VERSION:2.0\r\n")
                .contains("DTSTART:20261208T080000Z")
                .contains("DTEND:20261208T103000Z")
                .doesNotContain("\n\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Kursus: Bedre LÆ-attester (Århus Øst)");
        assertThat(event.getLocation().getValue()).isEqualTo("Rådhuset, Søndergade 1");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("run-7@attestkursus");
        assertThat(event.getDescription().getValue()).isEqualTo("Undervisere: Åse og Bo");
        assertThat(event.getOrganizer().getValue()).isEqualTo("mailto:no-reply@attestkursus.dk");
        assertThat(ics.split("DTSTAMP:", -1)).hasSize(2);
        // ical4j's own validation (what Outlook and Thunderbird check too) finds nothing to complain about.
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
    }

    @Test
    void an_online_session_carries_the_meeting_link() throws Exception {
        String ics = writer.write(new CalendarInvite(
                "run-8@attestkursus",
                "Kursus",
                "Online",
                start,
                start.plus(Duration.ofMinutes(90)),
                "https://meet.example.dk/abc",
                "https://meet.example.dk/abc"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertThat(event.getUrl().getValue()).isEqualTo("https://meet.example.dk/abc");
        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example.dk/abc");
    }
}
