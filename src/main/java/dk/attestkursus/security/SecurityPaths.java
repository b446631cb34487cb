package dk.attestkursus.security;

/** The address of the login page: the route its view names and the one Spring Security sends to (decision 019). */
public final class SecurityPaths {

    public static final String LOGIN = "login";

    /** How long a client waits after too many wrong passwords for one name (decision 029). */
    public static final long LOGIN_WAIT_MINUTES = 5;
    /** "Glemt adgangskode?" (the self-service feature's page, open to everyone). */
    public static final String FORGOT = "glemt-adgangskode";
    /** The page a personal link by mail opens, {@code ?token=…} (open to everyone). */
    public static final String CHOOSE_PASSWORD = "adgangskode";

    /** The privacy notice (issue 25, the privacy feature's page, open to everyone); the login page links to it. */
    public static final String PRIVACY_NOTICE = "privatliv";
    /** The accessibility statement (issue 25, open to everyone); the login page links to it. */
    public static final String ACCESSIBILITY_STATEMENT = "tilgaengelighed";

    private SecurityPaths() {}
}
