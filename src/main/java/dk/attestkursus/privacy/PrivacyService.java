package dk.attestkursus.privacy;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.TimeConfig;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.CurrentUser;
import dk.attestkursus.security.PersonalRecords;
import dk.attestkursus.security.PersonalRecords.Person;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The door to a person's data (issue 25, decision 030): what the platform holds about them by feature
 * ("Mine data"), the export as a ZIP (one JSON file per feature plus their PDFs), and erasure in one
 * transaction. Who may: the person themselves (overview and export), and whoever answers for them
 * ({@link PersonalRecords#answerFor}): their municipality's administrator, or the platform administrator
 * for the platform's own accounts; erasure only by those administrators, never of themselves.
 */
@Service
public class PrivacyService {

    /** The part that turns the account into a tombstone goes last, after every feature let go of the person. */
    static final String ACCOUNT = "account";

    private final List<PersonalData> features;
    private final PersonalRecords records;
    private final AccessLog accessLog;
    private final CurrentUser currentUser;
    private final AppI18NProvider i18n;
    private final Clock clock;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PrivacyService(
            List<PersonalData> features,
            PersonalRecords records,
            AccessLog accessLog,
            CurrentUser currentUser,
            AppI18NProvider i18n,
            Clock clock) {
        this.features = features.stream()
                .sorted(Comparator.comparing((PersonalData f) -> f.key().equals(ACCOUNT))
                        .thenComparing(PersonalData::key))
                .toList();
        Set<String> keys = new HashSet<>();
        for (PersonalData feature : this.features) {
            if (!keys.add(feature.key())) {
                throw new IllegalStateException("Two features declare personal data as " + feature.key());
            }
        }
        this.records = records;
        this.accessLog = accessLog;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** One feature's part of a person's data, as "Mine data" lists it. */
    public record FeatureSummary(String key, int items) {}

    /** What the platform holds about a person, by feature (features without anything included). */
    public record Overview(Person person, List<FeatureSummary> features) {}

    /** The person's export: a ZIP with one JSON file per feature and their PDFs. */
    public record Export(String fileName, byte[] zip) {}

    /** Every feature's key, in the order the pages show them (the account last). */
    @PreAuthorize("isAuthenticated()")
    public List<String> featureKeys() {
        return features.stream().map(PersonalData::key).toList();
    }

    /**
     * What the platform holds about the person, by feature. An administrator's look is written to the
     * access log; the person's own is not.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Overview overview(AccountId person) {
        Person who = records.answerFor(person);
        if (!currentUser.require().id().equals(person)) {
            accessLog.record(person, AccessKind.ACCOUNT_OPENED, "persondata");
        }
        return summarise(who, person);
    }

    /**
     * The person's data as a ZIP: {@code <feature>.json} for every feature that holds something, the
     * feature's files under {@code <feature>/}, and a short Danish read-me. Logged in the access log.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Export export(AccountId person) {
        Person who = records.answerFor(person);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(
                    zip,
                    "LAES-MIG.txt",
                    i18n.getTranslation("privacy.export.readme", AppI18NProvider.DANISH)
                            .getBytes(StandardCharsets.UTF_8));
            for (PersonalData feature : concerned(who)) {
                FeatureExport part = feature.export(person);
                if (part.items() == 0) {
                    continue;
                }
                put(zip, feature.key() + ".json", json.writeValueAsBytes(part.data()));
                for (FeatureExport.ExportFile file : part.files()) {
                    put(zip, feature.key() + "/" + file.name(), file.bytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accessLog.record(person, AccessKind.EXPORTED, "eksport");
        String date = LocalDate.now(clock.withZone(TimeConfig.ZONE)).toString();
        return new Export("mine-data-" + date + ".zip", bytes.toByteArray());
    }

    /**
     * What erasing the person will take, by feature, for the confirmation: only an administrator who
     * answers for them.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public Overview erasurePreview(AccountId person) {
        return summarise(records.answerFor(person), person);
    }

    private Overview summarise(Person who, AccountId person) {
        List<FeatureSummary> summaries = new ArrayList<>();
        for (PersonalData feature : concerned(who)) {
            summaries.add(
                    new FeatureSummary(feature.key(), feature.export(person).items()));
        }
        return new Overview(who, summaries);
    }

    /**
     * Erases the person in one transaction, all or nothing: every feature deletes their texts and keeps
     * anonymous rows for other people's figures, then the account becomes a tombstone without name or
     * e-mail. Only an administrator who answers for them, never of themselves; logged in the access log.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
    @Transactional
    public void erase(AccountId person) {
        Person who = records.answerFor(person);
        if (who.erased()) {
            return;
        }
        for (PersonalData feature : concerned(who)) {
            feature.erase(person);
        }
        accessLog.record(person, AccessKind.ERASED, "sletning");
    }

    /**
     * The features that may hold something of the person: all of them for a municipality's people; for the
     * platform's own accounts only the account and the access log, since every other table's rows belong
     * to a municipality (decision 020).
     */
    private List<PersonalData> concerned(Person who) {
        if (!who.platformAccount()) {
            return features;
        }
        return features.stream()
                .filter(f -> f.key().equals(ACCOUNT) || f.key().equals(AccessLogData.KEY))
                .toList();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
