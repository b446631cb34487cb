/**
 * The administrator's screens: start page, account management and content status. Split from
 * {@code security} so that the low-floor security module does not depend on the layout in
 * {@code base} (docs/decisions/003-admin-module.md).
 */
@ApplicationModule(
        allowedDependencies = {
            "kernel",
            "base",
            "content",
            "courserun",
            "mail",
            "municipalities",
            "privacy",
            "security",
            "selfservice"
        })
@NullMarked
package dk.attestkursus.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
