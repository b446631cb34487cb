package dk.attestkursus.certificates;

import dk.attestkursus.base.CprDetector;
import dk.attestkursus.base.SiteAddress;
import dk.attestkursus.certificates.domain.ErasedCertificateRepository;
import dk.attestkursus.certificates.domain.IssuedCertificate;
import dk.attestkursus.certificates.domain.IssuedCertificateRepository;
import dk.attestkursus.certificates.domain.ReplacedCertificate;
import dk.attestkursus.certificates.domain.ReplacedCertificateRepository;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.Module;
import dk.attestkursus.courserun.AttendedRun;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunService;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.EnrolmentService;
import dk.attestkursus.courserun.RunParticipant;
import dk.attestkursus.kernel.ClientRateLimit;
import dk.attestkursus.learning.CourseProgress;
import dk.attestkursus.learning.LearningService;
import dk.attestkursus.learning.LearningStatisticsService;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.MunicipalScope;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Course certificates: the API of the certificates feature. A certificate is issued once per
 * participant and run, when their attendance is recorded and every module is complete; what it says
 * is stored as issued. Verification is public and shows only holder, course and dates.
 */
@Service
public class CertificateService {

    private final IssuedCertificateRepository certificates;
    private final ReplacedCertificateRepository replaced;
    private final ErasedCertificateRepository erased;
    private final CourseRunService courseRuns;
    private final EnrolmentService enrolment;
    private final LearningService learning;
    private final LearningStatisticsService learningStatistics;
    private final AccountService accounts;
    private final CourseContent content;
    private final CurrentUser currentUser;
    private final CertificateIssuer issuer;
    private final SiteAddress site;
    private final MunicipalScope scope;
    private final Clock clock;

    /** The longest reason for a withdrawal. */
    public static final int MAX_REASON = 500;

    /**
     * Look-ups of codes one client address may make in {@link #LOOKUP_PERIOD} (issue 24): plenty for an employer
     * checking a team's certificates, nothing for someone guessing codes.
     */
    public static final int LOOKUPS_PER_CLIENT = 30;

    public static final Duration LOOKUP_PERIOD = Duration.ofMinutes(10);

    private final ClientRateLimit lookups;

    CertificateService(
            IssuedCertificateRepository certificates,
            ReplacedCertificateRepository replaced,
            ErasedCertificateRepository erased,
            CourseRunService courseRuns,
            EnrolmentService enrolment,
            LearningService learning,
            LearningStatisticsService learningStatistics,
            AccountService accounts,
            CourseContent content,
            CurrentUser currentUser,
            CertificateIssuer issuer,
            SiteAddress site,
            MunicipalScope scope,
            Clock clock) {
        this.certificates = certificates;
        this.replaced = replaced;
        this.erased = erased;
        this.courseRuns = courseRuns;
        this.enrolment = enrolment;
        this.learning = learning;
        this.learningStatistics = learningStatistics;
        this.accounts = accounts;
        this.content = content;
        this.currentUser = currentUser;
        this.issuer = issuer;
        this.site = site;
        this.scope = scope;
        this.clock = clock;
        this.lookups = new ClientRateLimit(LOOKUPS_PER_CLIENT, LOOKUP_PERIOD, clock);
    }

