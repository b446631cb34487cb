package dk.attestkursus.results;

import dk.attestkursus.base.ui.StartPages;

/** The addresses of the results pages, for routes and other features' links. */
public final class ResultsPaths {

    /** The dashboard; {@code ?team=<leader id>&hold=<run id>} narrow it. */
    public static final String DASHBOARD = "leder/resultater";

    /** The national view across municipalities: the national coordinator's start page (issue 21). */
    public static final String NATIONAL = StartPages.COORDINATOR;

    private ResultsPaths() {}
}
