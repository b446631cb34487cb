package dk.attestkursus.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The invitation is a valid iTIP message (RFC 5546, decision 025) that reads back with the same facts, in
 * UTC, with CRLF lines: a request with organiser, one attendee and a SEQUENCE, or a cancellation.
 */
class IcsWriterTest {

    private final IcsWriter writer = new IcsWriter("Attestkursus <no-reply@attestkursus.dk>");
    private final Instant start = Instant.parse("2026-12-08T08:00:00Z");

    private CalendarInvite invite(int sequence, CalendarInvite.Kind kind, String location, String url) {
        return new CalendarInvite(
                "kursus-7@attestkursus.dk",
                sequence,
                kind,
                "Kursus: Bedre LÆ-attester (Århus Øst)",
                "Undervisere: Åse og Bo",
                start,
                start.plus(Duration.ofMinutes(150)),
                location,
                url,
                new CalendarInvite.Attendee("anna.ostergaard@kommune.dk", "Anna Østergaard"));
    }

    private static Calendar read(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    @Test
    void an_invitation_is_a_request_to_one_attendee_that_reads_back_with_place_times_and_danish_letters()
            throws Exception {
        String ics = writer.write(invite(0, CalendarInvite.Kind.REQUEST, "Rådhuset, Søndergade 1", null));
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("METHOD:REQUEST\r\n")
                .contains("VERSION:2.0\r\n")
                .contains("DTSTART:20261208T080000Z")
                .contains("DTEND:20261208T103000Z")
                .contains("SEQUENCE:0\r\n")
                .contains("RSVP=FALSE")
                .doesNotContain("\n\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        Calendar calendar = read(ics);
        VEvent event = event(calendar);
        assertThat(event.getSummary().getValue()).isEqualTo("Kursus: Bedre LÆ-attester (Århus Øst)");
        assertThat(event.getLocation().getValue()).isEqualTo("Rådhuset, Søndergade 1");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("kursus-7@attestkursus.dk");
        assertThat(event.getDescription().getValue()).isEqualTo("Undervisere: Åse og Bo");
        assertThat(event.getOrganizer().getValue()).isEqualTo("mailto:no-reply@attestkursus.dk");
        assertThat(event.getProperty("ATTENDEE").orElseThrow().getValue())
                .isEqualTo("mailto:anna.ostergaard@kommune.dk");
        assertThat(event.getProperty("ATTENDEE")
                        .orElseThrow()
                        .getParameter("CN")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Anna Østergaard");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(IcsWriter.method(ics)).isEqualTo("REQUEST");
        assertThat(ics.split("DTSTAMP:", -1)).hasSize(2);
        // ical4j's own validation, with iTIP's rules for REQUEST, finds nothing to complain about.
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
    }

    @Test
    void an_update_keeps_the_uid_and_raises_the_sequence() throws Exception {
        VEvent first = event(read(writer.write(invite(0, CalendarInvite.Kind.REQUEST, "Rådhuset", null))));
        VEvent update = event(read(writer.write(invite(3, CalendarInvite.Kind.REQUEST, "Jobcentret", null))));
        assertThat(update.getUid()).isEqualTo(first.getUid());
        assertThat(update.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("3");
        assertThat(update.getLocation().getValue()).isEqualTo("Jobcentret");
    }

    @Test
    void a_cancellation_is_method_cancel_with_status_cancelled_and_valid_itip() throws Exception {
        String ics = writer.write(invite(2, CalendarInvite.Kind.CANCEL, "Rådhuset", null));
        Calendar calendar = read(ics);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(IcsWriter.method(ics)).isEqualTo("CANCEL");
        VEvent event = event(calendar);
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("kursus-7@attestkursus.dk");
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
    }

    @Test
    void an_online_session_carries_the_meeting_link() throws Exception {
        String link = "https://meet.example.dk/abc";
        VEvent event = event(read(writer.write(invite(0, CalendarInvite.Kind.REQUEST, link, link))));
        assertThat(event.getUrl().getValue()).isEqualTo(link);
        assertThat(event.getLocation().getValue()).isEqualTo(link);
    }

    @Test
    void a_file_written_before_decision_25_counts_as_publish() {
        assertThat(IcsWriter.method("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"))
                .isEqualTo("PUBLISH");
    }
}
