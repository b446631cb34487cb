package dk.attestkursus.requests;

import dk.attestkursus.kernel.RefusalException;
import java.util.List;
import java.util.Locale;

/**
 * A request that cannot be saved or submitted as it is, with every problem and where it is. The
 * refused text is never stored, logged or put in this exception's message.
 */
public class RequestRefusedException extends RefusalException {

    /**
     * One problem: the translation key {@code requests.error.<kind>} with {@code params}, at a
     * field (and question, 0-based, or -1).
     */
    public record Problem(Kind kind, RequestField field, int question, List<Object> params) {

        public Problem {
            params = List.copyOf(params);
        }

        public String messageKey() {
            return "requests.error." + kind.name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Kind {
        /** A CPR number: the platform is for fictional cases only. Param: the line in the field. */
        CPR,
        /** Longer than the field allows. Params: the limit, the length. */
        TOO_LONG,
        /** More questions than a request may hold. Param: the limit. */
        TOO_MANY_QUESTIONS,
        /** Required to submit. */
        REQUIRED,
        /** Not a form of the catalogue. */
        UNKNOWN_FORM
    }

    private final List<Problem> problems;

    public RequestRefusedException(List<Problem> problems) {
        super(problems.size() + " problem(s): "
                + problems.stream()
                        .map(p -> p.kind() + " at " + p.field() + (p.question() >= 0 ? "[" + p.question() + "]" : ""))
                        .toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
