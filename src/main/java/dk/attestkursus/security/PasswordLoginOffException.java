package dk.attestkursus.security;

import org.springframework.security.authentication.AccountStatusException;

/** A right password of someone whose municipality logs its staff in through its own provider only. */
class PasswordLoginOffException extends AccountStatusException {

    PasswordLoginOffException() {
        super("The municipality has turned local passwords off");
    }
}
