package dk.attestkursus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded database takes writes on connections other than the one that migrated it.
 *
 * <p>H2 2.4.240 tied a check constraint of the form {@code x in ('A', 'B')} to the session that
 * created it: once Hikari retired the connection Flyway had migrated through (after
 * {@code maxLifetime}, 30 minutes), every write evaluating such a constraint failed with "The
 * database has been closed" and logins failed with HTTP 500 (issue 18,
 * {@code docs/decisions/013-h2-version.md}). Here the migrating connection is closed at once, then
 * every table with a check constraint is written to (insert and update) on a new connection. Run
 * with {@code -Dh2.version=2.4.240} to see it fail.
 */
class H2ConstraintsAfterMigrationTest {

    private static final String FIXTURE = "/db/one-row-per-checked-table.sql";

    @Test
    void every_table_with_a_check_constraint_takes_writes_after_the_migrating_connection_is_closed()
            throws SQLException, IOException {
        String url = "jdbc:h2:mem:constraints_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        // Flyway opens its own connection to migrate and closes it when done.
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(sessions(connection))
                    .as("only this connection is open: Flyway's is closed")
                    .isEqualTo(1);
            Map<String, List<String>> checked = checkConstraintsByTable(connection);
            assertThat(checked)
                    .as("check constraints in the migrations")
                    .hasSizeGreaterThanOrEqualTo(15)
                    .containsKeys("ACCOUNT", "ENROLMENT", "LIVE_POLL", "REQUEST_DRAFT", "MAIL_MESSAGE");

            try (Statement statement = connection.createStatement()) {
                for (String insert : statements(FIXTURE)) {
                    statement.executeUpdate(insert);
                }
                List<String> updated = new ArrayList<>();
                for (String table : checked.keySet()) {
                    assertThat(count(statement, table))
                            .as("a row in " + table + " (add one to " + FIXTURE + ")")
                            .isPositive();
                    // Rewriting every column that a check names evaluates the constraints again on this session.
                    String column = firstCheckedColumn(connection, table);
                    statement.executeUpdate("update " + table + " set " + column + " = " + column);
                    updated.add(table);
                }
                assertThat(updated).containsExactlyInAnyOrderElementsOf(checked.keySet());
            }
        }
    }

    private static int sessions(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from information_schema.sessions")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Map<String, List<String>> checkConstraintsByTable(Connection connection) throws SQLException {
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                select table_name, constraint_name from information_schema.table_constraints
                where constraint_type = 'CHECK' and table_schema = 'PUBLIC' order by table_name, constraint_name""")) {
            while (rs.next()) {
                byTable.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return byTable;
    }

    private static String firstCheckedColumn(Connection connection, String table) throws SQLException {
        try (var s = connection.prepareStatement("""
                select u.column_name from information_schema.check_constraints c
                join information_schema.constraint_column_usage u
                  on u.constraint_name = c.constraint_name and u.constraint_schema = c.constraint_schema
                where u.table_name = ? and u.table_schema = 'PUBLIC' order by c.constraint_name, u.column_name""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no column named by the check constraints of " + table);
                }
                return rs.getString(1);
            }
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The fixture's statements: split at semicolons that end a line, comment lines left out. */
    private static List<String> statements(String resource) throws IOException {
        try (InputStream in = H2ConstraintsAfterMigrationTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\\R")) {
                if (line.strip().startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String sql = current.toString().strip();
                    statements.add(sql.substring(0, sql.length() - 1));
                    current.setLength(0);
                }
            }
            return statements;
        }
    }
}