    /**
     * The caseworker's certificate, issued now if they have attended and completed every module and
     * have none for that run yet; otherwise what is still missing.
     */
    @PreAuthorize(AppRoles.HAS_PARTICIPANT)
    @Transactional
    public MyCertificate mine() {
        AccountId me = currentUser.require().id();
        Optional<AttendedRun> attended = courseRuns.myAttendedRun();
        if (attended.isPresent()) {
            CourseRunSummary run = attended.get().run();
            Optional<IssuedCertificate> existing = certificates.findByAccountIdAndCourseRunId(
                    me.value(), run.id().value());
            if (existing.isPresent()) {
                IssuedCertificate c = existing.get();
                return c.isWithdrawn()
                        ? new MyCertificate(
                                run.name(),
                                true,
                                List.of(),
                                null,
                                new MyCertificate.Withdrawn(
                                        c.getCode(),
                                        Objects.requireNonNull(c.getWithdrawnAt()),
                                        Objects.requireNonNull(c.getWithdrawnReason())))
                        : new MyCertificate(run.name(), true, List.of(), certificate(c), null);
            }
        }
        CourseProgress progress = learning.myProgress();
        Map<String, Module> modules =
                content.course().modules().stream().collect(Collectors.toMap(Module::key, Function.identity()));
        List<MyCertificate.UnfinishedModule> unfinished = progress.unfinished().stream()
                .map(key ->
                        new MyCertificate.UnfinishedModule(key, modules.get(key).title()))
                .toList();
        if (attended.isPresent() && progress.complete()) {
            CourseRunSummary run = attended.get().run();
            IssuedCertificate issued = issuer.issue(me, currentUser.require().displayName(), run, instructorsOf(run));
            return new MyCertificate(run.name(), true, List.of(), certificate(issued), null);
        }
        String runName = attended.map(a -> a.run().name())
                .or(() -> courseRuns.myCurrentRun().map(CourseRunSummary::name))
                .orElse(null);
        return new MyCertificate(runName, attended.isPresent(), unfinished, null, null);
    }

    /** A run's participants with attendance, completion and issued codes, for its instructors and administrators. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional(readOnly = true)
    public RunCertificates forRun(CourseRunId runId) {
        List<RunParticipant> participants = enrolment.participants(runId);
        Set<AccountId> completed = learningStatistics.completedAll(
                participants.stream().map(RunParticipant::id).toList());
        Map<Long, IssuedCertificate> issued = certificates.findByCourseRunId(runId.value()).stream()
                .collect(Collectors.toMap(IssuedCertificate::getAccountId, Function.identity()));
        String runName = courseRuns.myRun(runId).map(CourseRunSummary::name).orElse("");
        return new RunCertificates(
                runId,
                runName,
                participants.stream()
                        .map(p -> {
                            IssuedCertificate c = issued.get(p.id().value());
                            return new RunCertificates.Row(
                                    p.id(),
                                    p.name(),
                                    p.attended(),
                                    completed.contains(p.id()),
                                    c == null ? null : c.getCode(),
                                    c == null ? null : c.getWithdrawnAt());
                        })
                        .toList());
    }

    /**
     * The certificates of every participant of the run who attended and completed every module, issuing
     * those not issued yet; by holder's name. Refused when nobody is ready.
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public List<Certificate> issueForRun(CourseRunId runId) {
        RunCertificates overview = forRun(runId);
        List<RunCertificates.Row> ready =
                overview.rows().stream().filter(RunCertificates.Row::ready).toList();
        if (ready.isEmpty()) {
            throw new CertificateRefusedException(
                    CertificateRefusedException.Reason.NONE_READY, "run " + runId.value());
        }
        CourseRunSummary run = courseRuns.myRun(runId).orElseThrow();
        String instructors = instructorsOf(run);
        List<Certificate> issued = new ArrayList<>();
        for (RunCertificates.Row row : ready) {
            issued.add(certificate(issuer.issue(row.id(), row.name(), run, instructors)));
        }
        return issued;
    }

    /**
     * Whether a typed code belongs to a certificate, and for whom and when. Open to anyone, and the same
     * for everyone: a code is looked up across municipalities (decision 020), showing nothing of one. At most
     * {@value #LOOKUPS_PER_CLIENT} look-ups per client address in ten minutes, then {@code TOO_MANY_LOOKUPS}
     * until the ten minutes are over (decision 029). The code of a certificate deleted with its holder's data
     * answers {@link Verification.State#ERASED} (issue 25).
     */
    @PreAuthorize("permitAll()")
    public Optional<Verification> verify(String typed, String clientAddress) {
        if (!lookups.tryAcquire(clientAddress)) {
            throw new CertificateRefusedException(CertificateRefusedException.Reason.TOO_MANY_LOOKUPS, clientAddress);
        }
        return CertificateCodes.normalise(typed)
                .flatMap(code -> scope.platform(() -> certificates
                        .findByCode(code)
                        .map(c -> Verification.of(
                                c.getHolderName(),
                                c.getCourseTitle(),
                                c.getSessionDate(),
                                c.getIssuedAt(),
                                c.getWithdrawnAt(),
                                null))
                        .or(() -> replaced.findByCode(code)
                                .map(r -> Verification.of(
                                        r.getHolderName(),
                                        r.getCourseTitle(),
                                        r.getSessionDate(),
                                        r.getIssuedAt(),
                                        null,
                                        r.getReplacedAt())))
                        .or(() -> erased.existsByCode(code) ? Optional.of(Verification.erased()) : Optional.empty())));
    }

