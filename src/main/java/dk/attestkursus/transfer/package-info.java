/**
 * Transfer: what happens before and after the live session so the course reaches daily work, as the
 * course guide describes it. Preparation (the self-assessment, the myth guesses, a baseline request
 * from a real case of one's own), the mails around a run (introduction with a calendar invitation,
 * a reminder only to those who have not prepared, the leaders' mails, the follow-ups at +2 and +6
 * weeks), each caseworker's action plan with check-ins, and the self-assessment repeated at follow-up.
 * Mails go out through the {@code mail} module's outbox. The root package is the API; {@code domain}
 * and {@code ui} are internal.
 */
@ApplicationModule(allowedDependencies = {"kernel", "base", "content", "courserun", "myths", "requests", "security"})
@NullMarked
package dk.attestkursus.transfer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
