package dk.attestkursus.privacy;

import dk.attestkursus.privacy.domain.AccessLogEntry;
import dk.attestkursus.privacy.domain.AccessLogRepository;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.CurrentUser;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log (issue 25): who opened, exported or erased whose personal data. A row holds the actor,
 * the person, the kind and a short reference without any text of theirs (e.g. "anmodning 12"), and is
 * kept two years.
 */
@Service
public class AccessLog {

    /** The longest reference: an id and a word, never a text a person wrote. */
    public static final int MAX_REFERENCE = 200;

    private final AccessLogRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccessLog(AccessLogRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that the logged-in person (or the system) did {@code kind} to {@code subject}'s data, in the
     * caller's transaction or a new one. {@code subject} is null for figures about a group.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void record(@Nullable AccountId subject, AccessKind kind, String reference) {
        if (reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("An access log reference is short and holds no text");
        }
        Long actor = currentUser.get().map(a -> a.id().value()).orElse(null);
        entries.save(new AccessLogEntry(
                actor, subject == null ? null : subject.value(), kind.name(), reference, clock.instant()));
    }
}
