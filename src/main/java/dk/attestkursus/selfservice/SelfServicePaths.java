package dk.attestkursus.selfservice;

import dk.attestkursus.security.SecurityPaths;

/** The addresses of the self-service pages: each constant is the route its view names (decision 019). */
public final class SelfServicePaths {

    /** The page a personal link opens: choose a password (an invitation or a reset). */
    public static final String CHOOSE_PASSWORD = SecurityPaths.CHOOSE_PASSWORD;
    /** "Glemt adgangskode?": ask for a reset link. */
    public static final String FORGOT = SecurityPaths.FORGOT;
    /** The logged-in user's own account. */
    public static final String MY_ACCOUNT = "min-konto";
    /** Who of a run has activated their account, with "send again". */
    public static final String RUN_ACCOUNTS = "underviser/hold/:runId(\\d+)/konti";

    private SelfServicePaths() {}

    public static String runAccounts(long runId) {
        return "underviser/hold/" + runId + "/konti";
    }
}
