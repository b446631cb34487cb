/**
 * Municipalities (kommuner) on one platform (issue 21, docs/decisions/020-municipal-ownership.md): the
 * platform administrator creates a municipality and its first administrator, sees them all and may
 * delete one that has nobody left. The municipality table is the platform's own; everything else a
 * municipality owns carries its id.
 */
@ApplicationModule(allowedDependencies = {"kernel", "base", "content", "privacy", "security", "security :: demo"})
@NullMarked
package dk.attestkursus.municipalities;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
