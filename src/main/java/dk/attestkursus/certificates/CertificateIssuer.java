package dk.attestkursus.certificates;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.base.UniqueKeys;
import dk.attestkursus.certificates.domain.ErasedCertificateRepository;
import dk.attestkursus.certificates.domain.IssuedCertificate;
import dk.attestkursus.certificates.domain.IssuedCertificateRepository;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.InstructorKind;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues a certificate once per participant and run, with a fresh code. The database keeps it once
 * (unique account and run, unique code); two requests at the same moment both get the one stored.
 * Called by {@link CertificateService} only, after its checks.
 */
@Component
class CertificateIssuer {

    private static final int ATTEMPTS = 5;

    private final IssuedCertificateRepository certificates;
    private final ErasedCertificateRepository erased;
    private final CourseContent content;
    private final AppI18NProvider i18n;
    private final Clock clock;
    private final CertificateCodes codes = CertificateCodes.secure();
    private final TransactionTemplate newTransaction;

    CertificateIssuer(
            IssuedCertificateRepository certificates,
            ErasedCertificateRepository erased,
            CourseContent content,
            AppI18NProvider i18n,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.certificates = certificates;
        this.erased = erased;
        this.content = content;
        this.i18n = i18n;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
    }

    /** A new random code, for a reissued certificate. */
    String newCode() {
        return codes.next();
    }

    /** The holder's certificate for the run: the stored one, or a new one. */
    IssuedCertificate issue(AccountId holder, String holderName, CourseRunSummary run, String instructors) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<IssuedCertificate> stored = certificates.findByAccountIdAndCourseRunId(
                    holder.value(), run.id().value());
            if (stored.isPresent()) {
                return stored.get();
            }
            try {
                IssuedCertificate created =
                        newTransaction.execute(status -> certificates.saveAndFlush(new IssuedCertificate(
                                unusedCode(),
                                holder.value(),
                                run.id().value(),
                                holderName,
                                content.course().title(),
                                run.name(),
                                run.startsAt().atZone(TimeConfig.ZONE).toLocalDate(),
                                instructors,
                                clock.instant())));
                if (created != null) {
                    return created;
                }
            } catch (DataIntegrityViolationException raced) {
                UniqueKeys.rethrowUnlessLostRace(raced);
                // issued at the same moment elsewhere, or the code was taken: read again, or try a new code
            }
        }
        throw new IllegalStateException("Could not issue a certificate for account " + holder.value());
    }

    /** A new code that was not a certificate's deleted with its holder (issue 25): such a code answers as deleted. */
    private String unusedCode() {
        String code = codes.next();
        while (erased.existsByCode(code)) {
            code = codes.next();
        }
        return code;
    }

    /** The instructors as the certificate prints them, in Danish: "Navn (praksiskonsulent) og Navn (jobcenterrepræsentant)". */
    String instructorLine(Map<AccountId, String> names, Map<AccountId, InstructorKind> kinds, List<AccountId> order) {
        List<String> parts = order.stream()
                .filter(names::containsKey)
                .map(id -> {
                    InstructorKind kind = kinds.get(id);
                    return kind == null
                            ? names.get(id)
                            : i18n.getTranslation(
                                    "certificates.instructorWithKind",
                                    AppI18NProvider.DANISH,
                                    names.get(id),
                                    i18n.getTranslation(kind.labelKey(), AppI18NProvider.DANISH)
                                            .toLowerCase(AppI18NProvider.DANISH));
                })
                .toList();
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " "
                + i18n.getTranslation("certificates.and", AppI18NProvider.DANISH) + " " + parts.getLast();
    }
}
