package dk.attestkursus.security;

/** The logged-in person, as views and services need them. */
public record CurrentAccount(AccountId id, String username, String displayName, Role role) {}
