package dk.attestkursus.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user, carrying the account id so no look-up is needed per request. */
class AccountUserDetails extends User {

    private final CurrentAccount account;

    AccountUserDetails(CurrentAccount account, String passwordHash, boolean enabled, boolean nonLocked) {
        super(
                account.username(),
                passwordHash,
                enabled,
                true,
                true,
                nonLocked,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.account = account;
    }

    CurrentAccount account() {
        return account;
    }
}
