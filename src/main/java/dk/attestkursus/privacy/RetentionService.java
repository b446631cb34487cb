package dk.attestkursus.privacy;

import dk.attestkursus.privacy.domain.AccessLogRepository;
import dk.attestkursus.privacy.domain.JobTurnStore;
import dk.attestkursus.security.MunicipalScope;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the administrator's page says about retention (issue 25): the period, when the job runs next, what
 * that run will purge in the administrator's municipality, and what the last run did.
 */
@Service
public class RetentionService {

    private final RetentionJob job;
    private final JobTurnStore turns;
    private final AccessLogRepository accessLog;
    private final MunicipalScope scope;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    RetentionService(
            RetentionJob job,
            JobTurnStore turns,
            AccessLogRepository accessLog,
            MunicipalScope scope,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.job = job;
        this.turns = turns;
        this.accessLog = accessLog;
        this.scope = scope;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** How many items of one feature ({@code privacy.<key>.title}) a run purges. */
    public record FeatureCount(String key, int items) {}

    /**
     * What the last run did on the whole platform: counts only (municipalities purged, failed, items per
     * feature, access log rows deleted).
     */
    public record LastRun(
            Instant at, int municipalities, int failed, List<FeatureCount> purged, int accessLogDeleted) {}

    /**
     * The page's figures. {@code willPurge} is what the next run purges in the administrator's municipality
     * (for the platform administrator, {@code municipal} false, nothing: the platform's own organisation holds
     * no course data, and each municipality's administrator sees their own); {@code accessLogEntries} the
     * access log rows it deletes (the platform administrator: on the whole platform).
     */
    public record Overview(
            boolean municipal,
            Period period,
            Instant nextRun,
            Instant followUpBefore,
            List<FeatureCount> willPurge,
            long accessLogEntries,
            @Nullable LastRun lastRun) {}

    /**
     * The retention figures for the administrator's page. The job's row belongs to no municipality and is
     * read as the platform; the figures of the municipality in a read-only transaction of its own after it.
     */
    @PreAuthorize(AccessLog.HAS_ADMINISTRATOR)
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the platform's row is read before the transaction
    public Overview overview() {
        Optional<JobTurnStore.Turn> turn = scope.platform(() -> turns.find(RetentionJob.NAME));
        Instant nextRun = job.nextRun(clock.instant(), turn);
        Instant followUpBefore = job.followUpBefore(nextRun);
        boolean municipality = scope.current().isPresent();
        Preview preview = Objects.requireNonNull(readOnly.execute(s -> new Preview(
                municipality ? job.counts(followUpBefore, false) : Map.of(),
                accessLog.countByAtBefore(RetentionJob.accessLogBefore(nextRun)))));
        List<FeatureCount> willPurge = preview.counts().entrySet().stream()
                .map(e -> new FeatureCount(e.getKey(), e.getValue()))
                .toList();
        LastRun last = turn.filter(t -> t.lastRunAt() != null && t.lastResult() != null)
                .map(t -> lastRun(Objects.requireNonNull(t.lastRunAt()), Objects.requireNonNull(t.lastResult())))
                .orElse(null);
        return new Overview(
                municipality, job.retention(), nextRun, followUpBefore, willPurge, preview.accessLog(), last);
    }

    private record Preview(Map<String, Integer> counts, long accessLog) {}

    /** Reads a result as {@link RetentionJob.Result#text()} wrote it; what it does not know it leaves out. */
    static LastRun lastRun(Instant at, String text) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                try {
                    values.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
                } catch (NumberFormatException ignored) {
                    // a result cut at the column's length: its last count is left out
                }
            }
        }
        int municipalities = Objects.requireNonNullElse(values.remove("job.municipalities"), 0);
        int failed = Objects.requireNonNullElse(values.remove("job.failed"), 0);
        int accessLogDeleted = Objects.requireNonNullElse(values.remove("job.accessLog"), 0);
        List<FeatureCount> purged = values.entrySet().stream()
                .map(e -> new FeatureCount(e.getKey(), e.getValue()))
                .toList();
        return new LastRun(at, municipalities, failed, purged, accessLogDeleted);
    }
}
