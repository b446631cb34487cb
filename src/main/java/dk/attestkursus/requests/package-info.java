/**
 * Request-writing exercises (learning objective 3, "target requests to the GPs"): caseworkers
 * write structured requests for fictional cases with guidance while they write, submit versions,
 * and get feedback from the two co-instructors with the rubric.
 */
@ApplicationModule(allowedDependencies = {"kernel", "base", "content", "courserun", "learning", "privacy", "security"})
@NullMarked
package dk.attestkursus.requests;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
