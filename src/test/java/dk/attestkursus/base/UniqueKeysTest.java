package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** A lost race to a unique key is told apart from every other integrity failure, with the database's own errors. */
class UniqueKeysTest {

    @Test
    void a_unique_key_taken_first_is_a_lost_race_a_check_constraint_is_not() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:unique_keys_test", "sa", "");
                Statement s = c.createStatement()) {
            s.execute(
                    "create table t (id int primary key, answer varchar(10), constraint t_ck check (answer in ('MYTH', 'FACT')))");
            s.execute("insert into t values (1, 'MYTH')");

            SQLException duplicate = failure(s, "insert into t values (1, 'FACT')");
            SQLException checked = failure(s, "insert into t values (2, 'MAYBE')");

            assertThat(UniqueKeys.lostRace(new DataIntegrityViolationException("dup", duplicate)))
                    .isTrue();
            assertThat(UniqueKeys.lostRace(new DataIntegrityViolationException("check", checked)))
                    .isFalse();
            DataIntegrityViolationException notARace = new DataIntegrityViolationException("check", checked);
            assertThatThrownBy(() -> UniqueKeys.rethrowUnlessLostRace(notARace)).isSameAs(notARace);
            UniqueKeys.rethrowUnlessLostRace(new DataIntegrityViolationException("dup", duplicate));
        }
    }

    @Test
    void a_failure_without_a_database_error_behind_it_is_no_race() {
        assertThat(UniqueKeys.lostRace(new DataIntegrityViolationException("no cause")))
                .isFalse();
    }

    private static SQLException failure(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("expected a failure: " + sql);
    }
}
