package dk.attestkursus.selfservice;

import dk.attestkursus.courserun.CourseRunId;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.courserun.ParticipantJoined;
import dk.attestkursus.courserun.RunRoster;
import dk.attestkursus.courserun.RunRosterService;
import dk.attestkursus.kernel.MunicipalityId;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.municipalities.MunicipalityService;
import dk.attestkursus.security.AccountCreated;
import dk.attestkursus.security.AccountId;
import dk.attestkursus.security.AppRoles;
import dk.attestkursus.security.LinkRefusedException;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.PersonalLink;
import dk.attestkursus.security.PersonalLinks;
import dk.attestkursus.security.SystemUser;
import dk.attestkursus.security.UnknownAccountException;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations (issue 22): a person who gets an account (an administrator's, an import's, an enrolment's)
 * gets a mail with a personal link to choose their password, sent after the work committed, within its
 * municipality and as the system; an instructor of the run or an administrator sees who has not activated
 * their account and sends the invitation again, one mail per click.
 */
@Service
public class Invitations {

    private final PersonalLinks links;
    private final AccountMails mails;
    private final RunRosterService rosters;
    private final MailOutbox outbox;
    private final MunicipalityService municipalities;
    private final SystemUser system;
    private final MunicipalScope scope;
    private final TransactionTemplate ownTransaction;

    Invitations(
            PersonalLinks links,
            AccountMails mails,
            RunRosterService rosters,
            MailOutbox outbox,
            MunicipalityService municipalities,
            SystemUser system,
            MunicipalScope scope,
            PlatformTransactionManager transactions) {
        this.links = links;
        this.mails = mails;
        this.rosters = rosters;
        this.outbox = outbox;
        this.municipalities = municipalities;
        this.system = system;
        this.scope = scope;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The run's participants, those who have not activated their account first, each with what became of
     * their newest invitation (the run's instructors and administrators).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public List<RunAccount> ofRun(CourseRunId run) {
        RunRoster roster = rosters.roster(run);
        List<AccountId> ids =
                roster.participants().stream().map(RunRoster.Person::id).toList();
        Map<AccountId, Boolean> activated = links.activated(ids);
        Map<AccountId, MailOutbox.MailState> mails = outbox.latest(MailTopic.of(AccountMails.INVITATION_TOPIC), ids);
        return roster.participants().stream()
                .map(p -> {
                    MailOutbox.MailState mail = mails.get(p.id());
                    return new RunAccount(
                            p.id(),
                            p.name(),
                            p.email(),
                            activated.getOrDefault(p.id(), true),
                            mail == null ? null : mail.status(),
                            mail == null ? null : mail.error());
                })
                .sorted(Comparator.comparing(RunAccount::activated)
                        .thenComparing(RunAccount::name, Collator.getInstance(Locale.forLanguageTag("da"))))
                .toList();
    }

    /** The name of the run, for the page's heading. */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    public String runName(CourseRunId run) {
        return rosters.roster(run).run().name();
    }

    /**
     * Sends a new invitation to a participant of the run who has not activated their account; the earlier
     * link stops working. Refused for someone not on the run ("not found"), for an account that is active
     * already, and for a second click within a minute ({@link LinkRefusedException}).
     */
    @PreAuthorize(AppRoles.HAS_INSTRUCTOR_OR_ADMIN)
    @Transactional
    public void resend(CourseRunId run, AccountId person) {
        RunRoster roster = rosters.roster(run);
        if (roster.participants().stream().noneMatch(p -> p.id().equals(person))) {
            throw new UnknownAccountException(person);
        }
        send(person, municipalities.currentName(), roster.run(), true);
    }

    /** Sends a new invitation to an account of the administrator's municipality that has not been activated. */
    @PreAuthorize(AppRoles.HAS_ADMIN)
    @Transactional
    public void resend(AccountId person) {
        send(person, municipalities.currentName(), null, true);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void joined(ParticipantJoined event) {
        inMunicipality(event.municipality(), () -> {
            if (notActivated(List.of(event.accountId()))) {
                send(event.accountId(), municipalities.currentName(), rosters.run(event.runId()), false);
            }
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void created(AccountCreated event) {
        inMunicipality(event.municipality(), () -> {
            if (notActivated(List.of(event.accountId()))) {
                send(event.accountId(), municipalities.currentName(), null, false);
            }
        });
    }

    private boolean notActivated(Collection<AccountId> ids) {
        return links.activated(ids).values().stream().anyMatch(a -> !a);
    }

    private void send(AccountId person, String municipality, @Nullable CourseRunSummary run, boolean byHand) {
        if (byHand && links.invitedWithinAMinute(person)) {
            throw new LinkRefusedException(LinkRefusedException.Reason.TOO_SOON);
        }
        PersonalLink link = links.invite(person);
        mails.queue(link, municipality, run);
    }

    /** As the system, within the event's municipality (none: an event of before, nothing to do), in a transaction. */
    private void inMunicipality(@Nullable MunicipalityId municipality, Runnable work) {
        if (municipality == null || municipality.isPlatform()) {
            return;
        }
        system.run(() -> scope.within(
                municipality,
                () -> ownTransaction.execute(s -> {
                    work.run();
                    return null;
                })));
    }
}
