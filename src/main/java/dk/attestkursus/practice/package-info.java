/**
 * Practice after the session (issue 27): from the day after the course, each participant gets a short
 * question on the practice days of {@code content/practice.yml}, by mail with one-click answer links and
 * on the start page. A question answered wrongly comes back at the next practice day, one answered right
 * later ({@link dk.attestkursus.practice.Leitner}, decision 032). Mails go through the {@code mail}
 * module's outbox, on working days inside the day's window, at most one a day and two a week per
 * person; a participant can unsubscribe from them. The root package is the API; {@code domain} and
 * {@code ui} are internal.
 */
@ApplicationModule(allowedDependencies = {"kernel", "base", "content", "courserun", "mail", "privacy", "security"})
@NullMarked
package dk.attestkursus.practice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
