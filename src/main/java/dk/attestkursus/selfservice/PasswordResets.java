package dk.attestkursus.selfservice;

import dk.attestkursus.kernel.ClientRateLimit;
import dk.attestkursus.municipalities.MunicipalityService;
import dk.attestkursus.security.MunicipalScope;
import dk.attestkursus.security.PersonalLink;
import dk.attestkursus.security.PersonalLinks;
import dk.attestkursus.security.SystemUser;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Glemt adgangskode?" (issue 22): a reset link by mail for the account with the e-mail or user name
 * typed, if there is one; the page answers the same either way. At most {@value #PER_CLIENT} requests per
 * client address in a quarter of an hour, and {@link PersonalLinks#RESETS_PER_HOUR} mails per account an
 * hour; more are answered the same and send nothing. Also a new link in place of an expired one.
 */
@Service
public class PasswordResets {

    public static final int PER_CLIENT = 10;

    private final PersonalLinks links;
    private final AccountMails mails;
    private final MunicipalityService municipalities;
    private final SystemUser system;
    private final MunicipalScope scope;
    private final TransactionTemplate tx;
    private final ClientRateLimit perClient;

    PasswordResets(
            PersonalLinks links,
            AccountMails mails,
            MunicipalityService municipalities,
            SystemUser system,
            MunicipalScope scope,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.links = links;
        this.mails = mails;
        this.municipalities = municipalities;
        this.system = system;
        this.scope = scope;
        this.tx = new TransactionTemplate(transactions);
        this.perClient = new ClientRateLimit(PER_CLIENT, Duration.ofMinutes(15), clock);
    }

    /** Sends a reset link if the account exists and the limits allow; says nothing either way. */
    @PreAuthorize("permitAll()")
    public void request(@Nullable String emailOrUsername, String clientAddress) {
        if (emailOrUsername == null || emailOrUsername.isBlank() || !perClient.tryAcquire(clientAddress)) {
            return;
        }
        // The link goes by mail only: the system asks for it, so no caller of the page ever holds it.
        system.call(() -> links.requestReset(emailOrUsername)).ifPresent(this::mail);
    }

    /** A new link by mail in place of an expired one; false when none can be sent (then the page says so). */
    @PreAuthorize("permitAll()")
    public boolean renew(@Nullable String token, String clientAddress) {
        if (!perClient.tryAcquire(clientAddress)) {
            return false;
        }
        return system.call(() -> links.renew(token))
                .map(link -> {
                    mail(link);
                    return true;
                })
                .orElse(false);
    }

    /** The mail is the municipality's, queued as the system (nobody is logged in here). */
    private void mail(PersonalLink link) {
        system.run(() -> scope.within(
                link.municipality(),
                () -> tx.execute(s -> {
                    mails.queue(link, municipalities.currentName(), null);
                    return null;
                })));
    }
}
