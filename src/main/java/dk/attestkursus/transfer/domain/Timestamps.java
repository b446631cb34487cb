package dk.attestkursus.transfer.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as the stores write them. */
final class Timestamps {

    private Timestamps() {}

    /** Microseconds, as the databases store them (a rounded-up nanosecond would compare as later). */
    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
