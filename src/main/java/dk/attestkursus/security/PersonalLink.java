package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import java.time.Instant;

/**
 * A personal link just made, for the mail that carries it: the token exists only here, in memory; the
 * database keeps its hash (issue 22).
 *
 * @param ownLoginOnly the account's municipality logs its staff in through its own provider only (decision
 *     023): the mail then tells the way in through the login page and carries no link to a password
 */
public record PersonalLink(
        AccountSummary account,
        MunicipalityId municipality,
        LinkPurpose purpose,
        String token,
        Instant expiresAt,
        boolean ownLoginOnly) {

    @Override
    public String toString() {
        return "PersonalLink[" + account.id() + ", " + purpose + ", expires " + expiresAt + "]";
    }
}
