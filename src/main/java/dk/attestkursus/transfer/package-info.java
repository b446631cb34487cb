/**
 * Transfer: what happens before and after the live session so the course reaches daily work, as the
 * course guide describes it. Preparation (the self-assessment, the myth guesses, a baseline request
 * from a real case of one's own), each caseworker's action plan with check-ins at +2 and +6 weeks,
 * the self-assessment repeated at follow-up, and the statistics of all three. The mails around a run
 * are the {@code runmails} module's (decision 017). The root package is the API; {@code domain} and
 * {@code ui} are internal.
 */
@ApplicationModule(
        allowedDependencies = {"kernel", "base", "content", "courserun", "myths", "privacy", "requests", "security"})
@NullMarked
package dk.attestkursus.transfer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
