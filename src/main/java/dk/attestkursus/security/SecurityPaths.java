package dk.attestkursus.security;

/** The address of the login page: the route its view names and the one Spring Security sends to (decision 019). */
public final class SecurityPaths {

    public static final String LOGIN = "login";

    private SecurityPaths() {}
}
