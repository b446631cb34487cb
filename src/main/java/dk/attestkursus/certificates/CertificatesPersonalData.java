package dk.attestkursus.certificates;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.SiteAddress;
import dk.attestkursus.certificates.domain.ErasedCertificate;
import dk.attestkursus.certificates.domain.ErasedCertificateRepository;
import dk.attestkursus.certificates.domain.IssuedCertificate;
import dk.attestkursus.certificates.domain.IssuedCertificateRepository;
import dk.attestkursus.certificates.domain.ReplacedCertificate;
import dk.attestkursus.certificates.domain.ReplacedCertificateRepository;
import dk.attestkursus.certificates.ui.CertificatePdf;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.security.AccountId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A caseworker's course certificates and the codes they had before a reissue, and what an administrator did
 * to others' certificates (issue 25).
 *
 * <p>Export: the certificates as records and each one that stands as its PDF. Erasure deletes the person's
 * certificates and their earlier codes (no figure counts them; they copy the holder's name) and keeps each
 * deleted code in {@code erased_certificate}, so it then verifies as "withdrawn or deleted"
 * ({@link Verification.State#ERASED}) and is never given out again. Withdrawals and reissues the person made
 * of others' certificates stay and refer to the tombstone.
 */
@Component
class CertificatesPersonalData implements PersonalData {

    private final IssuedCertificateRepository certificates;
    private final ReplacedCertificateRepository replaced;
    private final ErasedCertificateRepository erased;
    private final SiteAddress site;
    private final AppI18NProvider i18n;
    private final Clock clock;

    CertificatesPersonalData(
            IssuedCertificateRepository certificates,
            ReplacedCertificateRepository replaced,
            ErasedCertificateRepository erased,
            SiteAddress site,
            AppI18NProvider i18n,
            Clock clock) {
        this.certificates = certificates;
        this.replaced = replaced;
        this.erased = erased;
        this.site = site;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** A certificate issued to the person, as it reads now, and whether and why it was withdrawn. */
    record IssuedToYou(
            String code,
            long runId,
            String runName,
            String courseTitle,
            String holderName,
            LocalDate sessionDate,
            Instant issuedAt,
            @Nullable Instant withdrawnAt,
            @Nullable String withdrawnReason) {}

    /** A code one of the person's certificates had before it was issued again, with what it said then and why. */
    record EarlierCode(
            String code, long runId, String holderName, Instant issuedAt, Instant replacedAt, String reason) {}

    /** Something the person did as administrator to someone else's certificate: withdrew or reissued it. */
    record AdministratorAction(String action, Instant at) {}

    @Override
    public String key() {
        return "certificates";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("certificate", "account_id", Erasure.DELETED),
                PersonalColumn.of("certificate", "holder_name", Erasure.DELETED),
                PersonalColumn.of("certificate", "withdrawn_by", Erasure.ACTOR),
                PersonalColumn.of("replaced_certificate", "holder_name", Erasure.DELETED),
                PersonalColumn.of("replaced_certificate", "replaced_by", Erasure.ACTOR));
    }

    @Override
    public FeatureExport export(AccountId person) {
        long id = person.value();
        List<IssuedToYou> issued = new ArrayList<>();
        List<EarlierCode> earlier = new ArrayList<>();
        List<FeatureExport.ExportFile> files = new ArrayList<>();
        for (IssuedCertificate c : certificates.findByAccountIdOrderByIdAsc(id)) {
            issued.add(new IssuedToYou(
                    c.getCode(),
                    c.getCourseRunId(),
                    c.getRunName(),
                    c.getCourseTitle(),
                    c.getHolderName(),
                    c.getSessionDate(),
                    c.getIssuedAt(),
                    c.getWithdrawnAt(),
                    c.getWithdrawnReason()));
            for (ReplacedCertificate r : replaced.findByCertificateIdOrderByIdAsc(c.requireId())) {
                earlier.add(new EarlierCode(
                        r.getCode(),
                        c.getCourseRunId(),
                        r.getHolderName(),
                        r.getIssuedAt(),
                        r.getReplacedAt(),
                        r.getReason()));
            }
            if (!c.isWithdrawn()) {
                // A withdrawn certificate's PDF would read as valid: the record says it was withdrawn instead.
                Certificate printed = certificate(c);
                files.add(new FeatureExport.ExportFile(
                        CertificatePdf.fileName(printed),
                        CertificatePdf.render(List.of(printed), i18n, AppI18NProvider.DANISH)));
            }
        }
        List<AdministratorAction> actions = new ArrayList<>();
        for (IssuedCertificate c : certificates.findByWithdrawnByOrderByIdAsc(id)) {
            if (c.getAccountId() != id) {
                actions.add(new AdministratorAction("WITHDRAWN", Objects.requireNonNull(c.getWithdrawnAt())));
            }
        }
        for (ReplacedCertificate r : replaced.findByReplacedByOrderByIdAsc(id)) {
            boolean others = certificates
                    .findById(r.getCertificateId())
                    .map(c -> c.getAccountId() != id)
                    .orElse(true);
            if (others) {
                actions.add(new AdministratorAction("REISSUED", r.getReplacedAt()));
            }
        }
        Map<String, List<?>> data = new LinkedHashMap<>();
        data.put("certificates", issued);
        data.put("earlierCodes", earlier);
        data.put("administratorActions", actions);
        return new FeatureExport(data, files);
    }

    @Override
    public void erase(AccountId person) {
        Instant now = clock.instant();
        for (IssuedCertificate c : certificates.findByAccountIdOrderByIdAsc(person.value())) {
            for (ReplacedCertificate r : replaced.findByCertificateIdOrderByIdAsc(c.requireId())) {
                erased.save(new ErasedCertificate(r.getCode(), now));
                replaced.delete(r);
            }
            erased.save(new ErasedCertificate(c.getCode(), now));
            certificates.delete(c);
        }
        // Deleted in this order (the earlier codes refer to their certificate); flushed so a failure is this step's.
        certificates.flush();
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
