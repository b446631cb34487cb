/**
 * Run mails: the waves of mail around a course run (introduction with a calendar invitation, a
 * reminder only to those who have not prepared, the leaders' mails, the follow-ups at +2 and +6
 * weeks), when each goes and the instructors' page to move, preview and follow them. A wave goes to
 * the {@code mail} module's outbox once, when it falls due; someone enrolled later gets the waves they
 * missed, someone removed has their queued mails cancelled. Instructors also see, by name, who lacks
 * the preparation or the due follow-up, and send exactly those one reminder by hand ({@code
 * NudgeService}: one mail each per round, at most one round a day per run and kind, issue 27). The
 * preparation and follow-ups the reminders ask about and the pages the mails link to belong to
 * {@code transfer}. The root package is the API; {@code domain} and {@code ui} are internal.
 */
@ApplicationModule(
        allowedDependencies = {
            "kernel",
            "base",
            "content",
            "courserun",
            "mail",
            "myths",
            "privacy",
            "requests",
            "security",
            "transfer"
        })
@NullMarked
package dk.attestkursus.runmails;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
