package dk.attestkursus.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at its database before anything connects.
 *
 * <p>H2 (default): one in-memory database per JVM. PostgreSQL ({@code -Dattestkursus.test.database=postgres}):
 * the server on 127.0.0.1:5432 is shared by every run on the machine and keeps what earlier runs left,
 * so each JVM gets a random schema that Flyway creates and a shutdown hook drops. Contexts that must
 * not see the shared data set {@code attestkursus.test.fresh-database=true} and get their own.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "attestkursus.test.database";
    static final String PG_URL =
            System.getProperty("attestkursus.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("attestkursus.test.postgres-user", "postgres");

    private static final String SHARED_NAME = newName();

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        boolean fresh =
                Boolean.parseBoolean(context.getEnvironment().getProperty("attestkursus.test.fresh-database", "false"));
        String name = fresh ? newName() : SHARED_NAME;
        Map<String, Object> props = new HashMap<>();
        if (postgres()) {
            props.put("spring.datasource.url", PG_URL + "?currentSchema=" + name);
            props.put("spring.datasource.username", PG_USER);
            props.put("spring.datasource.password", "");
            props.put("spring.flyway.schemas", name);
            props.put("spring.flyway.create-schemas", "true");
            dropAtExit(name);
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", props));
    }

    private static String newName() {
        return "it_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /** Drops a PostgreSQL schema a test made for itself. */
    public static void dropNow(String schema) {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    private static final Set<String> DROPPED_AT_EXIT = ConcurrentHashMap.newKeySet();

    private static void dropAtExit(String schema) {
        if (!DROPPED_AT_EXIT.add(schema)) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropNow(schema), "drop-" + schema));
    }
}
