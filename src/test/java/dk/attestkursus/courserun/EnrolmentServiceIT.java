package dk.attestkursus.courserun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.courserun.domain.EnrolmentEvent;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import dk.attestkursus.security.AccountValidationException;
import dk.attestkursus.security.InstructorKind;
import dk.attestkursus.security.NewParticipant;
import dk.attestkursus.security.ProvisionedParticipant;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.TeamId;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Enrolment one by one and from a file, moving, withdrawing, attendance and check-in, with the refusals. */
@IntegrationTest
class EnrolmentServiceIT {

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    RunManagementService runs;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseRunService courseRuns;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    String instructor;
    String leader;
    String leaderEmail;
    TeamId leadersTeam;
    String tag;

    @BeforeEach
    void setUp() {
        instructor = fixtures.account("jc", Role.INSTRUCTOR, InstructorKind.JOBCENTER);
        leader = fixtures.account("lead", Role.LEADER);
        leaderEmail = leader + "@example.dk";
        tag = Unique.tag();
        leadersTeam = fixtures.team("Team Syd " + tag, leader);
    }

    private CourseRunId run(String name, Integer capacity) {
        LocalDate day = LocalDate.now().plusWeeks(3);
        return fixtures.as(
                instructor,
                () -> runs.create(new RunInput(
                        name,
                        "Testkommune",
                        day,
                        LocalTime.of(9, 0),
                        150,
                        false,
                        "Rådhuset",
                        null,
                        capacity,
                        List.of(new AccountId(fixtures.id(instructor))),
                        null,
                        null)));
    }

    private String email(String name) {
        return name + "." + tag + "@kommune.dk";
    }

