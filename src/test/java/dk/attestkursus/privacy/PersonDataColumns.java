package dk.attestkursus.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The columns of the migrated schema that refer to a person, found by their names: an account id
 * ({@code account_id}, {@code *_account_id}, {@code leader_id}, {@code actor_id}, {@code subject_id},
 * {@code active_participant}, {@code *_by}) or a copy of a name or e-mail ({@code *_name} of a person,
 * {@code email}, {@code *_email}, {@code username}, {@code note_taker}, {@code owner}, {@code sso_subject}).
 */
final class PersonDataColumns {

    static final Pattern PERSON_ID = Pattern.compile(
            "account_id|.+_account_id|leader_id|.+_leader_id|actor_id|subject_id|active_participant|.+_by");

    static final Pattern PERSON_TEXT =
            Pattern.compile("display_name|holder_name|guest_name|email|.+_email|username|note_taker|owner|sso_subject");

    /** Tables that hold no person's data of their own: Flyway's history, the event registry's copies. */
    static final Set<String> TOOLS = Set.of("flyway_schema_history", "event_publication");

    private PersonDataColumns() {}

    /** {@code table.column} of every person column, in lower case. */
    static Set<String> find(DataSource dataSource) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (TOOLS.contains(table)) {
                        continue;
                    }
                    if (PERSON_ID.matcher(column).matches()
                            || PERSON_TEXT.matcher(column).matches()) {
                        found.add(table + "." + column);
                    }
                }
            }
        }
        return found;
    }

    static boolean isPersonId(String column) {
        return PERSON_ID.matcher(column).matches();
    }
}
