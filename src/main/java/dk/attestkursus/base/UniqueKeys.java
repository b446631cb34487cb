package dk.attestkursus.base;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells a write that lost a race to a unique key (the same row written at the same moment in
 * another window or instance) from every other failed write.
 *
 * <p>Services turn a lost race into a refusal the user understands ("already answered", "changed in
 * another window"). Any other integrity failure (a check constraint, a closed connection that a
 * driver reports as a constraint failure) is a fault and must stay one: reported as a conflict, it
 * once told users to reload a page and lose their text while every save failed (issue 18).
 */
public final class UniqueKeys {

    /** SQLSTATE of a unique violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {}

    /** Whether the failure is a unique key that another write took first. */
    public static boolean lostRace(DataIntegrityViolationException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Rethrows the failure unless it is a lost race (then the caller refuses as it should). */
    public static void rethrowUnlessLostRace(DataIntegrityViolationException failure) {
        if (!lostRace(failure)) {
            throw failure;
        }
    }
}
