package dk.attestkursus.privacy;

import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.privacy.domain.AccessLogEntry;
import dk.attestkursus.privacy.domain.AccessLogRepository;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.UnknownAccountException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log (issue 25): who opened, exported or erased whose personal data. A row holds the actor,
 * the person, the kind and a short reference without any text of theirs (e.g. "anmodning 12"), and is
 * kept two years ({@link RetentionJob} deletes older rows). A municipality's administrator reads their
 * municipality's rows; the platform administrator the platform's own (its accounts' exports and erasures).
 */
@Service
public class AccessLog {

    /** The longest reference: an id and a word, never a text a person wrote. */
    public static final int MAX_REFERENCE = 200;

    /** How many rows the administrator's page shows at most, newest first. */
    public static final int SHOWN = 500;

    /** An administrator of a municipality or of the platform. */
    static final String HAS_ADMINISTRATOR = "hasAnyRole('ADMIN', 'PLATFORM_ADMIN')";

    private final AccessLogRepository entries;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final MunicipalScope scope;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    AccessLog(
            AccessLogRepository entries,
            CurrentUser currentUser,
            AccountService accounts,
            MunicipalScope scope,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.scope = scope;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One row as the administrator reads it; a null actor is the platform itself, a null person a group. */
    public record Entry(
            Instant at,
            @Nullable AccountId actor,
            @Nullable String actorName,
            @Nullable AccountId subject,
            @Nullable String subjectName,
            AccessKind kind,
            String reference) {}

    /** Someone the log names, as actor or as person, for the page's filter. */
    public record Person(AccountId id, String name) {}

    /**
     * Records that the logged-in person (or the system) did {@code kind} to {@code subject}'s data, in the
     * caller's transaction, or in a new one when the caller only reads (a read-only transaction writes
     * nothing, and opening someone's data is logged all the same). {@code subject} is null for figures
     * about a group; a subject the caller's municipality does not have is refused as not found.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void record(@Nullable AccountId subject, AccessKind kind, String reference) {
        if (reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("An access log reference is short and holds no text");
        }
        if (subject != null && !accounts.displayNames(List.of(subject)).containsKey(subject)) {
            // only about a person of the caller's own municipality: never a row naming another's id
            throw new UnknownAccountException(subject);
        }
        Long actor = currentUser.get().map(a -> a.id().value()).orElse(null);
        AccessLogEntry entry = new AccessLogEntry(
                actor, subject == null ? null : subject.value(), kind.name(), reference, clock.instant());
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            newTransaction.executeWithoutResult(s -> entries.save(entry));
        } else {
            entries.save(entry);
        }
    }

    /**
     * The newest rows (at most {@link #SHOWN}) of the administrator's municipality, or of the platform's own
     * for the platform administrator; only those by or about {@code person} when it is given.
     */
    @PreAuthorize(HAS_ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<Entry> newest(@Nullable AccountId person) {
        long municipality = ownMunicipality().value();
        List<AccessLogEntry> rows = person == null
                ? entries.newestInMunicipality(municipality, Limit.of(SHOWN))
                : entries.newestInMunicipalityFor(municipality, person.value(), Limit.of(SHOWN));
        Set<AccountId> named = new HashSet<>();
        for (AccessLogEntry row : rows) {
            if (row.getActorId() != null) {
                named.add(new AccountId(row.getActorId()));
            }
            if (row.getSubjectId() != null) {
                named.add(new AccountId(row.getSubjectId()));
            }
        }
        Map<AccountId, String> names = accounts.displayNames(named);
        return rows.stream()
                .map(row -> {
                    AccountId actor = row.getActorId() == null ? null : new AccountId(row.getActorId());
                    AccountId subject = row.getSubjectId() == null ? null : new AccountId(row.getSubjectId());
                    return new Entry(
                            row.getAt(),
                            actor,
                            actor == null ? null : names.get(actor),
                            subject,
                            subject == null ? null : names.get(subject),
                            AccessKind.valueOf(row.getKind()),
                            row.getReference());
                })
                .toList();
    }

    /** Everyone the administrator's log names, as actor or as person, by name: the page's filter. */
    @PreAuthorize(HAS_ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<Person> people() {
        long municipality = ownMunicipality().value();
        Set<AccountId> ids = new HashSet<>();
        Stream.concat(
                        entries.actorsInMunicipality(municipality).stream(),
                        entries.subjectsInMunicipality(municipality).stream())
                .forEach(id -> ids.add(new AccountId(id)));
        return accounts.displayNames(ids).entrySet().stream()
                .map(e -> new Person(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(p -> p.id().value()))
                .toList();
    }

    /**
     * The municipality whose log the administrator reads: their own, or the platform's for the platform
     * administrator, whose session otherwise sees every municipality's rows.
     */
    private MunicipalityId ownMunicipality() {
        return scope.current().orElse(MunicipalityId.PLATFORM);
    }
}
