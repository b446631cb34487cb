package dk.attestkursus.privacy;

import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.domain.AccessLogRepository;
import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The access log's own part of a person's data (issue 25). Its rows are the platform's accountability
 * (art. 5(2)): erasing a person keeps them, referring to the tombstone, which has no name. The export says
 * when the person's data was opened, exported or erased (what kind and the reference, not by whom), and when
 * the person opened someone's data themselves (what kind only, not whose). Rows older than two years go with
 * {@link RetentionJob}, not through {@link #retention}.
 */
@Component
class AccessLogData implements PersonalData {

    static final String KEY = "accesslog";

    private final AccessLogRepository entries;

    AccessLogData(AccessLogRepository entries) {
        this.entries = entries;
    }

    /** A row about the person: when, what kind of access, the text-free reference. */
    record Access(Instant at, String kind, String reference) {}

    /** A row of the person's own doing: when and what kind, not whose data it was. */
    record OwnAccess(Instant at, String kind) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("access_log", "subject_id", Erasure.ANONYMOUS),
                PersonalColumn.of("access_log", "actor_id", Erasure.ACTOR));
    }

    @Override
    public FeatureExport export(AccountId person) {
        Map<String, List<?>> data = new LinkedHashMap<>();
        data.put(
                "accessToMyData",
                entries.findBySubjectIdOrderByAtDesc(person.value()).stream()
                        .map(e -> new Access(e.getAt(), e.getKind(), e.getReference()))
                        .toList());
        // What the person opened: when and what kind only, never whose data it was or which.
        data.put(
                "myAccess",
                entries.findByActorIdOrderByAtDesc(person.value()).stream()
                        .map(e -> new OwnAccess(e.getAt(), e.getKind()))
                        .toList());
        return FeatureExport.of(data);
    }

    @Override
    public void erase(AccountId person) {
        // Kept: the rows refer to the tombstone, which has no name, e-mail or user name (columns()).
    }
}
