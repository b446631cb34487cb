/**
 * Myth-busting with the audit's figures: caseworkers guess before the session (self-paced), and
 * the two co-instructors run the same myths as live polls in the session, pushed to every
 * participant's device.
 */
@ApplicationModule(allowedDependencies = {"kernel", "base", "content", "courserun", "privacy", "security"})
@NullMarked
package dk.attestkursus.myths;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
