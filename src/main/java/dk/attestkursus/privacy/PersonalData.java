package dk.attestkursus.privacy;

import dk.attestkursus.security.AccountId;
import java.time.Instant;
import java.util.List;

/**
 * What one feature stores about a person, and how it is exported, erased and purged (issue 25, decision
 * 030). Every feature with a table that refers to a person implements it as a Spring bean in its own
 * module; {@link PrivacyService} collects all of them. {@code PersonalDataCoverageTest} fails when a
 * column that refers to a person is declared by no feature.
 *
 * <p>Texts shown to people come from the translation files: {@code privacy.<key>.title}, {@code .what}
 * (what is kept, in plain Danish), {@code .why} (the purpose) and {@code .howLong} (how long it is kept).
 *
 * <p>All methods run inside a transaction of the person's municipality, opened by {@link PrivacyService}
 * after its checks: implementations are not doors of their own and are never called from a view.
 */
public interface PersonalData {

    /**
     * The feature's short name in lower case ({@code requests}, {@code learning}): the export's file
     * {@code <key>.json} and the prefix of the translation keys.
     */
    String key();

    /** Every column of this feature's tables that refers to a person or holds a person's name or e-mail. */
    List<PersonalColumn> columns();

    /** Everything this feature holds about the person (read-only transaction), nothing about anyone else. */
    FeatureExport export(AccountId person);

    /**
     * Erases the person's data in the erasure's transaction (all or nothing): their texts are deleted;
     * rows that feed other people's figures are kept as anonymous rows, as {@link #columns()} says.
     */
    void erase(AccountId person);

    /**
     * What the retention job would purge, or purges ({@code purge} true), in the current municipality:
     * exercise texts, notes and mails of runs whose last follow-up was before {@code followUpBefore}
     * (decision 030). Most features keep nothing that expires.
     */
    default int retention(Instant followUpBefore, boolean purge) {
        return 0;
    }
}
