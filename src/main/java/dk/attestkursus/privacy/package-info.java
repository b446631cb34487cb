/**
 * Personal data under the GDPR (issue 25, docs/decisions/030-personal-data.md): every feature that stores
 * data about a person declares it and exports and erases it through {@link PersonalData}; this module
 * collects them for "Mine data", the export ZIP, erasure and retention, and keeps the access log of who
 * opened, exported or erased whose data. It stands just above {@code base}, so every feature with
 * personal data can implement its extension point.
 */
@ApplicationModule(allowedDependencies = {"kernel", "base", "content", "security"})
@NullMarked
package dk.attestkursus.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