    private byte[] csv(String... rows) {
        return ("navn;e-mail;team;leder e-mail\r\n" + String.join("\r\n", rows) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private List<String> emails(CourseRunId run) {
        return fixtures.as(instructor, () -> enrolment.participants(run)).stream()
                .map(RunParticipant::email)
                .toList();
    }

    @Test
    void one_new_caseworker_enrolled_by_the_administrator_gets_an_account_with_a_password_a_team_and_a_leader() {
        CourseRunId run = run("Enkelt", null);
        ProvisionedParticipant p = fixtures.as(
                "admin",
                () -> enrolment.enrolOne(run, new NewParticipant("Anna Ærø", email("anna"), "Team Syd " + tag, "")));

        assertThat(p.created()).isTrue();
        assertThat(p.password()).hasValueSatisfying(pw -> assertThat(pw).hasSize(12));
        assertThat(p.account().role()).isEqualTo(Role.PARTICIPANT);
        assertThat(p.account().team()).contains(leadersTeam);
        RunParticipant listed =
                fixtures.as(instructor, () -> enrolment.participants(run)).getFirst();
        assertThat(listed.name()).isEqualTo("Anna Ærø");
        assertThat(listed.team()).isEqualTo("Team Syd " + tag);
        assertThat(listed.leaderName()).isEqualTo("Test " + leader);
        assertThat(fixtures.as(instructor, () -> enrolment.history(run)))
                .extracting(EnrolmentHistoryEntry::kind)
                .contains(EnrolmentEvent.Kind.ENROLLED);
    }

    @Test
    void an_instructors_enrolment_or_import_never_puts_anyone_in_a_leaders_team() {
        CourseRunId run = run("Ikke dit team", null);
        ProvisionedParticipant one = fixtures.as(
                instructor,
                () -> enrolment.enrolOne(run, new NewParticipant("Ole", email("ole"), "Team Syd", leaderEmail)));
        assertThat(one.account().team()).isEmpty();
        // an administrator's enrolment naming only the leader places the person in the leader's one team
        ProvisionedParticipant existing = fixtures.as(
                "admin", () -> enrolment.enrolOne(run, new NewParticipant("Pia", email("pia"), null, leaderEmail)));
        assertThat(existing.account().team()).contains(leadersTeam);
        String otherLeader = fixtures.account("leder2", Role.LEADER);
        fixtures.team("Team Vest " + tag, otherLeader);
        byte[] file = csv(
                "Rasmus;" + email("rasmus") + ";Team Vest " + tag + ";" + otherLeader + "@example.dk",
                "Pia;" + email("pia") + ";Team Vest " + tag + ";" + otherLeader + "@example.dk");

        fixtures.as(instructor, () -> enrolment.importFile(run, file));

        Map<String, AccountSummary> after =
                fixtures.as("admin", () -> accounts.byEmails(List.of(email("rasmus"), email("pia"))));
        assertThat(after.get(email("rasmus")).team()).isEmpty();
        assertThat(after.get(email("pia")).team()).contains(leadersTeam);
        assertThat(fixtures.as(otherLeader, () -> courseRuns.myTeamSize())).isZero();
    }

    @Test
    void the_same_person_cannot_be_enrolled_twice_or_in_two_runs_of_the_course() {
        CourseRunId first = run("Første", null);
        CourseRunId second = run("Andet", null);
        NewParticipant bo = new NewParticipant("Bo", email("bo"), null, leaderEmail);
        fixtures.as(instructor, () -> enrolment.enrolOne(first, bo));

        assertThatThrownBy(() -> fixtures.as(instructor, () -> enrolment.enrolOne(first, bo)))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.ALREADY_ENROLLED));
        assertThatThrownBy(() -> fixtures.as(instructor, () -> enrolment.enrolOne(second, bo)))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.OTHER_RUN));
        assertThat(emails(second)).isEmpty();
    }

    @Test
    void the_database_keeps_one_active_place_per_caseworker_even_past_the_service() {
        CourseRunId a = run("A", null);
        CourseRunId b = run("B", null);
        String caseworker = fixtures.account("p", Role.PARTICIPANT);
        fixtures.enrol(a, caseworker, EnrolmentRole.PARTICIPANT);
        assertThatThrownBy(() -> fixtures.enrol(b, caseworker, EnrolmentRole.PARTICIPANT))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_cpr_number_in_a_name_is_refused_and_no_account_is_made() {
        CourseRunId run = run("CPR", null);
        assertThatThrownBy(() -> fixtures.as(
                        instructor,
                        () -> enrolment.enrolOne(
                                run, new NewParticipant("Borger 010190-1234", email("cpr"), null, leaderEmail))))
                .isInstanceOfSatisfying(
                        AccountValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("0.name", "account.error.cpr"));
        assertThat(fixtures.as("admin", () -> accounts.byEmails(List.of(email("cpr")))))
                .isEmpty();
    }

    @Test
    void a_file_with_any_error_is_refused_whole_and_nothing_is_stored() {
        CourseRunId run = run("Import med fejl", null);
        fixtures.as(
                instructor, () -> enrolment.enrolOne(run, new NewParticipant("Cem", email("cem"), null, leaderEmail)));
        byte[] file = csv(
                "Dorte;" + email("dorte") + ";Nord;" + leaderEmail,
                "Cem;" + email("cem") + ";Nord;" + leaderEmail,
                "Eva;ikke-en-mail;Nord;" + leaderEmail,
                "Finn;" + email("finn") + ";Nord;ukendt." + tag + "@kommune.dk");

        ImportPreview preview = fixtures.as(instructor, () -> enrolment.preview(run, file));
        assertThat(preview.rows())
                .extracting(ImportPreview.Row::status)
                .containsExactly(
                        ImportPreview.Status.NEW,
                        ImportPreview.Status.ALREADY_ENROLLED,
                        ImportPreview.Status.ERROR,
                        ImportPreview.Status.ERROR);
        assertThat(preview.rows().get(3).problems())
                .extracting(ParticipantCsv.Problem::key)
                .containsExactly("import.error.leaderUnknown");
        assertThat(preview.canImport()).isFalse();

        assertThatThrownBy(() -> fixtures.as(instructor, () -> enrolment.importFile(run, file)))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(emails(run)).containsExactly(email("cem"));
        assertThat(fixtures.as("admin", () -> accounts.byEmails(List.of(email("dorte")))))
                .isEmpty();
    }

    @Test
    void an_e_mail_another_municipality_uses_is_refused_in_its_row_of_the_preview() {
        CourseRunId run = run("Import med en anden kommunes e-mail", null);
        byte[] file = csv("Gitte;" + email("gitte") + ";;", "Tina;TH-sagsbehandler@demo.attestkursus.dk;;");

        ImportPreview preview = fixtures.as(instructor, () -> enrolment.preview(run, file));

        assertThat(preview.rows())
                .extracting(ImportPreview.Row::status)
                .containsExactly(ImportPreview.Status.NEW, ImportPreview.Status.ERROR);
        assertThat(preview.rows().get(1).problems())
                .extracting(ParticipantCsv.Problem::key)
                .containsExactly("import.error.otherMunicipality");
        assertThat(preview.canImport()).isFalse();
        assertThatThrownBy(() -> fixtures.as(instructor, () -> enrolment.importFile(run, file)))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(emails(run)).isEmpty();
    }

    @Test
    void an_administrators_file_must_name_teams_the_municipality_has_and_nothing_is_stored_otherwise() {
        CourseRunId run = run("Import med teams", null);
        String twoTeams = fixtures.account("leder3", Role.LEADER);
        fixtures.team("Team A " + tag, twoTeams);
        fixtures.team("Team B " + tag, twoTeams);
        byte[] file = csv(
                "Ib;" + email("ib") + ";Team Syd " + tag + ";",
                "Jens;" + email("jens") + ";Findes ikke " + tag + ";",
                "Kim;" + email("kim") + ";;" + twoTeams + "@example.dk");

        ImportPreview preview = fixtures.as("admin", () -> enrolment.preview(run, file));

        assertThat(preview.rows())
                .extracting(ImportPreview.Row::status)
                .containsExactly(ImportPreview.Status.NEW, ImportPreview.Status.ERROR, ImportPreview.Status.ERROR);
        assertThat(preview.rows().get(1).problems())
                .extracting(ParticipantCsv.Problem::key)
                .containsExactly("import.error.teamUnknown");
        assertThat(preview.rows().get(2).problems())
                .extracting(ParticipantCsv.Problem::key)
                .containsExactly("import.error.leaderTeams");
        assertThatThrownBy(() -> fixtures.as("admin", () -> enrolment.importFile(run, file)))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(fixtures.as("admin", () -> accounts.byEmails(List.of(email("ib"), email("jens")))))
                .isEmpty();
        // the same file from an instructor places no one in a team, so the team names are not checked
        assertThat(fixtures.as(instructor, () -> enrolment.preview(run, file)).canImport())
                .isTrue();
    }

    @Test
    void a_clean_file_enrols_everyone_and_skips_those_already_enrolled() {
        CourseRunId run = run("Import", null);
        fixtures.as(
                instructor,
                () -> enrolment.enrolOne(run, new NewParticipant("Gitte", email("gitte"), null, leaderEmail)));
        byte[] file = csv(
                "Hans Hansen;" + email("hans").toUpperCase() + ";team øst " + tag + ";" + leaderEmail,
                "Gitte;" + email("gitte") + ";Team Øst " + tag + ";" + leaderEmail);
        TeamId east = fixtures.team("Team Øst " + tag, leader);

        // the municipality's administrator decides teams, so their import sets them (issue 21)
        ImportReport report = fixtures.as("admin", () -> enrolment.importFile(run, file));

        assertThat(report).isEqualTo(new ImportReport(1, 1, 1));
        assertThat(emails(run)).containsExactlyInAnyOrder(email("gitte"), email("hans"));
        AccountSummary hans = fixtures.as("admin", () -> accounts.byEmails(List.of(email("hans"))))
                .get(email("hans"));
        // the team named in the file (any case) wins over the leader's other team
        assertThat(hans.team()).contains(east);
    }

    @Test
    void a_file_larger_than_the_free_places_is_refused() {
        CourseRunId run = run("Lille hold", 2);
        byte[] file = csv(
                "A;" + email("a") + ";;" + leaderEmail,
                "B;" + email("b") + ";;" + leaderEmail,
                "C;" + email("c") + ";;" + leaderEmail);
        ImportPreview preview = fixtures.as(instructor, () -> enrolment.preview(run, file));
        assertThat(preview.fileErrors())
                .extracting(ParticipantCsv.Problem::key)
                .containsExactly("import.error.capacity");
        assertThatThrownBy(() -> fixtures.as(instructor, () -> enrolment.importFile(run, file)))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(emails(run)).isEmpty();
    }

    @Test
    void five_thousand_rows_import_in_one_go() {
        CourseRunId run = run("Stort hold", null);
        String[] rows = new String[5000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "Deltager " + i + ";d" + i + "." + tag + "@kommune.dk;Team " + (i % 40) + ";" + leaderEmail;
        }
        long start = System.nanoTime();
        ImportReport report = fixtures.as(instructor, () -> enrolment.importFile(run, csv(rows)));
        System.out.printf("Imported 5,000 participants in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(report.enrolled()).isEqualTo(5000);
        assertThat(report.newAccounts()).isEqualTo(5000);
        assertThat(jdbc.queryForObject(
                        "select count(*) from enrolment where course_run_id = ? and withdrawn_at is null",
                        Integer.class,
                        run.value()))
                .isEqualTo(5001);

        // Every new person is invited in the background (issue 22), each with one small read of the run:
        // the backlog drains here rather than slowing the tests that come after.
        long queued = System.nanoTime();
        await().atMost(Duration.ofMinutes(5))
                .untilAsserted(() -> assertThat(jdbc.queryForObject("""
                        select count(distinct t.account_id) from account_token t join account a on a.id = t.account_id
                        where t.purpose = 'INVITATION' and a.email like ?""", Integer.class, "d%." + tag + "@kommune.dk"))
                        .isEqualTo(5000));
        System.out.printf(
                "Invited the 5,000 in the background in %d ms after the import%n",
                (System.nanoTime() - queued) / 1_000_000);
    }

    @Test
    void moving_keeps_the_history_in_both_runs_and_a_full_run_refuses() {
        CourseRunId from = run("Fra", null);
        CourseRunId to = run("Til", null);
        CourseRunId full = run("Fuldt", 1);
        fixtures.as(
                instructor, () -> enrolment.enrolOne(full, new NewParticipant("Ida", email("ida"), null, leaderEmail)));
        AccountId jens = fixtures.as(
                        instructor,
                        () -> enrolment.enrolOne(from, new NewParticipant("Jens", email("jens"), null, leaderEmail)))
                .account()
                .id();

        assertThatThrownBy(() -> fixtures.as(instructor, () -> {
                    enrolment.move(from, jens, full);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.FULL));
        assertThat(emails(from)).containsExactly(email("jens"));

        fixtures.as(instructor, () -> {
            enrolment.move(from, jens, to);
            return null;
        });
        assertThat(emails(from)).isEmpty();
        assertThat(emails(to)).containsExactly(email("jens"));
        assertThat(fixtures.as(instructor, () -> enrolment.history(from)))
                .extracting(EnrolmentHistoryEntry::kind)
                .contains(EnrolmentEvent.Kind.MOVED_OUT);
        assertThat(fixtures.as(instructor, () -> enrolment.history(to))).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EnrolmentEvent.Kind.MOVED_IN);
            assertThat(e.otherRunName()).isEqualTo("Fra");
        });
    }

    @Test
    void a_withdrawn_participant_can_be_enrolled_again_and_the_history_shows_both() {
        CourseRunId run = run("Igen", null);
        AccountId kim = fixtures.as(
                        instructor,
                        () -> enrolment.enrolOne(run, new NewParticipant("Kim", email("kim"), null, leaderEmail)))
                .account()
                .id();
        fixtures.as(instructor, () -> {
            enrolment.withdraw(run, kim);
            return null;
        });
        assertThat(emails(run)).isEmpty();
        ProvisionedParticipant again = fixtures.as(
                instructor, () -> enrolment.enrolOne(run, new NewParticipant("Kim", email("kim"), null, leaderEmail)));
        assertThat(again.created()).isFalse();
        assertThat(emails(run)).containsExactly(email("kim"));
        assertThat(fixtures.as(instructor, () -> enrolment.history(run)))
                .extracting(EnrolmentHistoryEntry::kind)
                .containsSubsequence(
                        EnrolmentEvent.Kind.REENROLLED, EnrolmentEvent.Kind.WITHDRAWN, EnrolmentEvent.Kind.ENROLLED);
    }

    @Test
    void attendance_is_ticked_by_an_instructor_or_by_checking_in_with_the_code_on_the_day() {
        ZonedDateTime soon =
                ZonedDateTime.now(TimeConfig.ZONE).plusMinutes(30).withSecond(0).withNano(0);
        CourseRunId today = fixtures.as(
                instructor,
                () -> runs.create(new RunInput(
                        "I dag",
                        "Testkommune",
                        soon.toLocalDate(),
                        soon.toLocalTime(),
                        150,
                        false,
                        "Rådhuset",
                        null,
                        null,
                        List.of(new AccountId(fixtures.id(instructor))),
                        null,
                        null)));
        CourseRunId later = run("Senere", null);
        ProvisionedParticipant lis = fixtures.as(
                "admin", () -> enrolment.enrolOne(today, new NewParticipant("Lis", email("lis"), null, leaderEmail)));
        ProvisionedParticipant mads = fixtures.as(
                "admin", () -> enrolment.enrolOne(today, new NewParticipant("Mads", email("mads"), null, leaderEmail)));
        ProvisionedParticipant nina = fixtures.as(
                instructor,
                () -> enrolment.enrolOne(later, new NewParticipant("Nina", email("nina"), null, leaderEmail)));
        String todayCode = fixtures.as(instructor, () -> runs.details(today)).checkInCode();
        String laterCode = fixtures.as(instructor, () -> runs.details(later)).checkInCode();

        fixtures.as(instructor, () -> {
            enrolment.setAttended(today, mads.account().id(), true);
            return null;
        });
        assertThat(fixtures.as(lis.account().username(), () -> enrolment.checkIn(" " + todayCode.toLowerCase())))
                .isEqualTo("I dag");
        assertThat(fixtures.as(instructor, () -> enrolment.participants(today))).allMatch(RunParticipant::attended);

        assertThatThrownBy(() -> fixtures.as(nina.account().username(), () -> enrolment.checkIn(laterCode)))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.CHECK_IN_CLOSED));
        assertThatThrownBy(() -> fixtures.as(nina.account().username(), () -> enrolment.checkIn(todayCode)))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.UNKNOWN_CODE));
        assertThat(fixtures.as(instructor, () -> enrolment.participants(later))).noneMatch(RunParticipant::attended);
        // The leader sees how many of the team came (a count, no names).
        assertThat(fixtures.as(leader, () -> courseRuns.myTeamRuns()))
                .filteredOn(t -> t.run().id().equals(today))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.teamMembersEnrolled()).isEqualTo(2);
                    assertThat(t.teamMembersAttended()).isEqualTo(2);
                });
    }

    @Test
    void an_instructor_of_another_run_and_caseworkers_are_refused() {
        CourseRunId run = run("Lukket", null);
        String other = fixtures.account("other", Role.INSTRUCTOR);
        assertThatThrownBy(() -> fixtures.as(other, () -> enrolment.participants(run)))
                .isInstanceOfSatisfying(
                        RunRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RunRefusedException.Reason.NOT_YOURS));
        String caseworker = fixtures.account("cw", Role.PARTICIPANT);
        assertThatThrownBy(() -> fixtures.as(caseworker, () -> enrolment.participants(run)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
