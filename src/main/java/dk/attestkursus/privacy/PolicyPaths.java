package dk.attestkursus.privacy;

import dk.attestkursus.security.SecurityPaths;

/**
 * The addresses of the platform's texts about itself (issue 25): each constant is the route its view
 * names (decision 019). The two public ones are {@link SecurityPaths}'s, as the login page links to them.
 */
public final class PolicyPaths {

    /** The privacy notice (privatlivspolitik), open to everyone. */
    public static final String PRIVACY_NOTICE = SecurityPaths.PRIVACY_NOTICE;
    /** The accessibility statement (tilgængelighedserklæring), open to everyone. */
    public static final String ACCESSIBILITY_STATEMENT = SecurityPaths.ACCESSIBILITY_STATEMENT;
    /** The record of processing the platform keeps as processor (GDPR art. 30(2)), for administrators. */
    public static final String PROCESSING_RECORD = "admin/fortegnelse";

    private PolicyPaths() {}
}
