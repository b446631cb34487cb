/**
 * The live session of a run, as the course guide's runbook (drejebog) describes it: the run's own
 * copy of the shared programme, the facilitator view both co-instructors follow, the projector's
 * slides, the participants' follow-along page, the note-taker's notes and the agreed actions,
 * and the runbook, slide and handout PDFs.
 */
@ApplicationModule(
        allowedDependencies = {
            "kernel",
            "base",
            "content",
            "courserun",
            "myths",
            "myths :: ui",
            "privacy",
            "requests",
            "security"
        })
@NullMarked
package dk.attestkursus.session;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
