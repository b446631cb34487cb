package dk.attestkursus.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user, carrying the account id so no look-up is needed per request. */
class AccountUserDetails extends User {

    private final CurrentAccount account;
    private final boolean passwordLogin;

    AccountUserDetails(CurrentAccount account, String passwordHash, boolean enabled, boolean nonLocked) {
        this(account, passwordHash, enabled, nonLocked, true);
    }

    /**
     * @param passwordLogin false when the account's municipality has turned local passwords off for its
     *     staff (issue 22): the password may be right, but the login goes through the municipality's provider
     */
    AccountUserDetails(
            CurrentAccount account, String passwordHash, boolean enabled, boolean nonLocked, boolean passwordLogin) {
        super(
                account.username(),
                passwordHash,
                enabled,
                true,
                true,
                nonLocked,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.account = account;
        this.passwordLogin = passwordLogin;
    }

    boolean passwordLogin() {
        return passwordLogin;
    }

    CurrentAccount account() {
        return account;
    }
}
