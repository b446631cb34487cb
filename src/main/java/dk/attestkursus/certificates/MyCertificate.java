package dk.attestkursus.certificates;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The caseworker's certificate, or what is still missing for it: a place on a run, attendance at the
 * live session, the modules not completed yet.
 *
 * @param runName         the run they have a place in (or attended), null when they have none
 * @param attended        whether their attendance at a run's session is recorded
 * @param unfinished      the modules not completed yet, in course order
 * @param certificate     the certificate, once attendance and every module are done
 * @param withdrawn       the certificate was withdrawn by an administrator: when and why (then no certificate)
 */
public record MyCertificate(
        @Nullable String runName,
        boolean attended,
        List<UnfinishedModule> unfinished,
        @Nullable Certificate certificate,
        @Nullable Withdrawn withdrawn) {

    public MyCertificate {
        unfinished = List.copyOf(unfinished);
    }

    public Optional<Certificate> issued() {
        return Optional.ofNullable(certificate);
    }

    public Optional<String> run() {
        return Optional.ofNullable(runName);
    }

    /** A withdrawn certificate as its holder is told: its code, when, and the administrator's reason. */
    public record Withdrawn(String code, Instant at, String reason) {}

    /** A module still to complete: its key (for the link) and title. */
    public record UnfinishedModule(String key, String title) {}
}
