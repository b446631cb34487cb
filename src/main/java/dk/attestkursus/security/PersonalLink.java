package dk.attestkursus.security;

import dk.attestkursus.kernel.MunicipalityId;
import java.time.Instant;

/**
 * A personal link just made, for the mail that carries it: the token exists only here, in memory; the
 * database keeps its hash (issue 22).
 */
public record PersonalLink(
        AccountSummary account, MunicipalityId municipality, LinkPurpose purpose, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "PersonalLink[" + account.id() + ", " + purpose + ", expires " + expiresAt + "]";
    }
}
