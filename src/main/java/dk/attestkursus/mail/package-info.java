/**
 * Mail: an outbox table every mail is written to in the transaction of the event that causes it
 * ({@link dk.attestkursus.mail.MailOutbox}), a scheduled sender that delivers over SMTP
 * ({@code spring.mail.*}) with retries and backoff, once across instances
 * ({@link dk.attestkursus.mail.MailDispatcher}), calendar invitations (.ics), and the
 * administrators' mail log. Without SMTP configured, mails stay queued and readable in the log.
 * The root package is the API; {@code domain} and {@code ui} are internal.
 */
@ApplicationModule(allowedDependencies = {"kernel", "base", "courserun", "privacy", "security"})
@NullMarked
package dk.attestkursus.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
