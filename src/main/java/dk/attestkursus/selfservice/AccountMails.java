package dk.attestkursus.selfservice;

import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.base.Formats;
import dk.attestkursus.base.SiteAddress;
import dk.attestkursus.content.CourseContent;
import dk.attestkursus.content.MailTemplate;
import dk.attestkursus.content.RenderedMail;
import dk.attestkursus.courserun.CourseRunSummary;
import dk.attestkursus.mail.MailOutbox;
import dk.attestkursus.mail.MailTopic;
import dk.attestkursus.mail.OutgoingMail;
import dk.attestkursus.security.LinkPurpose;
import dk.attestkursus.security.PersonalLink;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the mail that carries a personal link (content/emails/konto-invitation.md and
 * nulstil-adgangskode.md) and queues it in the outbox, in the caller's transaction and municipality. One
 * mail per link: the dedupe key names the link's expiry, so a retry of the same work queues nothing new.
 */
@Component
class AccountMails {

    static final String INVITATION = "konto-invitation";
    static final String RESET = "nulstil-adgangskode";
    /** Instead of either, where the municipality logs its staff in through its own provider only. */
    static final String OWN_LOGIN = "konto-kommunens-login";

    static final String INVITATION_TOPIC = "invitation";
    static final Locale DANISH = Locale.forLanguageTag("da");

    private final CourseContent content;
    private final MailOutbox outbox;
    private final SiteAddress site;
    private final AppI18NProvider i18n;
    private final Clock clock;

    AccountMails(CourseContent content, MailOutbox outbox, SiteAddress site, AppI18NProvider i18n, Clock clock) {
        this.content = content;
        this.outbox = outbox;
        this.site = site;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Queues the link's mail; {@code run}: the run the person was enrolled in, named in an invitation. */
    boolean queue(PersonalLink link, String municipalityName, @Nullable CourseRunSummary run) {
        boolean invitation = link.purpose() == LinkPurpose.INVITATION;
        MailTemplate template = content.course()
                .transfer()
                .mail(link.ownLoginOnly() ? OWN_LOGIN : invitation ? INVITATION : RESET)
                .orElseThrow(() -> new IllegalStateException("No mail template for " + link.purpose()));
        String url = site.link(
                SelfServicePaths.CHOOSE_PASSWORD + "?token=" + URLEncoder.encode(link.token(), StandardCharsets.UTF_8));
        Map<String, String> values = new HashMap<>();
        values.put("navn", link.account().displayName());
        values.put("kommune", municipalityName);
        values.put("link_forside", site.link(""));
        if (link.ownLoginOnly()) {
            // No password to choose: the way in is the municipality's login (the token is never sent).
            values.put("link_login", site.link("login"));
            values.put("arbejdsmail", link.account().email());
        } else {
            values.put(invitation ? "link_aktiver" : "link_nulstil", url);
        }
        values.put("gyldig_til", Formats.dateTime(link.expiresAt(), DANISH, i18n));
        values.put(
                "tilmelding",
                run == null
                        ? i18n.getTranslation("selfservice.mail.noRun", DANISH)
                        : i18n.getTranslation(
                                "selfservice.mail.run",
                                DANISH,
                                run.name(),
                                Formats.dateTime(run.startsAt(), DANISH, i18n)));
        RenderedMail rendered = template.render(values);
        return outbox.enqueue(new OutgoingMail(
                "account-link:" + link.account().id().value() + ":" + link.purpose() + ":"
                        + link.expiresAt().toEpochMilli(),
                link.account().email(),
                link.account().id(),
                MailTopic.of(invitation ? INVITATION_TOPIC : "reset"),
                rendered.subject(),
                rendered.text(),
                rendered.html(),
                null,
                clock.instant()));
    }
}
