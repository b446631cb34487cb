package dk.attestkursus.results;

/** The addresses of the results pages, for routes and other features' links. */
public final class ResultsPaths {

    /** The dashboard; {@code ?team=<leader id>&hold=<run id>} narrow it. */
    public static final String DASHBOARD = "leder/resultater";

    private ResultsPaths() {}
}
