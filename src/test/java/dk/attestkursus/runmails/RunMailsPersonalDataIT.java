package dk.attestkursus.runmails;

import static org.assertj.core.api.Assertions.assertThat;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.Role;
import dk.attestkursus.security.demo.DemoAccounts;
import dk.attestkursus.testsupport.Fixtures;
import dk.attestkursus.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mail plan's personal data (issue 25): who moved a wave's send time. The export of one instructor
 * names their moves only; erasing keeps the row as the tombstone's (an actor); nothing expires.
 */
@IntegrationTest
class RunMailsPersonalDataIT {

    @Autowired
    RunMailsPersonalData personalData;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private CourseRunId moved(String by, String mailKey) {
        CourseRunId run = fixtures.run("Privatliv", Instant.now());
        jdbc.update(
                """
                insert into run_mail_plan (course_run_id, mail_key, send_at, changed_by, municipality_id)
                values (?, ?, ?, ?, ?)""",
                run.value(),
                mailKey,
                Timestamp.from(Instant.now()),
                fixtures.id(by),
                DemoAccounts.FIRST_MUNICIPALITY.value());
        return run;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return fixtures.as("admin", () -> new TransactionTemplate(transactions).execute(s -> work.get()));
    }

    @Test
    void the_export_names_the_persons_moves_only_and_erasing_keeps_them_as_the_tombstones() {
        String ida = fixtures.account("ida", Role.INSTRUCTOR);
        String ib = fixtures.account("ib", Role.INSTRUCTOR);
        CourseRunId idasRun = moved(ida, "introduktion");
        CourseRunId ibsRun = moved(ib, "paamindelse");
        long id = fixtures.id(ida);

        FeatureExport export = fixtures.as("admin", () -> personalData.export(new AccountId(id)));

        assertThat(export.data().get("movedMails")).hasSize(1);
        String json = JsonMapper.builder().build().writeValueAsString(export.data());
        assertThat(json)
                .contains("introduktion", String.valueOf(idasRun.value()))
                .doesNotContain("paamindelse");

        inTransaction(() -> {
            personalData.erase(new AccountId(id));
            return null;
        });
        assertThat(jdbc.queryForObject(
                        "select changed_by from run_mail_plan where course_run_id = ?", Long.class, idasRun.value()))
                .isEqualTo(id);
        assertThat(jdbc.queryForObject(
                        "select count(*) from run_mail_plan where course_run_id = ?", Integer.class, ibsRun.value()))
                .isEqualTo(1);
        assertThat(inTransaction(() -> personalData.retention(Instant.now(), false)))
                .isZero();
    }
}
