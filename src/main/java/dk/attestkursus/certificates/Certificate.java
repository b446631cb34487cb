package dk.attestkursus.certificates;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A course certificate as issued: holder, course, run and session date, the instructors as printed
 * (e.g. "Peter Praksiskonsulent (praksiskonsulent)"), when it was issued, its code and the address
 * where anyone can check it.
 */
public record Certificate(
        String code,
        String holderName,
        String courseTitle,
        String runName,
        LocalDate sessionDate,
        String instructors,
        Instant issuedAt,
        String verificationAddress) {

    /** The code as printed, in two groups of five. */
    public String printedCode() {
        return CertificateCodes.printed(code);
    }
}
