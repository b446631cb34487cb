package dk.attestkursus.base;

import com.zaxxer.hikari.HikariDataSource;
import dk.attestkursus.security.MunicipalScope;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only door to SQL on a municipality's tables (docs/decisions/020-municipal-ownership.md): what
 * Hibernate's {@code @TenantId} does for entities, done for the stores that write SQL themselves.
 *
 * <p>{@link #sql} takes a statement that names the parameter {@code :municipality} (in its where
 * clause, or as the value of {@code municipality_id} in an insert) and binds it to the municipality of
 * the work on this thread; a statement without it, or a thread in no municipality, is refused before
 * anything runs. {@link #acrossMunicipalities} is for the platform's own work only (sending every
 * municipality's queued mails, the national view) and is refused in any municipality's session.
 * {@code OwnershipTest} fails when a class other than this one uses JDBC.
 *
 * <p>It is also the door to PostgreSQL's {@code LISTEN/NOTIFY}, the signal between instances
 * ({@link ClusterSignals}, decision 031): statements that touch no table.
 */
@Component
public class MunicipalJdbc {

    private static final Pattern NAMES_MUNICIPALITY = Pattern.compile(":municipality\\b");
    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9_]{1,63}");

    private final JdbcClient jdbc;
    private final MunicipalScope scope;
    private final DataSource dataSource;

    MunicipalJdbc(JdbcClient jdbc, MunicipalScope scope, DataSource dataSource) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.dataSource = dataSource;
    }

    /** A statement in the current municipality, with {@code :municipality} bound to it. */
    public JdbcClient.StatementSpec sql(String sql) {
        if (!NAMES_MUNICIPALITY.matcher(sql).find()) {
            throw new IllegalArgumentException("SQL on a municipality's tables must name :municipality: " + sql);
        }
        long municipality = scope.current()
                .orElseThrow(() -> new IllegalStateException(
                        "No municipality on this thread: a platform job chooses one with MunicipalScope.within"))
                .value();
        return jdbc.sql(sql).param("municipality", municipality);
    }

    /** A statement over every municipality: only for the platform's own work (decision 020). */
    public JdbcClient.StatementSpec acrossMunicipalities(String sql) {
        if (!scope.isPlatform()) {
            throw new IllegalStateException("Only the platform's own work reads across municipalities");
        }
        return jdbc.sql(sql);
    }

    /** Whether the database is PostgreSQL, whose {@code LISTEN/NOTIFY} carries signals between instances. */
    public boolean signalsBetweenInstances() {
        try (Connection c = dataSource.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    /**
     * The signal channel of this database schema: instances that share the schema share the channel, and
     * other schemas on the same server (test runs side by side) do not hear them. PostgreSQL only.
     */
    public String signalChannel() {
        String schema = jdbc.sql("select current_schema()").query(String.class).single();
        String channel = ("attestkursus_" + schema).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return channel.length() > 63 ? channel.substring(0, 63) : channel;
    }

    /** Sends {@code payload} to every connection listening on {@code channel} (PostgreSQL's NOTIFY, at once). */
    public void signal(String channel, String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", requireChannel(channel))
                .param("payload", payload)
                .query()
                .listOfRows();
    }

    /**
     * A connection of its own that listens on {@code channel}, outside the pool (it is held for as long
     * as the instance runs). The caller closes it.
     */
    public SignalListener listen(String channel) throws SQLException {
        Connection connection = dataSource instanceof HikariDataSource pool
                ? DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())
                : dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("LISTEN " + requireChannel(channel));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return new SignalListener(connection);
    }

    private static String requireChannel(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a signal channel: " + channel);
        }
        return channel;
    }

    /** A connection listening for signals; {@link #await} returns what arrived. */
    public static final class SignalListener implements AutoCloseable {

        private final Connection connection;
        private final PGConnection postgres;

        private SignalListener(Connection connection) throws SQLException {
            this.connection = connection;
            this.postgres = connection.unwrap(PGConnection.class);
        }

        /** The signals' payloads that arrive within {@code millis} (returns as soon as one has). */
        public List<String> await(int millis) throws SQLException {
            PGNotification[] arrived = postgres.getNotifications(millis);
            List<String> payloads = new ArrayList<>();
            if (arrived != null) {
                for (PGNotification n : arrived) {
                    payloads.add(n.getParameter());
                }
            }
            return payloads;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
