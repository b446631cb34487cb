/**
 * Run mails: the waves of mail around a course run (introduction with a calendar invitation, a
 * reminder only to those who have not prepared, the leaders' mails, the follow-ups at +2 and +6
 * weeks), when each goes and the instructors' page to move, preview and follow them. A wave goes to
 * the {@code mail} module's outbox once, when it falls due; someone enrolled later gets the waves they
 * missed, someone removed has their queued mails cancelled. The preparation the reminder asks about
 * and the pages the mails link to belong to {@code transfer}. The root package is the API;
 * {@code domain} and {@code ui} are internal.
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
