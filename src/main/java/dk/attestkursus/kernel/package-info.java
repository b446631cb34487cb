/**
 * The kernel every feature builds on, below all of them (docs/architecture.md): the entity base with
 * the generated id and optimistic locking, and the {@link dk.attestkursus.kernel.TypedId} interface
 * of the ids features refer to each other by. It depends on nothing of ours.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dk.attestkursus.kernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
