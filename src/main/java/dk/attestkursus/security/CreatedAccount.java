package dk.attestkursus.security;

/**
 * A new account and its first password, shown once to the administrator who hands it over.
 * Only the hash is stored.
 */
public record CreatedAccount(AccountSummary account, String initialPassword) {}
