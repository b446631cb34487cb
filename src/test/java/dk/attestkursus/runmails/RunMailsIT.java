package dk.attestkursus.runmails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Writing;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.RunRefusedException;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.kernel.DanishCalendar;
import dk.attestkursus.myths.MythAnswer;
import dk.attestkursus.myths.MythService;
import dk.attestkursus.requests.ExerciseService;
import dk.attestkursus.requests.RequestFields;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.NewParticipant;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import dk.attestkursus.transfer.Phase;
import dk.attestkursus.transfer.SelfAssessmentService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mails around a run, end to end into the outbox: waves fall due and are queued once, the
 * reminder only to those without the preparation, withdrawn participants get nothing more, late
 * joiners catch up (both after the enrolment committed: waited for), a time moved into the past sends at once and once, preparation mails skipped
 * after the session started.
 */
@IntegrationTest
class RunMailsIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    RunMailPlanner planner;

    @Autowired
    MailPlanService plans;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    MythService myths;

    @Autowired
    ExerciseService exercises;

    @Autowired
    CourseContent content;

    @Autowired
    SystemUser system;

    @Autowired
    JdbcTemplate jdbc;

    String instructor;
    String leader;
    String tag;
    CourseRunId run;
    Instant start;

    private static boolean mailDaysAreWorkdays(LocalDate session) {
        return java.util.stream.IntStream.of(-14, -3, 14, 42, 49)
                .allMatch(offset -> DanishCalendar.isWorkday(session.plusDays(offset)));
    }

    @BeforeEach
    void setUp() {
        tag = Unique.tag();
        instructor = fixtures.account("mailer", Role.INSTRUCTOR, InstructorKind.JOBCENTER);
        leader = fixtures.account("mailleder", Role.LEADER);
        fixtures.team("Team " + tag, leader);
        // 10.00 Danish time, 20 days ahead or a little later: the first day whose mail days (14 and 3 days
        // before, 2 and 6 weeks after, a week after that) are all working days, so the schedule's rule for
        // days off (MailScheduleTest) moves none of them. The mails go at 8.00, so "14 days before" at 10.00
        // is after the introduction.
        LocalDate day = LocalDate.now(TimeConfig.ZONE).plusDays(20);
        while (!mailDaysAreWorkdays(day)) {
            day = day.plusDays(1);
        }
        start = day.atTime(10, 0).atZone(TimeConfig.ZONE).toInstant();
        run = fixtures.run("Mailhold " + tag, start);
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
    }

    private AccountId enrol(String name) {
        return enrol(name, leader);
    }

    /** Enrolled by the municipality's administrator, who decides the team and its leader (issue 21). */
    private AccountId enrol(String name, String leader) {
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

    @Autowired
    RunRosterService rosters;

    /** Plans this test's run only (other tests' runs share the database). */
    private int plan(Instant at) {
        return plan(run, at);
    }

    private int plan(CourseRunId which, Instant at) {
        return system.call(() -> planner.planRun(rosters.roster(which).run(), at));
    }

    private List<Map<String, Object>> mails(String mailKey) {
        return jdbc.queryForList(
                "select * from mail_message where topic = ? order by recipient_email",
                "run-" + run.value() + "/" + mailKey);
    }

    private String username(AccountId id) {
        return jdbc.queryForObject("select username from account where id = ?", String.class, id.value());
    }

    @Test
    void the_introduction_goes_fourteen_days_before_with_an_invitation_and_only_once() {
        enrol("Anna");
        enrol("Bent");
        assertThat(plan(start.minus(Duration.ofDays(15)))).isZero();
        assertThat(mails("introduktion")).isEmpty();

        int queued = plan(start.minus(Duration.ofDays(14)));
        assertThat(queued).isEqualTo(3); // two introductions and one mail to the leader
        List<Map<String, Object>> intro = mails("introduktion");
        assertThat(intro).hasSize(2);
        Map<String, Object> anna = intro.getFirst();
        assertThat(String.valueOf(value(anna, "subject"))).isNotBlank();
        assertThat(String.valueOf(value(anna, "text_body")))
                .contains("Anna")
                .contains("Mailhold " + tag)
                .contains("/kursus/selvvurdering/foer");
        assertThat(String.valueOf(value(anna, "ics")))
                .contains("BEGIN:VCALENDAR")
                .contains("Mailhold " + tag);
        assertThat(String.valueOf(value(anna, "status"))).isEqualTo("QUEUED");
        assertThat(mails("leder-foer")).hasSize(1);
        assertThat(String.valueOf(value(mails("leder-foer").getFirst(), "text_body")))
                .doesNotContain("Anna");

        // Planning again, or by a second instance, queues nothing more.
        assertThat(plan(start.minus(Duration.ofDays(13)))).isZero();
        assertThat(mails("introduktion")).hasSize(2);
        // The instructors' page shows the wave as queued, with the outbox's counts (no SMTP here: waiting).
        assertThat(fixtures.as(instructor, () -> plans.plan(run)))
                .filteredOn(p -> p.mail() == TransferMail.INTRO)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.queued()).isTrue();
                    assertThat(p.recipients()).isEqualTo(2);
                    assertThat(p.delivery()).isEqualTo(new PlannedMail.Delivery(0, 2, 0, 0));
                });
    }

    @Test
    void the_reminder_goes_only_to_those_who_have_not_prepared() {
        AccountId ready = enrol("Klar");
        enrol("Mangler");
        String readyUser = username(ready);
        prepare(readyUser);
        plan(start.minus(Duration.ofDays(14)));
        assertThat(plan(start.minus(Duration.ofDays(3)))).isEqualTo(1);
        List<Map<String, Object>> reminders = mails("paamindelse");
        assertThat(reminders).hasSize(1);
        assertThat(String.valueOf(value(reminders.getFirst(), "recipient_email")))
                .startsWith("mangler.");
        assertThat(String.valueOf(value(reminders.getFirst(), "text_body"))).contains("Selvvurdering");
    }

    @Test
    void a_withdrawn_participant_gets_no_more_mails_and_a_late_joiner_catches_up() {
        AccountId gone = enrol("Gaaet");
        enrol("Bliver");
        plan(start.minus(Duration.ofDays(14)));
        fixtures.as(instructor, () -> {
            enrolment.withdraw(run, gone);
            return null;
        });
        // The cancelling runs after the withdrawal committed, in a transaction of its own.
        await().untilAsserted(() -> assertThat(mails("introduktion"))
                .filteredOn(m -> value(m, "recipient_email").toString().startsWith("gaaet."))
                .extracting(m -> value(m, "status").toString())
                .containsExactly("CANCELLED"));
        assertThat(fixtures.as(instructor, () -> plans.plan(run)))
                .filteredOn(p -> p.mail() == TransferMail.INTRO)
                .singleElement()
                .satisfies(p -> assertThat(p.delivery().cancelled()).isEqualTo(1));

        AccountId late = enrol("Sen");
        await().untilAsserted(() -> assertThat(mails("introduktion"))
                .filteredOn(m -> value(m, "recipient_email").toString().startsWith("sen."))
                .extracting(m -> value(m, "status").toString())
                .containsExactly("QUEUED"));

        plan(start.plus(Duration.ofDays(14)));
        assertThat(mails("opfoelgning-1"))
                .extracting(m -> value(m, "recipient_email").toString())
                .noneMatch(e -> e.startsWith("gaaet."))
                .hasSize(2);
        assertThat(late).isNotNull();
    }

    @Test
    void late_joiners_with_a_new_leader_each_catch_up_and_the_leader_gets_one_mail() {
        enrol("Foerst");
        plan(start.minus(Duration.ofDays(14)));
        String newLeader = fixtures.account("nyleder", Role.LEADER);
        fixtures.team("Team ny " + tag, newLeader);
        for (String name : List.of("Sen1", "Sen2", "Sen3")) {
            enrol(name, newLeader);
        }
        // The catch-ups run after each enrolment committed, side by side, one run at a time.
        await().untilAsserted(() -> assertThat(mails("introduktion"))
                .extracting(m -> value(m, "recipient_email").toString())
                .filteredOn(e -> e.startsWith("sen"))
                .hasSize(3));
        await().untilAsserted(() -> assertThat(mails("leder-foer"))
                .extracting(m -> value(m, "recipient_email").toString())
                .filteredOn(e -> e.startsWith(newLeader + "@"))
                .hasSize(1));
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "select count(*) from event_publication where serialized_event like ?",
                        Integer.class,
                        "%" + run.value() + "%"))
                .isZero());
    }

    @Test
    void a_time_moved_into_the_past_sends_at_once_and_once_and_cannot_be_moved_again() {
        enrol("Flyt");
        fixtures.as(instructor, () -> {
            plans.move(run, TransferMail.INTRO, Instant.now().minus(Duration.ofHours(1)));
            return null;
        });
        assertThat(mails("introduktion")).hasSize(1);
        // Planning afterwards does not repeat it (the leaders' mail keeps its own, later time).
        assertThat(plan(Instant.now())).isZero();
        assertThat(mails("introduktion")).hasSize(1);
        assertThatThrownBy(() -> fixtures.as(instructor, () -> {
                    plans.move(run, TransferMail.INTRO, Instant.now().plus(Duration.ofDays(1)));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RunMailRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunMailRefusedException.Reason.ALREADY_SENT));
        assertThat(fixtures.as(instructor, () -> plans.plan(run)))
                .filteredOn(p -> p.mail() == TransferMail.INTRO)
                .singleElement()
                .satisfies(p -> assertThat(p.queued()).isTrue());
    }

    @Test
    void preparation_mails_due_after_the_start_are_skipped_and_follow_ups_still_go() {
        // Held so that its first follow-up (two weeks later) fell on a working day before today: its mail is due.
        LocalDate followUp =
                DanishCalendar.workdayOnOrBefore(LocalDate.now(TimeConfig.ZONE).minusDays(1));
        CourseRunId held = fixtures.run(
                "Holdt " + tag,
                followUp.minusDays(14).atTime(10, 0).atZone(TimeConfig.ZONE).toInstant());
        fixtures.enrol(held, instructor, EnrolmentRole.INSTRUCTOR);
        String caseworker = fixtures.account("holdt", Role.PARTICIPANT);
        fixtures.enrol(held, caseworker, EnrolmentRole.PARTICIPANT);
        plan(held, Instant.now());
        List<PlannedMail> planned = fixtures.as(instructor, () -> plans.plan(held));
        assertThat(planned)
                .filteredOn(p -> p.mail().beforeSession())
                .allSatisfy(p -> assertThat(p.skipped()).isTrue());
        assertThat(planned)
                .filteredOn(p -> p.mail() == TransferMail.FOLLOW_UP_1)
                .singleElement()
                .satisfies(p -> assertThat(p.queued() && !p.skipped()).isTrue());
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_message where topic like ?",
                        Integer.class,
                        "run-" + held.value() + "/%"))
                .isEqualTo(1);
    }

    @Test
    void a_run_entered_after_both_follow_ups_sends_only_the_second() {
        // Held eight weeks ago (as the demo's held run on a first start): both follow-ups are due at once.
        LocalDate secondFollowUp =
                DanishCalendar.workdayOnOrBefore(LocalDate.now(TimeConfig.ZONE).minusDays(7));
        CourseRunId held = fixtures.run(
                "Sent " + tag,
                secondFollowUp
                        .minusWeeks(6)
                        .atTime(10, 0)
                        .atZone(TimeConfig.ZONE)
                        .toInstant());
        fixtures.enrol(held, instructor, EnrolmentRole.INSTRUCTOR);
        String caseworker = fixtures.account("sent", Role.PARTICIPANT);
        fixtures.enrol(held, caseworker, EnrolmentRole.PARTICIPANT);
        plan(held, Instant.now());
        List<PlannedMail> planned = fixtures.as(instructor, () -> plans.plan(held));
        assertThat(planned)
                .filteredOn(p -> p.mail() == TransferMail.FOLLOW_UP_1)
                .singleElement()
                .satisfies(p -> assertThat(p.skipped()).isTrue());
        assertThat(planned)
                .filteredOn(p -> p.mail() == TransferMail.FOLLOW_UP_2)
                .singleElement()
                .satisfies(p -> assertThat(p.queued() && !p.skipped()).isTrue());
        assertThat(jdbc.queryForList(
                        "select topic from mail_message where topic like ?",
                        String.class,
                        "run-" + held.value() + "/%"))
                .containsExactly("run-" + held.value() + "/opfoelgning-2");
    }

    @Test
    void another_runs_instructor_can_neither_see_nor_move_its_mails() {
        String other = fixtures.account("andenlaerer", Role.INSTRUCTOR, InstructorKind.PRACTICE_CONSULTANT);
        assertThatThrownBy(() -> fixtures.as(other, () -> plans.plan(run))).isInstanceOf(RunRefusedException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> {
                    plans.move(run, TransferMail.INTRO, Instant.now());
                    return null;
                }))
                .isInstanceOf(RunRefusedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from run_mail_plan where course_run_id = ?", Integer.class, run.value()))
                .isZero();
    }

    @Test
    void the_preview_fills_the_run_and_links_for_the_first_recipient() {
        enrol("Vera");
        MailPreview preview = fixtures.as(instructor, () -> plans.preview(run, TransferMail.INTRO));
        assertThat(preview.text()).contains("Vera").contains("Mailhold " + tag);
        assertThat(preview.html()).contains("<a ").doesNotContain("{{");
        assertThat(preview.calendarInvite()).isTrue();
        MailPreview leaders = fixtures.as(instructor, () -> plans.preview(run, TransferMail.LEADER_BEFORE));
        assertThat(leaders.text()).doesNotContain("{{").doesNotContain("/kursus/handlingsplan");
    }

    /** Does the three preparation tasks as the caseworker. */
    private void prepare(String username) {
        fixtures.as(username, () -> {
            Map<String, Integer> scores = new HashMap<>();
            content.course().transfer().selfAssessment().statements().forEach(s -> scores.put(s.key(), 3));
            selfAssessments.submit(Phase.BEFORE, scores, "", -1);
            content.course().myths().forEach(m -> myths.guess(m.id(), MythAnswer.MYTH, 3));
            String own = content.course()
                    .writing()
                    .ownCase(Writing.OwnCase.BEFORE)
                    .orElseThrow()
                    .id();
            exercises.submit(
                    own,
                    run,
                    new RequestFields(
                            "LÆ 285",
                            "Attesten skal bruges til at planlægge den første opfølgning med arbejdsgiveren.",
                            "Borgeren er i 40'erne og sygemeldt med rygsmerter.",
                            List.of("Hvilke skånehensyn skal der tages de næste fire uger?"),
                            true,
                            "Oplysninger fra egen læge om ryggen til brug i sygedagpengesagen.",
                            ""),
                    -1);
            return null;
        });
    }

    private static Object value(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v != null ? v : row.get(column.toUpperCase());
    }
}
