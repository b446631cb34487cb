package dk.attestkursus.session;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.domain.EnrolmentRole;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.Role;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import dk.attestkursus.testsupport.Unique;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live session's personal data (issue 25): notes and agreed actions of two instructors' runs. The
 * export of one holds what they wrote or are named in; erasing takes their name out and keeps the rest;
 * retention purges the notes and actions of expired runs only.
 */
@IntegrationTest
class SessionPersonalDataIT {

    @Autowired
    SessionPersonalData personalData;

    @Autowired
    SessionNotesService notes;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String ida;
    String ib;
    String tagA;
    String tagB;

    @BeforeEach
    void people() {
        ida = fixtures.account("ida", Role.INSTRUCTOR);
        ib = fixtures.account("ib", Role.INSTRUCTOR);
        tagA = "idatekst" + Unique.tag();
        tagB = "ibtekst" + Unique.tag();
    }

    private static String name(String username) {
        return "Test " + username;
    }

    /** A run taught by the instructor, with their notes (naming themselves) and two agreed actions. */
    private CourseRunId taught(String who, Instant startsAt, String tag) {
        return taught(who, startsAt, tag, "");
    }

    private CourseRunId taught(String who, Instant startsAt, String tag, String more) {
        CourseRunId run = fixtures.run("Privatliv", startsAt);
        fixtures.enrol(run, who, EnrolmentRole.INSTRUCTOR);
        fixtures.as(who, () -> {
            SessionNotes loaded = notes.notes(run);
            notes.saveNotes(
                    run,
                    name(who),
                    "Noter " + tag + ". " + name(who) + " gennemgik rubrikken." + more,
                    loaded.version());
            notes.addAction(run, "Handling " + tag, name(who), null);
            return notes.addAction(run, "Fælles handling " + tag, "Alle", null);
        });
        return run;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    private String everythingStored() {
        return String.join("\n", jdbc.queryForList("""
                        select coalesce(note_taker, '') || coalesce(notes, '') from run_session
                        union all select text || coalesce(owner, '') from agreed_action""", String.class));
    }

    @Test
    void the_export_holds_the_persons_notes_and_actions_once_and_nothing_of_anyone_else() {
        taught(ida, Instant.now(), tagA);
        // Ib's notes name Ida: her export says so, without Ib's text.
        taught(ib, Instant.now(), tagB, " Spørg " + name(ida) + " om rubrikken.");

        FeatureExport export = fixtures.as("admin", () -> personalData.export(new AccountId(fixtures.id(ida))));

        assertThat(export.data().get("notes")).hasSize(2);
        assertThat(export.data().get("agreedActions")).hasSize(2);
        String json = JsonMapper.builder().build().writeValueAsString(export.data());
        assertThat(json).contains("Noter " + tagA, "Handling " + tagA).doesNotContain(tagB, ib);
    }

    @Test
    void erasing_takes_the_persons_name_out_of_notes_and_actions_and_keeps_the_rest() {
        CourseRunId run = taught(ida, Instant.now(), tagA);
        taught(ib, Instant.now(), tagB);
        long id = fixtures.id(ida);
        assertThat(everythingStored()).contains(name(ida), name(ib));

        inTransaction(() -> {
            personalData.erase(new AccountId(id));
            return null;
        });

        assertThat(everythingStored()).doesNotContain(name(ida)).contains(name(ib), "Noter " + tagB);
        var row = jdbc.queryForMap(
                "select note_taker, notes_updated_by from run_session where course_run_id = ?", run.value());
        assertThat(row.get("note_taker")).isNull();
        assertThat(((Number) row.get("notes_updated_by")).longValue()).isEqualTo(id);
        assertThat(jdbc.queryForObject(
                        "select count(*) from agreed_action where course_run_id = ? and created_by = ?",
                        Integer.class,
                        run.value(),
                        id))
                .as("the run's actions stay, added by the tombstone")
                .isEqualTo(2);
    }

    @Test
    void retention_purges_exactly_the_notes_and_actions_of_runs_whose_last_follow_up_expired() {
        LocalDate day =
                LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        Instant session = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant cutoff = session.plusSeconds(60L * 86_400);
        inTransaction(() -> personalData.retention(cutoff, true));
        CourseRunId expired = taught(ida, session, tagA);
        CourseRunId going = taught(ib, session, tagB);
        jdbc.update(
                "update course_run set follow_up_second = ? where id = ?",
                java.sql.Date.valueOf(day.plusDays(90)),
                going.value());

        // The expired run's notes and its two actions.
        int counted = inTransaction(() -> personalData.retention(cutoff, false));
        assertThat(counted).isEqualTo(3);
        int purged = inTransaction(() -> personalData.retention(cutoff, true));

        assertThat(purged).isEqualTo(counted);
        assertThat(everythingStored()).doesNotContain(tagA).contains("Noter " + tagB, "Handling " + tagB);
        assertThat(jdbc.queryForObject(
                        "select count(*) from run_session where course_run_id = ?", Integer.class, expired.value()))
                .as("the session row itself stays")
                .isEqualTo(1);
        assertThat(inTransaction(() -> personalData.retention(cutoff, false))).isZero();
    }
}
