/**
 * Course runs, enrolment and co-instructors. Refers to accounts by {@link dk.attestkursus.security.AccountId}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "base", "security", "municipalities", "privacy"})
@NullMarked
package dk.attestkursus.courserun;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
