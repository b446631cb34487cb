package dk.attestkursus.mail;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.mail.domain.MailStore;
import dk.attestkursus.privacy.FeatureExport;
import dk.attestkursus.privacy.PersonalColumn;
import dk.attestkursus.privacy.PersonalColumn.Erasure;
import dk.attestkursus.privacy.PersonalData;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AccountService;
import dk.attestkursus.security.AccountSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The mail outbox's personal data (issue 25): the mails to a person. Erasing deletes them with their
 * attempts (whose errors may name the address). A person's name also stands in mails to others: the
 * instructors' names in every participant's run mail ({@code {{undervisere}}}), a leader's or a
 * caseworker's in a mail that greets or names them. Those mails are the other person's, so they stay,
 * but the erased person's name and address are replaced by a neutral text in the subject, text, HTML and
 * calendar part of every mail of the municipality (the mail log then no longer names them).
 *
 * <p>Retention purges the bodies (text, HTML, calendar part) of mails that are done (sent, failed or
 * cancelled): those of a run's topic once the run's last follow-up has passed, and those of no run once
 * they were written before the same moment. Recipient, subject, status and dates stay in the mail log.
 */
@Component
class MailPersonalData implements PersonalData {

    private final MailStore store;
    private final RunRosterService runs;
    private final AccountService accounts;
    private final AppI18NProvider i18n;

    MailPersonalData(MailStore store, RunRosterService runs, AccountService accounts, AppI18NProvider i18n) {
        this.store = store;
        this.runs = runs;
        this.accounts = accounts;
        this.i18n = i18n;
    }

    @Override
    public String key() {
        return "mail";
    }

    @Override
    public List<PersonalColumn> columns() {
        return List.of(
                PersonalColumn.of("mail_message", "recipient_account_id", Erasure.DELETED),
                PersonalColumn.of("mail_message", "recipient_email", Erasure.DELETED));
    }

    /** A mail to the person as the mail log knows it. */
    record MailRecord(
            String subject,
            String status,
            Instant sendAfter,
            @Nullable Instant sentAt,
            String text) {}

    @Override
    public FeatureExport export(AccountId person) {
        return FeatureExport.of(Map.of(
                "mails",
                store.toAccount(person.value()).stream()
                        .map(m -> new MailRecord(m.subject(), m.status(), m.sendAfter(), m.sentAt(), m.text()))
                        .toList()));
    }

    @Override
    public void erase(AccountId person) {
        AccountSummary account = accounts.summaries(List.of(person)).get(person);
        String email = account == null ? null : account.email();
        store.deleteToRecipient(person.value(), email == null || email.isBlank() ? null : email);
        if (account == null) {
            return;
        }
        String neutral = i18n.getTranslation("privacy.nameRemoved", AppI18NProvider.DANISH);
        for (String text : List.of(account.displayName(), account.email())) {
            // A name of one or two letters would take letters out of other words: nobody is called that.
            if (text.strip().length() >= 3) {
                store.replaceEverywhere(text.strip(), Entities.escape(text.strip()), neutral);
            }
        }
    }

    @Override
    public int retention(Instant followUpBefore, boolean purge) {
        int count = 0;
        for (CourseRunId run : runs.runsFollowedUpBefore(followUpBefore)) {
            count += store.bodiesOfTopic(MailTopic.runPrefix(run), purge);
        }
        return count + store.bodiesOfNoRunBefore("run-", followUpBefore, purge);
    }
}
