package dk.attestkursus.privacy;

import static dk.attestkursus.privacy.PersonalColumn.Erasure.DELETED;
import static dk.attestkursus.privacy.PersonalColumn.Erasure.TOMBSTONE;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.PersonalRecords;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The account's own part (security's tables, which stand below this module): name, e-mail, user name,
 * role, team, the personal links made for the person and the teams they lead. Erased last: the account
 * becomes a tombstone with a neutral name, its links and team leaderships deleted.
 */
@Component
class AccountData implements PersonalData {

    private final PersonalRecords records;
    private final AppI18NProvider i18n;

    AccountData(PersonalRecords records, AppI18NProvider i18n) {
        this.records = records;
        this.i18n = i18n;
    }

    @Override
    public String key() {
        return PrivacyService.ACCOUNT;
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("account", "username", TOMBSTONE),
                PersonalColumn.of("account", "email", TOMBSTONE),
                PersonalColumn.of("account", "display_name", TOMBSTONE),
                PersonalColumn.of("account", "sso_subject", TOMBSTONE),
                PersonalColumn.of("account_token", "account_id", DELETED),
                PersonalColumn.of("team_leader", "leader_id", DELETED));
    }

    @Override
    public FeatureExport export(AccountId person) {
        return FeatureExport.of(Map.of("account", List.of(records.record(person))));
    }

    @Override
    public void erase(AccountId person) {
        records.eraseToTombstone(person, i18n.getTranslation("privacy.erased.name", AppI18NProvider.DANISH));
    }
}
