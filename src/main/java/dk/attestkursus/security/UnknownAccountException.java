package dk.attestkursus.security;

/** An account id that does not exist. */
public class UnknownAccountException extends RuntimeException {

    public UnknownAccountException(AccountId id) {
        super("No account with id " + id.value());
    }
}
