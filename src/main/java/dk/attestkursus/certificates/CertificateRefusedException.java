package dk.attestkursus.certificates;

import dk.attestkursus.kernel.RefusalException;

/** A certificate request refused, with the reason ({@code certificates.error.<reason>} in the translations). */
public class CertificateRefusedException extends RefusalException {

    public enum Reason {
        /** Nobody in the run has both attended and completed every module yet. */
        NONE_READY,
        /** The person has no certificate of the run to withdraw. */
        NOT_ISSUED,
        /** The certificate has been withdrawn already. */
        ALREADY_WITHDRAWN,
        /** A withdrawal needs a reason (at most 500 characters, no CPR number). */
        REASON,
        /** A reissue needs a reason (at most 500 characters, no CPR number). */
        REISSUE_REASON,
        /** One client address looked up more codes than {@link CertificateService#LOOKUPS_PER_CLIENT} in ten minutes. */
        TOO_MANY_LOOKUPS
    }

    private final Reason reason;

    public CertificateRefusedException(Reason reason, String detail) {
        super("certificates.error.", reason, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
