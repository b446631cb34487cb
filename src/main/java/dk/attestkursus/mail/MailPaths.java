package dk.attestkursus.mail;

/**
 * The addresses of the mail pages: each constant is the route its view names (decision 019).
 * Views are package-private; other features link with these.
 */
public final class MailPaths {

    /** The administrators' mail log. */
    public static final String LOG = "admin/mails";

    private MailPaths() {}
}
