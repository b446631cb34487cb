/**
 * The course as data: loads and validates content/ into immutable records. Lowest floor: depends on no other feature.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dk.attestkursus.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