    /**
     * Issues a participant's certificate of the run again after a correction (issue 23): a new code and what
     * it says now (the holder's name as the account has it, the run's instructors); the old code keeps
     * verifying as replaced, with the date. Returns the certificate as reissued. Refused, nothing changed:
     * no certificate of the run ({@code NOT_ISSUED}, also for another municipality's), a withdrawn one, a
     * reason that is empty, longer than {@value #MAX_REASON} characters or holds a CPR number.
     */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public Certificate reissue(CourseRunId runId, AccountId person, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON || CprDetector.contains(why)) {
            throw new CertificateRefusedException(
                    CertificateRefusedException.Reason.REISSUE_REASON, "run " + runId.value());
        }
        IssuedCertificate c = certificates
                .findByAccountIdAndCourseRunId(person.value(), runId.value())
                .orElseThrow(() -> new CertificateRefusedException(
                        CertificateRefusedException.Reason.NOT_ISSUED, "run " + runId.value()));
        if (c.isWithdrawn()) {
            throw new CertificateRefusedException(
                    CertificateRefusedException.Reason.ALREADY_WITHDRAWN, "run " + runId.value());
        }
        CourseRunSummary run = courseRuns.myRun(runId).orElseThrow();
        String name = accounts.displayNames(List.of(person)).getOrDefault(person, c.getHolderName());
        replaced.save(new ReplacedCertificate(c, why, currentUser.require().id().value(), clock.instant()));
        c.reissue(freeCode(), name, instructorsOf(run), clock.instant());
        certificates.saveAndFlush(c);
        return certificate(c);
    }

    /**
     * A new code no certificate of the municipality has had, nor one deleted with its holder (50 random bits: the unique keys on the codes are
     * the last word, across municipalities too).
     */
    private String freeCode() {
        while (true) {
            String code = issuer.newCode();
            if (certificates.findByCode(code).isEmpty()
                    && replaced.findByCode(code).isEmpty()
                    && !erased.existsByCode(code)) {
                return code;
            }
        }
    }

    /**
     * Withdraws a participant's certificate of the run (issue 23), with a reason the holder is shown: its code
     * then verifies as withdrawn, with the date, and it is not issued again. Refused, nothing changed: no
     * certificate of the run ({@code NOT_ISSUED}, also for another municipality's), withdrawn already, a
     * reason that is empty, longer than {@value #MAX_REASON} characters or holds a CPR number.
     */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public void withdraw(CourseRunId runId, AccountId person, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON || CprDetector.contains(why)) {
            throw new CertificateRefusedException(CertificateRefusedException.Reason.REASON, "run " + runId.value());
        }
        IssuedCertificate c = certificates
                .findByAccountIdAndCourseRunId(person.value(), runId.value())
                .orElseThrow(() -> new CertificateRefusedException(
                        CertificateRefusedException.Reason.NOT_ISSUED, "run " + runId.value()));
        if (c.isWithdrawn()) {
            throw new CertificateRefusedException(
                    CertificateRefusedException.Reason.ALREADY_WITHDRAWN, "run " + runId.value());
        }
        c.withdraw(why, currentUser.require().id().value(), clock.instant());
    }

    private String instructorsOf(CourseRunSummary run) {
        return issuer.instructorLine(
                accounts.displayNames(run.instructorIds()),
                accounts.instructorKinds(run.instructorIds()),
                run.instructorIds());
    }

    private Certificate certificate(IssuedCertificate c) {
        return new Certificate(
                c.getCode(),
                c.getHolderName(),
                c.getCourseTitle(),
                c.getRunName(),
                c.getSessionDate(),
                c.getInstructors(),
                c.getIssuedAt(),
                site.link(CertificatePaths.verify(c.getCode())));
    }
}
