package dk.attestkursus.base;

import dk.attestkursus.security.MunicipalScope;
import java.util.regex.Pattern;
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
 */
@Component
public class MunicipalJdbc {

    private static final Pattern NAMES_MUNICIPALITY = Pattern.compile(":municipality\\b");

    private final JdbcClient jdbc;
    private final MunicipalScope scope;

    MunicipalJdbc(JdbcClient jdbc, MunicipalScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
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
}
