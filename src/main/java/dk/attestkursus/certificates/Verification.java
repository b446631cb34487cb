package dk.attestkursus.certificates;

import java.time.Instant;
import java.time.LocalDate;

/** What the public verification page shows of a valid code: for whom, which course, when. Nothing else. */
public record Verification(String holderName, String courseTitle, LocalDate sessionDate, Instant issuedAt) {}
