/**
 * Shared kernel: layout, error views, i18n, clock and formatting. Open to every feature, since
 * every view uses its layout (see ../shared/design/architecture.md).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package dk.attestkursus.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
