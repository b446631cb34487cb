package dk.attestkursus.mail;

import dk.attestkursus.mail.domain.MailStore;
import dk.attestkursus.security.SystemUser;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox over SMTP. Each mail is claimed with a conditional update in a transaction of its
 * own before it is sent ({@code QUEUED -> SENDING}), so any number of instances can run waves at the
 * same time and none sends a mail another has taken; a claim left by a stopped instance runs out and
 * the mail is queued again. A failure is classified: a bad address fails the mail at once with the
 * reason and the wave goes on; a server that cannot be reached puts the mail back for a retry after
 * the backoff and ends the wave. Without SMTP configured nothing is sent and mails wait in the queue.
 *
 * <p>A wave is the platform's own work (decision 020): it runs as the {@link SystemUser} and sends
 * every municipality's queued mails, through the store's methods that work across municipalities; an
 * attempt is recorded in the municipality of its mail.
 */
public class MailDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailStore store;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final SystemUser system;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final String name;
    private boolean scheduled = true;

    public MailDispatcher(
            MailStore store,
            ObjectProvider<JavaMailSender> senders,
            MailSettings settings,
            SystemUser system,
            Clock clock,
            PlatformTransactionManager transactions,
            String name) {
        this.store = store;
        this.senders = senders;
        this.settings = settings;
        this.system = system;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.name = name;
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}). */
    public boolean configured() {
        return senders.getIfAvailable() != null;
    }

    /** Turns the timed waves off ({@code attestkursus.scheduling=false}); {@link #dispatchDue} still works. */
    void setScheduled(boolean scheduled) {
        this.scheduled = scheduled;
    }

    @Scheduled(fixedDelayString = "${attestkursus.mail.poll-interval:PT30S}", initialDelayString = "PT20S")
    void scheduled() {
        // Another library may switch scheduling on as well, so the switch is checked here too.
        if (scheduled && configured()) {
            dispatchDue(clock.instant());
        }
    }

    /** Sends what is due at {@code now} and returns what happened. Runs as the system. */
    public DispatchResult dispatchDue(Instant now) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return new DispatchResult(0, 0, 0, false);
        }
        return system.call(() -> wave(sender, now));
    }

    private DispatchResult wave(JavaMailSender sender, Instant now) {
        releaseStale(now);
        int sent = 0;
        int retried = 0;
        int failed = 0;
        while (true) {
            List<Long> due = tx.execute(s -> store.due(now, settings.batchSize()));
            if (due == null || due.isEmpty()) {
                break;
            }
            int handled = 0;
            for (int i = 0; i < due.size(); i++) {
                long id = due.get(i);
                Boolean claimed = tx.execute(s -> store.claim(id, now.plus(settings.claimTimeout()), now));
                if (!Boolean.TRUE.equals(claimed)) {
                    continue;
                }
                handled++;
                MailStore.Row mail = Objects.requireNonNull(
                        tx.execute(s -> store.findToSend(id).orElseThrow()));
                Outcome outcome = send(sender, mail);
                switch (outcome.kind) {
                    case SENT -> {
                        tx.executeWithoutResult(s -> {
                            store.sent(id, clock.instant());
                            if (PersonalLinkText.has(mail.text())) {
                                store.replaceBodies(
                                        id, PersonalLinkText.masked(mail.text()), PersonalLinkText.masked(mail.html()));
                            }
                        });
                        sent++;
                    }
                    case PERMANENT -> {
                        tx.executeWithoutResult(s -> {
                            store.failed(id, clock.instant(), outcome.reason, null);
                            if (PersonalLinkText.has(mail.text())) {
                                store.replaceBodies(
                                        id, PersonalLinkText.masked(mail.text()), PersonalLinkText.masked(mail.html()));
                            }
                        });
                        failed++;
                    }
                    case TRANSIENT -> {
                        if (retryLater(id, mail, outcome)) {
                            retried++;
                        } else {
                            failed++;
                        }
                        LOG.warn(
                                "Mail server not reachable ({}); the wave stops, the other mails wait", outcome.reason);
                        return new DispatchResult(sent, retried, failed, true);
                    }
                }
            }
            if (handled == 0) {
                break;
            }
        }
        if (sent + retried + failed > 0) {
            LOG.info("Mail wave by {}: {} sent, {} to retry, {} failed", name, sent, retried, failed);
        }
        return new DispatchResult(sent, retried, failed, false);
    }

    private void releaseStale(Instant now) {
        tx.executeWithoutResult(s -> {
            int released = store.releaseStale(now);
            if (released > 0) {
                LOG.warn("{} mail(s) left in sending by a stopped sender are queued again", released);
            }
        });
    }

    /** A transient failure: tried again later, or given up after the last attempt (then false). */
    private boolean retryLater(long id, MailStore.Row mail, Outcome outcome) {
        int attempt = mail.attempts() + 1;
        Instant next =
                attempt >= settings.maxAttempts() ? null : clock.instant().plus(settings.delayAfter(attempt));
        String reason = next == null ? "Opgivet efter " + attempt + " forsøg: " + outcome.reason : outcome.reason;
        tx.executeWithoutResult(s -> store.failed(id, clock.instant(), reason, next));
        return next != null;
    }

    private Outcome send(JavaMailSender sender, MailStore.Row mail) {
        try {
            new InternetAddress(mail.to(), true).validate();
        } catch (AddressException e) {
            return Outcome.permanent("Ugyldig e-mailadresse: " + shorten(mail.to()));
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), MailHtml.document(mail.subject(), mail.html()));
            if (mail.ics() != null) {
                attachCalendar(helper, mail.ics());
            }
            // Mails that behave like a municipality's own (issue 23): marked as sent by a machine (RFC 3834, so
            // out-of-office replies stay away), a Message-ID in the sender's own domain rather than the host's
            // (Spring keeps an explicit one), and no header that shows the platform's internal ids.
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + settings.domain() + ">");
            sender.send(message);
            return Outcome.SENT;
        } catch (MessagingException e) {
            return Outcome.permanent("Mailen kunne ikke dannes: " + shorten(e.getMessage()));
        } catch (MailException e) {
            return classify(e);
        }
    }

    /**
     * The calendar event as iMIP asks (RFC 6047, docs/decisions/025): a {@code text/calendar} alternative of
     * the text with the same {@code method} as the file, which Outlook and Gmail show as an invitation with
     * its update or cancellation applied to the appointment of the same UID, and the same file attached as
     * {@code invitation.ics} for a client that only opens attachments.
     */
    private static void attachCalendar(MimeMessageHelper helper, String ics) throws MessagingException {
        String type = "text/calendar; charset=UTF-8; method=" + IcsWriter.method(ics);
        MimeMultipart alternative = alternativeOf(helper.getMimeMultipart());
        if (alternative != null) {
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setText(ics, StandardCharsets.UTF_8.name(), "calendar");
            calendar.setHeader("Content-Type", type);
            alternative.addBodyPart(calendar);
        }
        helper.addAttachment(
                "invitation.ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)), "application/ics");
    }

    /** The multipart/alternative Spring made for the text and the HTML, inside the message's main multipart. */
    private static @Nullable MimeMultipart alternativeOf(MimeMultipart main) throws MessagingException {
        for (int i = 0; i < main.getCount(); i++) {
            try {
                if (main.getBodyPart(i).getContent() instanceof MimeMultipart inner
                        && inner.getContentType()
                                .toLowerCase(java.util.Locale.ROOT)
                                .startsWith("multipart/alternative")) {
                    return inner;
                }
            } catch (java.io.IOException e) {
                throw new MessagingException("The mail's parts cannot be read", e);
            }
        }
        return null;
    }

    /** A rejected address (SMTP 5xx on the recipient) fails the mail; anything else is worth another try. */
    private static Outcome classify(MailException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SendFailedException sfe
                    && sfe.getInvalidAddresses() != null
                    && sfe.getInvalidAddresses().length > 0) {
                return Outcome.permanent("Modtageren blev afvist af mailserveren: " + shorten(sfe.getMessage()));
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return Outcome.transientFailure("Mailserveren svarer ikke: " + shorten(e.getMessage()));
    }

    private static String shorten(@Nullable String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    private record Outcome(Kind kind, String reason) {

        enum Kind {
            SENT,
            PERMANENT,
            TRANSIENT
        }

        static final Outcome SENT = new Outcome(Kind.SENT, "");

        static Outcome permanent(String reason) {
            return new Outcome(Kind.PERMANENT, reason);
        }

        static Outcome transientFailure(String reason) {
            return new Outcome(Kind.TRANSIENT, reason);
        }
    }
}
