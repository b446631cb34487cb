package dk.attestkursus.transfer;

import dk.attestkursus.kernel.RefusalException;
import java.util.Map;

/**
 * Input that cannot be stored as it is: translation keys by field ("0.change", "1.when", "open",
 * "statement.<key>", ...). The refused text is never put in the message.
 */
public class TransferValidationException extends RefusalException {

    private final Map<String, String> errors;

    public TransferValidationException(Map<String, String> errors) {
        super("Refused fields: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
