package dk.attestkursus.practice;

/** The addresses of the practice pages (decision 019): each constant is the route its view names. */
public final class PracticePaths {

    /** Answering a practice question from a mail's link ({@code ?token=...&svar=...}), without logging in. */
    public static final String ANSWER = "oevelse";
    /** Unsubscribing from the practice mails from a mail's link ({@code ?token=...}). */
    public static final String UNSUBSCRIBE = "oevelse/afmeld";

    private PracticePaths() {}
}
