package dk.attestkursus.security;

/** What a personal link by mail is for (issue 22). */
public enum LinkPurpose {
    /** A new account's first password: valid 7 days (configurable). */
    INVITATION,
    /** A forgotten password: valid one hour. */
    RESET
}
