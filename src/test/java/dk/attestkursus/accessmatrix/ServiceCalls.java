package dk.attestkursus.accessmatrix;

import com.vaadin.flow.shared.Registration;
import dk.attestkursus.kernel.RefusalException;
import dk.attestkursus.learning.UnknownContentException;
import dk.attestkursus.security.UnknownAccountException;
import dk.attestkursus.testsupport.ServiceMethods;
import dk.attestkursus.testsupport.ServiceMethods.Call;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls a service method as a subject, with arguments that point at the caseworker's objects, and says
 * what came of it. Each call runs in a transaction that is rolled back, so what one call writes (a
 * withdrawn place, a deleted team) is gone before the next. Methods that open a transaction of their own
 * keep what they write, as they would for the subject: for the matrix's own run and people (a certificate,
 * the programme's copy, a reset link and its mail), and "log out everywhere" of the demo's platform
 * administrator and coordinator (their sessions from before the call end).
 */
final class ServiceCalls {

    /** What a call came to. */
    enum Outcome {
        /** Refused by the role check: {@code AccessDeniedException}. */
        DENIED,
        /** The application's refusal, or nothing found: a {@code RefusalException}, an unknown id. */
        REFUSED,
        /** An answer that shows nothing: empty, zero, false, none. */
        EMPTY,
        /** An answer (or, for a method without one, done) without anything of the caseworker's. */
        ANSWERED,
        /** An answer holding the caseworker's marker: their name, run, team or words. */
        MARKED,
        /** Any other failure (a made-up argument the method could not use). */
        FAILED
    }

    record Result(Outcome outcome, String detail) {

        @Override
        public String toString() {
            return outcome.name().toLowerCase(Locale.ROOT) + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    private final World world;
    private final ServiceMethods.Arguments arguments;
    private final TransactionTemplate rolledBack;

    ServiceCalls(World world, PlatformTransactionManager transactions) {
        this.world = world;
        this.arguments = new ServiceMethods.Arguments(world.ids::get, world.byName);
        this.rolledBack = new TransactionTemplate(transactions);
    }

    /**
     * The call as the subject, in a transaction begun as them (their municipality) and rolled back; a method
     * that chooses a municipality itself (decision 020: only outside a transaction) is called again without
     * one, and keeps what it writes.
     */
    Result call(Subject subject, Call call) {
        Result result = world.as(
                subject,
                () -> rolledBack.execute(status -> {
                    status.setRollbackOnly();
                    return invoke(call);
                }));
        if (result.outcome() == Outcome.FAILED && result.detail().contains(CHOOSES_ITS_MUNICIPALITY)) {
            return world.as(subject, () -> invoke(call));
        }
        return result;
    }

    /** What {@code MunicipalScope} says when a municipality is chosen inside a transaction. */
    private static final String CHOOSES_ITS_MUNICIPALITY = "chosen before the transaction starts";

    private Result invoke(Call call) {
        Object result;
        try {
            result = call.invoke(arguments.of(call.method()));
        } catch (AccessDeniedException | AuthenticationException e) {
            return new Result(Outcome.DENIED, "");
        } catch (RefusalException
                | NoSuchElementException
                | UnknownAccountException
                | UnknownContentException
                | EmptyResultDataAccessException
                | IllegalTransactionStateException
                | IllegalArgumentException e) {
            return new Result(Outcome.REFUSED, e.getClass().getSimpleName());
        } catch (Throwable e) {
            return new Result(
                    Outcome.FAILED, String.valueOf(e).lines().findFirst().orElse(""));
        }
        if (result instanceof Registration registration) {
            registration.remove();
        }
        return new Result(outcome(call, result), "");
    }

    private Outcome outcome(Call call, @Nullable Object result) {
        if (call.method().getReturnType() == void.class) {
            return Outcome.ANSWERED;
        }
        if (ServiceMethods.revealsNothing(result)) {
            return Outcome.EMPTY;
        }
        return String.valueOf(result).contains(world.marker) ? Outcome.MARKED : Outcome.ANSWERED;
    }
}
