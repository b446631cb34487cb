package dk.attestkursus.privacy;

import static dk.attestkursus.privacy.PersonalColumn.Erasure.ACTOR;
import static dk.attestkursus.privacy.PersonalColumn.Erasure.ANONYMOUS;

import dk.attestkursus.privacy.domain.AccessLogEntry;
import dk.attestkursus.privacy.domain.AccessLogRepository;
import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The access log's part: who opened, exported or erased the person's data (art. 15 names the recipients),
 * and what the person opened of others' (without whose). Both kinds of rows stay on erasure, referring
 * to the tombstone: the log is the controller's proof and holds no texts.
 */
@Component
class AccessLogData implements PersonalData {

    static final String KEY = "accesslog";

    private final AccessLogRepository entries;

    AccessLogData(AccessLogRepository entries) {
        this.entries = entries;
    }

    /** An access to the person's data: what kind, the reference, when. */
    record AccessToMe(String kind, String reference, Instant at) {}

    /** What the person opened: what kind and when, not whose. */
    record MyAccess(String kind, Instant at) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("access_log", "subject_id", ANONYMOUS),
                PersonalColumn.of("access_log", "actor_id", ACTOR));
    }

    @Override
    public FeatureExport export(AccountId person) {
        List<AccessToMe> toMe = entries.findBySubjectIdOrderByAtDesc(person.value()).stream()
                .map(e -> new AccessToMe(e.getKind(), e.getReference(), e.getAt()))
                .toList();
        List<MyAccess> mine = entries.findByActorIdOrderByAtDesc(person.value()).stream()
                .filter(e -> e.getSubjectId() == null || e.getSubjectId() != person.value())
                .map((AccessLogEntry e) -> new MyAccess(e.getKind(), e.getAt()))
                .toList();
        return FeatureExport.of(Map.of("accessesToMyData", toMe, "myAccesses", mine));
    }

    @Override
    public void erase(AccountId person) {
        // kept: the rows refer to the tombstone and hold no texts (decision 030)
    }
}
