package dk.attestkursus.admin;

import dk.attestkursus.base.ui.StartPages;

/**
 * The addresses of the administrator's pages: each constant is the route its view names (decision
 * 019). Views are package-private.
 */
public final class AdminPaths {

    /** The administrator's start page. */
    public static final String HOME = StartPages.ADMIN;
    /** Accounts: create, edit, lock and unlock. */
    public static final String ACCOUNTS = "admin/konti";
    /** Teams: a municipality's named teams, their leaders and members. */
    public static final String TEAMS = "admin/teams";
    /** The municipality's own login (single sign-on through its OpenID Connect provider). */
    public static final String SINGLE_SIGN_ON = "admin/kommunens-login";

    private AdminPaths() {}
}
