package dk.attestkursus.runmails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.RunDetails;
import dk.attestkursus.courserun.RunInput;
import dk.attestkursus.courserun.RunManagementService;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.courserun.RunValidationException;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.NewParticipant;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes of plan reach calendars (issue 23, decision 025): moving a run after its invitations went out
 * sends everyone in it one update with the same UID and a higher SEQUENCE; cancelling sends everyone the
 * reason and a cancellation; a participant taken out gets a cancellation of the appointment they have.
 * The .ics files are read back with ical4j. Refused with nothing changed: moving or cancelling a held
 * session, cancelling twice or without a reason, changing a cancelled run.
 */
@IntegrationTest
class RunCalendarIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    RunManagementService management;

    @Autowired
    RunMailPlanner planner;

    @Autowired
    RunRosterService rosters;

    @Autowired
    SystemUser system;

    @Autowired
    JdbcTemplate jdbc;

    String instructor;
    String leader;
    String tag;
    CourseRunId run;
    Instant start;

    @BeforeEach
    void setUp() {
        tag = Unique.tag();
        instructor = fixtures.account("kalender", Role.INSTRUCTOR, InstructorKind.JOBCENTER);
        leader = fixtures.account("kalenderleder", Role.LEADER);
        fixtures.team("Team " + tag, leader);
        start = LocalDate.now(TimeConfig.ZONE)
                .plusDays(30)
                .atTime(9, 0)
                .atZone(TimeConfig.ZONE)
                .toInstant();
        run = fixtures.run("Kalenderhold " + tag, start);
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
    }

    private AccountId enrol(String name) {
        return fixtures.as(
                        "admin",
                        () -> enrolment.enrolOne(
                                run,
                                new NewParticipant(
                                        name,
                                        name.toLowerCase() + "." + tag + "@kommune.dk",
                                        null,
                                        leader + "@example.dk")))
                .account()
                .id();
    }

    /** The introduction's wave, as the planner queues it 14 days before. */
    private void sendInvitations() {
        system.call(() -> planner.planRun(rosters.roster(run).run(), start.minus(Duration.ofDays(14))));
        assertThat(mails("introduktion")).isNotEmpty();
    }

    private RunDetails details() {
        return fixtures.as(instructor, () -> management.details(run));
    }

    private RunDetails move(Duration by) {
        RunDetails d = details();
        Instant to = d.summary().startsAt().plus(by);
        RunInput in = d.toInput();
        RunInput moved = new RunInput(
                in.name(),
                in.municipality(),
                to.atZone(TimeConfig.ZONE).toLocalDate(),
                to.atZone(TimeConfig.ZONE).toLocalTime(),
                in.durationMinutes(),
                in.online(),
                in.location() == null ? "Jobcentret, lokale 2" : in.location(),
                in.meetingUrl(),
                in.capacity(),
                in.instructorIds(),
                in.followUpFirst(),
                in.followUpSecond());
        return fixtures.as(instructor, () -> management.update(run, moved, d.version()));
    }

    private List<Map<String, Object>> mails(String kind) {
        return jdbc.queryForList(
                "select * from mail_message where topic = ? order by recipient_email",
                "run-" + run.value() + "/" + kind);
    }

    private List<Map<String, Object>> awaitMails(String kind, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> mails(kind), found -> found.size() >= count);
    }

    private static Calendar calendar(Map<String, Object> mail) throws Exception {
        return new CalendarBuilder().build(new StringReader(String.valueOf(mail.get("ics"))));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    private static String prop(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    private static String method(Calendar calendar) {
        return calendar.getProperty("METHOD").orElseThrow().getValue();
    }

    @Test
    void moving_a_run_after_its_invitations_sends_everyone_one_update_with_the_same_uid_and_a_higher_sequence()
            throws Exception {
        enrol("Anna");
        enrol("Bent");
        // Before the invitations went out, a move changes no one's calendar: the introduction carries it.
        move(Duration.ofHours(1));
        sendInvitations();
        List<Map<String, Object>> intro = mails("introduktion");
        assertThat(intro).hasSize(2);
        Calendar first = calendar(intro.getFirst());
        String uid = prop(event(first), "UID");
        assertThat(uid).startsWith("kursus-").endsWith("@attestkursus.dk").doesNotContain("run-");
        assertThat(method(first)).isEqualTo("REQUEST");
        assertThat(prop(event(first), "SEQUENCE")).isEqualTo("0");
        assertThat(prop(event(first), "ATTENDEE"))
                .isEqualTo("mailto:" + intro.getFirst().get("recipient_email"));
        assertThat(first.validate().hasErrors()).as(first.validate().toString()).isFalse();
        assertThat(mails(CalendarMails.CHANGED)).isEmpty();

        // A new name is no change of plan for a calendar.
        RunDetails d = details();
        RunInput in = d.toInput();
        fixtures.as(
                instructor,
                () -> management.update(
                        run,
                        new RunInput(
                                "Omdøbt " + tag,
                                in.municipality(),
                                in.date(),
                                in.time(),
                                in.durationMinutes(),
                                in.online(),
                                in.location(),
                                in.meetingUrl(),
                                in.capacity(),
                                in.instructorIds(),
                                in.followUpFirst(),
                                in.followUpSecond()),
                        d.version()));

        // One day later: one update per person (both participants and the instructor), same UID, SEQUENCE 1.
        RunDetails moved = move(Duration.ofDays(1));
        List<Map<String, Object>> updates = awaitMails(CalendarMails.CHANGED, 3);
        assertThat(updates).hasSize(3);
        Set<String> to = updates.stream()
                .map(m -> String.valueOf(m.get("recipient_email")))
                .collect(Collectors.toSet());
        assertThat(to).hasSize(3).contains(instructor + "@example.dk");
        for (Map<String, Object> update : updates) {
            Calendar c = calendar(update);
            VEvent e = event(c);
            assertThat(method(c)).isEqualTo("REQUEST");
            assertThat(prop(e, "UID")).isEqualTo(uid);
            assertThat(prop(e, "SEQUENCE")).isEqualTo("1");
            assertThat(prop(e, "ATTENDEE")).isEqualTo("mailto:" + update.get("recipient_email"));
            assertThat(Instant.from(e.getDateTimeStart().getDate()))
                    .isEqualTo(moved.summary().startsAt());
            assertThat(c.validate().hasErrors()).as(c.validate().toString()).isFalse();
            assertThat(String.valueOf(update.get("text_body"))).contains("Omdøbt " + tag);
        }
        assertThat(mails("introduktion")).hasSize(2); // no second introduction

        // Moved again: SEQUENCE 2, still the same event.
        move(Duration.ofMinutes(30));
        List<Map<String, Object>> all = awaitMails(CalendarMails.CHANGED, 6);
        assertThat(all).hasSize(6);
        assertThat(all.stream()
                        .map(m -> {
                            try {
                                return prop(event(calendar(m)), "SEQUENCE");
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .collect(Collectors.groupingBy(s -> s, Collectors.counting())))
                .isEqualTo(Map.of("1", 3L, "2", 3L));
    }

    @Test
    void cancelling_a_run_tells_everyone_why_with_a_cancellation_and_nothing_more_goes_out() throws Exception {
        enrol("Carl");
        enrol("Dorte");
        sendInvitations();
        String uid = prop(event(calendar(mails("introduktion").getFirst())), "UID");

        // Bad input first: nothing changes.
        assertThatThrownBy(() -> fixtures.as(instructor, () -> management.cancel(run, "  ")))
                .isInstanceOfSatisfying(
                        RunValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "run.error.required"));
        assertThatThrownBy(() -> fixtures.as(instructor, () -> management.cancel(run, "Syg, se 010190-1234")))
                .isInstanceOfSatisfying(
                        RunValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reason", "run.error.cpr"));
        assertThatThrownBy(() -> fixtures.as(instructor, () -> management.cancel(run, "x".repeat(501))))
                .isInstanceOf(RunValidationException.class);
        assertThat(details().summary().cancelled()).isFalse();

        RunDetails cancelled = fixtures.as(instructor, () -> management.cancel(run, "Underviseren er syg"));
        assertThat(cancelled.summary().cancelled()).isTrue();
        assertThat(cancelled.summary().cancelReason()).isEqualTo("Underviseren er syg");
        List<Map<String, Object>> cancellations = awaitMails(CalendarMails.CANCELLED, 3);
        assertThat(cancellations).hasSize(3);
        for (Map<String, Object> mail : cancellations) {
            Calendar c = calendar(mail);
            VEvent e = event(c);
            assertThat(method(c)).isEqualTo("CANCEL");
            assertThat(prop(e, "STATUS")).isEqualTo("CANCELLED");
            assertThat(prop(e, "UID")).isEqualTo(uid);
            assertThat(prop(e, "SEQUENCE")).isEqualTo("1");
            assertThat(c.validate().hasErrors()).as(c.validate().toString()).isFalse();
            assertThat(String.valueOf(mail.get("text_body"))).contains("Underviseren er syg");
            assertThat(String.valueOf(mail.get("subject"))).startsWith("Aflyst");
        }
        // The introductions not yet delivered are not sent after all, and the planner sends nothing more.
        assertThat(mails("introduktion"))
                .allSatisfy(m -> assertThat(m.get("status")).isEqualTo("CANCELLED"));
        assertThat(system.call(() -> planner.planRun(rosters.roster(run).run(), start.minus(Duration.ofDays(3)))))
                .isZero();

        // Cancelling twice, or changing a cancelled run, is refused; nothing more is sent.
        assertThatThrownBy(() -> fixtures.as(instructor, () -> management.cancel(run, "Igen")))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.CANCELLED));
        assertThatThrownBy(() -> move(Duration.ofDays(1)))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.CANCELLED));
        assertThat(mails(CalendarMails.CANCELLED)).hasSize(3);
        assertThat(mails(CalendarMails.CHANGED)).isEmpty();
    }

    @Test
    void a_participant_taken_out_gets_a_cancellation_only_of_an_invitation_that_reached_them() throws Exception {
        AccountId delivered = enrol("Ejnar");
        AccountId waiting = enrol("Frida");
        sendInvitations();
        // Ejnar's invitation was delivered; Frida's still waits in the queue.
        jdbc.update(
                "update mail_message set status = 'SENT' where topic = ? and recipient_account_id = ?",
                "run-" + run.value() + "/introduktion",
                delivered.value());
        fixtures.as("admin", () -> {
            enrolment.withdraw(run, delivered);
            enrolment.withdraw(run, waiting);
            return null;
        });
        List<Map<String, Object>> cancellations = awaitMails(CalendarMails.WITHDRAWN, 1);
        assertThat(cancellations).singleElement().satisfies(m -> {
            assertThat(m.get("recipient_account_id")).isEqualTo(delivered.value());
            Calendar c = calendar(m);
            assertThat(method(c)).isEqualTo("CANCEL");
            assertThat(prop(event(c), "SEQUENCE")).isEqualTo("1");
        });
        // Frida's queued invitation is cancelled instead (waited for: it happens after the withdrawal).
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForObject(
                                "select status from mail_message where topic = ? and recipient_account_id = ?",
                                String.class,
                                "run-" + run.value() + "/introduktion",
                                waiting.value()),
                        "CANCELLED"::equals);
        assertThat(mails(CalendarMails.WITHDRAWN)).hasSize(1);
    }

    @Test
    void a_held_session_is_neither_moved_nor_cancelled() {
        Instant held = LocalDate.now(TimeConfig.ZONE)
                .minusDays(10)
                .atTime(9, 0)
                .atZone(TimeConfig.ZONE)
                .toInstant();
        run = fixtures.run("Holdt " + tag, held);
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
        assertThatThrownBy(() -> move(Duration.ofDays(1)))
                .isInstanceOfSatisfying(
                        RunValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("date", "run.error.held"));
        assertThatThrownBy(() -> fixtures.as(instructor, () -> management.cancel(run, "For sent")))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.HELD));
        assertThat(details().summary().startsAt()).isEqualTo(held);
        assertThat(details().summary().cancelled()).isFalse();
    }
}
