package dk.attestkursus.municipalities;

import dk.attestkursus.kernel.RefusalException;
import java.util.Map;

/**
 * A municipality that cannot be created or deleted as asked: field errors by field name ({@code name},
 * or the first administrator's {@code displayName}, {@code username}, {@code email}) with translation
 * keys, or for a deletion what the municipality still has.
 */
public class MunicipalityRefusedException extends RefusalException {

    private final Map<String, String> fieldErrors;
    private final long peopleLeft;
    private final long runsLeft;

    MunicipalityRefusedException(Map<String, String> fieldErrors) {
        super("Municipality refused: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.peopleLeft = 0;
        this.runsLeft = 0;
    }

    /** Why a municipality cannot go. */
    public enum Reason {
        NOT_EMPTY
    }

    MunicipalityRefusedException(long peopleLeft, long runsLeft) {
        super("municipality.refused.", Reason.NOT_EMPTY, peopleLeft + " people and " + runsLeft + " runs left");
        this.fieldErrors = Map.of();
        this.peopleLeft = peopleLeft;
        this.runsLeft = runsLeft;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** For a refused deletion: accounts left in the municipality. */
    public long peopleLeft() {
        return peopleLeft;
    }

    /** For a refused deletion: course runs left in the municipality. */
    public long runsLeft() {
        return runsLeft;
    }
}
