/**
 * The participant's path through the course: start page, modules and lessons.
 */
@ApplicationModule(allowedDependencies = {"kernel", "base", "content", "courserun", "privacy", "security"})
@NullMarked
package dk.attestkursus.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
