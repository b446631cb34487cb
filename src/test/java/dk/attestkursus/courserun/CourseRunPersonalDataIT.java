package dk.attestkursus.courserun;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.domain.Enrolment;
import dk.attestkursus.courserun.domain.EnrolmentRepository;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The course runs' personal data (issue 25): one person's places and their history in the export; erasure
 * keeps the places (the participation figures count them), deletes their history and a guest's named place.
 */
@IntegrationTest
class CourseRunPersonalDataIT {

    @Autowired
    CourseRunPersonalData personalData;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    ParticipationService participation;

    @Autowired
    EnrolmentRepository enrolments;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    void erase(AccountId person) {
        inTransaction(() -> {
            personalData.erase(person);
            return null;
        });
    }

    int count(String sql, Object value) {
        return jdbc.sql(sql).param(value).query(Integer.class).single();
    }

    @Test
    void declares_the_person_columns_of_its_tables() {
        assertThat(personalData.columns())
                .extracting(c -> c.table() + "." + c.column() + "=" + c.erasure())
                .containsExactlyInAnyOrder(
                        "enrolment.account_id=ANONYMOUS",
                        "enrolment.active_participant=ANONYMOUS",
                        "enrolment.attendance_by=ACTOR",
                        "enrolment.guest_name=SCRUBBED",
                        "enrolment_event.account_id=DELETED",
                        "enrolment_event.by_account_id=ACTOR",
                        "course_run.cancelled_by=ACTOR");
    }

    @Test
    void export_holds_the_persons_places_once_and_erasure_keeps_the_participation_figures() {
        CourseRunId run = fixtures.run("Privatlivshold", Instant.now().minus(2, ChronoUnit.DAYS));
        String instructor = fixtures.account("jc", Role.INSTRUCTOR);
        String me = fixtures.account("mig", Role.PARTICIPANT);
        String other = fixtures.account("anden", Role.PARTICIPANT);
        fixtures.enrol(run, instructor, EnrolmentRole.INSTRUCTOR);
        fixtures.enrol(run, me, EnrolmentRole.PARTICIPANT);
        fixtures.enrol(run, other, EnrolmentRole.PARTICIPANT);
        AccountId mine = new AccountId(fixtures.id(me));
        AccountId theirs = new AccountId(fixtures.id(other));
        AccountId teacher = new AccountId(fixtures.id(instructor));
        fixtures.as(instructor, () -> {
            enrolment.setAttended(run, mine, true);
            enrolment.setAttended(run, theirs, true);
            return null;
        });

        FeatureExport export = inTransaction(() -> personalData.export(mine));

        assertThat(export.data().get("places")).singleElement().satisfies(p -> {
            CourseRunPersonalData.Place place = (CourseRunPersonalData.Place) p;
            assertThat(place.runId()).isEqualTo(run.value());
            assertThat(place.runName()).isEqualTo("Privatlivshold");
            assertThat(place.role()).isEqualTo("PARTICIPANT");
            assertThat(place.attendedAt()).isNotNull();
            assertThat(place.withdrawnAt()).isNull();
            assertThat(place.guestInstructor()).isFalse();
        });
        assertThat(export.data().get("placeHistory"))
                .singleElement()
                .isEqualTo(new CourseRunPersonalData.PlaceChange(
                        run.value(),
                        "ATTENDED",
                        null,
                        ((CourseRunPersonalData.PlaceChange)
                                        export.data().get("placeHistory").getFirst())
                                .at(),
                        false));
        assertThat(export.data().get("changesMadeForOthers")).isEmpty();
        assertThat(export.data().get("cancelledRuns")).isEmpty();
        assertThat(export.items()).isEqualTo(2);
        FeatureExport teachers = inTransaction(() -> personalData.export(teacher));
        assertThat(teachers.data().get("changesMadeForOthers"))
                .as("what the instructor did, without whose place")
                .hasSize(2)
                .allSatisfy(c -> assertThat(c)
                        .isInstanceOfSatisfying(
                                CourseRunPersonalData.ChangeMadeForOthers.class,
                                ch -> assertThat(ch.kind()).isEqualTo("ATTENDED")));
        assertThat(teachers.data().get("placeHistory")).isEmpty();

        Participation before = fixtures.as("admin", () -> participation.of(List.of(mine, theirs), null));
        assertThat(before.attended()).isEqualTo(2);
        int historyOfRun = fixtures.as("admin", () -> enrolment.history(run)).size();

        erase(mine);

        assertThat(fixtures.as("admin", () -> participation.of(List.of(mine, theirs), null)))
                .isEqualTo(before);
        assertThat(count("select count(*) from enrolment where account_id = ?", mine.value()))
                .as("the place stays, anonymous")
                .isEqualTo(1);
        assertThat(count("select count(*) from enrolment_event where account_id = ?", mine.value()))
                .as("the history of the place is deleted")
                .isZero();
        assertThat(count("select count(*) from enrolment_event where account_id = ?", theirs.value()))
                .isEqualTo(1);
        assertThat(fixtures.as("admin", () -> enrolment.history(run))).hasSize(historyOfRun - 1);
        assertThat(inTransaction(() -> personalData.export(theirs)).items()).isEqualTo(2);

        erase(teacher);

        assertThat(count("select count(*) from enrolment_event where by_account_id = ?", teacher.value()))
                .as("what the instructor did to the other's place stays, as the tombstone's")
                .isEqualTo(1);
        assertThat(count("select count(*) from enrolment where attendance_by = ?", teacher.value()))
                .isEqualTo(2);
        assertThat(fixtures.as("admin", () -> participation.of(List.of(mine, theirs), null)))
                .isEqualTo(before);
    }

