/** The application: {@link dk.attestkursus.Application} starts it; every feature is a module in a sub-package (docs/architecture.md). */
@NullMarked
package dk.attestkursus;

import org.jspecify.annotations.NullMarked;
