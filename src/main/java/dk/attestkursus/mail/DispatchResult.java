package dk.attestkursus.mail;

/** What a send wave did: sent, put back for a retry, failed for good; {@code skipped}: another instance was sending. */
public record DispatchResult(int sent, int retried, int failed, boolean skipped) {

    public static final DispatchResult SKIPPED = new DispatchResult(0, 0, 0, true);
}