    @Test
    void erasing_a_guest_instructor_deletes_the_place_that_copies_their_name() {
        CourseRunId run = fixtures.run("Gæstehold", Instant.now().plus(5, ChronoUnit.DAYS));
        String guest = fixtures.account("gaest", Role.INSTRUCTOR);
        String host = fixtures.account("vaert", Role.INSTRUCTOR);
        fixtures.enrol(run, host, EnrolmentRole.INSTRUCTOR);
        AccountId guestId = new AccountId(fixtures.id(guest));
        long home = jdbc.sql("select min(id) from municipality where id > 1")
                .query(Long.class)
                .single();
        String name = "Gæst Gæstesen " + guest;
        // The guest's place as the host municipality holds it (erasure runs there too; decision 020).
        fixtures.as(
                "admin",
                () -> enrolments.save(
                        Enrolment.guest(run.value(), guestId.value(), new MunicipalityId(home), name, Instant.now())));

        FeatureExport export = inTransaction(() -> personalData.export(guestId));
        assertThat(export.data().get("places"))
                .singleElement()
                .satisfies(p -> assertThat(((CourseRunPersonalData.Place) p).guestInstructor())
                        .isTrue());

        erase(guestId);

        assertThat(count("select count(*) from enrolment where guest_name = ?", name))
                .isZero();
        assertThat(count("select count(*) from enrolment where account_id = ?", guestId.value()))
                .isZero();
        assertThat(count("select count(*) from enrolment where account_id = ?", fixtures.id(host)))
                .isEqualTo(1);
    }

    @Test
    void erasure_in_one_municipality_leaves_another_municipalitys_rows_alone() {
        CourseRunId run = fixtures.run("Værtshold", Instant.now().plus(6, ChronoUnit.DAYS));
        String guest = fixtures.account("gaest", Role.INSTRUCTOR);
        AccountId guestId = new AccountId(fixtures.id(guest));
        long home = jdbc.sql("select min(id) from municipality where id > 1")
                .query(Long.class)
                .single();
        fixtures.as(
                "admin",
                () -> enrolments.save(Enrolment.guest(
                        run.value(), guestId.value(), new MunicipalityId(home), "Gæst " + guest, Instant.now())));

        // The demo's second municipality's administrator: another municipality than the run's (decision 020).
        fixtures.as(
                "th-admin",
                () -> new TransactionTemplate(transactions).execute(s -> {
                    personalData.erase(guestId);
                    return null;
                }));

        assertThat(count("select count(*) from enrolment where account_id = ?", guestId.value()))
                .isEqualTo(1);
    }
}
