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

    private AdminPaths() {}
}
